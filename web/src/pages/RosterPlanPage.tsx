import { useParams } from 'react-router';
import { RosterPlanView } from '../features/rostering/components/RosterPlanView';
import { useRosterPlan } from '../features/rostering/hooks/useRostering';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

/** One roster plan (rosters.manage): demand, the optimiser, the roster, coverage and publishing. */
export function RosterPlanPage() {
  const { id } = useParams();
  const q = useRosterPlan(id);
  return (
    <QueryState query={q} valid={isUuid(id)}>
      {(plan) => (
        <>
          <PageTitle>{plan.name}</PageTitle>
          <RosterPlanView plan={plan} />
        </>
      )}
    </QueryState>
  );
}
