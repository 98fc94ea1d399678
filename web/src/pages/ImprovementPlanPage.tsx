import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ImprovementPlanDetail } from '../features/improvement-plans/components/ImprovementPlanDetail';
import { useImprovementPlan } from '../features/improvement-plans/hooks/useImprovementPlans';
import { usePersonName } from '../features/people/hooks/usePersonName';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

export function ImprovementPlanPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const pn = usePersonName();
  const q = useImprovementPlan(id);
  return (
    <QueryState query={q} valid={isUuid(id)}>
      {(data) => (
        <>
          <PageTitle>{t('improvementPlans.planOf', { name: pn(data.personId, data.personName) })}</PageTitle>
          <ImprovementPlanDetail key={`${data.id}-${data.updatedAt}`} plan={data} />
        </>
      )}
    </QueryState>
  );
}
