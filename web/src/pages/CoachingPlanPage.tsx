import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CoachingDetail } from '../features/coaching/components/CoachingDetail';
import { usePlan } from '../features/coaching/hooks/useCoaching';
import { isNotFound, isUuid } from '../lib/api-client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { NotFoundPage } from './NotFoundPage';
import { usePersonName } from '../features/people/hooks/usePersonName';

export function CoachingPlanPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const pn = usePersonName();
  const q = usePlan(id);
  if (!isUuid(id) || isNotFound(q.error)) return <NotFoundPage />;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Loading />;
  return (
    <>
      <PageTitle>{t('coaching.planOf', { name: pn(q.data.personId, q.data.personName) })}</PageTitle>
      <CoachingDetail key={`${q.data.id}-${q.data.updatedAt}`} plan={q.data} />
    </>
  );
}
