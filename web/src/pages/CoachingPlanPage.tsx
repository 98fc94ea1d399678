import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CoachingDetail } from '../features/coaching/components/CoachingDetail';
import { usePlan } from '../features/coaching/hooks/useCoaching';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { usePersonName } from '../features/people/hooks/usePersonName';

export function CoachingPlanPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const pn = usePersonName();
  const q = usePlan(id);
  return (
    <QueryState query={q} valid={isUuid(id)}>
      {(data) => (
        <>
          <PageTitle>{t('coaching.planOf', { name: pn(data.personId, data.personName) })}</PageTitle>
          <CoachingDetail key={`${data.id}-${data.updatedAt}`} plan={data} />
        </>
      )}
    </QueryState>
  );
}
