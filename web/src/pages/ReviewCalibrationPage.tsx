import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CalibrationView } from '../features/reviews/components/CalibrationView';
import { useCalibration } from '../features/reviews/hooks/useReviews';
import { isUuid } from '../lib/api-client';
import { useLocalName } from '../lib/i18n';
import { NotFound } from '../ui/NotFound';
import { PageTitle } from '../ui/PageTitle';

export function ReviewCalibrationPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const name = useLocalName();
  const cal = useCalibration(id, {});
  if (!isUuid(id)) return <NotFound />;
  const c = cal.data;
  return (
    <>
      <PageTitle>
        {t('reviews.calibration.pageTitle', { name: c ? name(c.cycleNameEn, c.cycleNameZh) : '' })}
      </PageTitle>
      <CalibrationView cycleId={id} />
    </>
  );
}
