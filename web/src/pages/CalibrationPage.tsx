import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CalibrationDetail } from '../features/calibration/components/CalibrationDetail';
import { useCalibrationSession } from '../features/calibration/hooks/useCalibration';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

export function CalibrationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useCalibrationSession(id, isUuid(id));
  return (
    <>
      <PageTitle>{q.data?.title ?? t('calibration.pageTitle')}</PageTitle>
      <QueryState query={q} valid={isUuid(id)}>
        {(s) => <CalibrationDetail session={s} />}
      </QueryState>
    </>
  );
}
