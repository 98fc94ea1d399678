import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CheckinDetail } from '../features/checkins/components/CheckinDetail';
import { useCheckin } from '../features/checkins/hooks/useCheckins';
import { isNotFound, isUuid } from '../lib/api-client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { NotFoundPage } from './NotFoundPage';
import { usePersonName } from '../features/people/hooks/usePersonName';

export function CheckinPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const pn = usePersonName();
  const q = useCheckin(id);
  if (!isUuid(id) || isNotFound(q.error)) return <NotFoundPage />;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Loading />;
  return (
    <>
      <PageTitle>{t('checkins.detailTitle', { name: pn(q.data.personId, q.data.personName) })}</PageTitle>
      <CheckinDetail key={`${q.data.id}-${q.data.status}`} checkin={q.data} />
    </>
  );
}
