import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { GoalForm } from '../features/goals/components/GoalForm';
import { useGoal } from '../features/goals/hooks/useGoals';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

export function GoalEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const goal = useGoal(id);
  return (
    <QueryState query={goal} valid={isUuid(id)}>
      {(data) => (
        <>
          <PageTitle>{t('goals.editTitle')}</PageTitle>
          <GoalForm
            goal={data}
            personId={data.personId}
            onSaved={(g) => void navigate(`/goals/${g.id}`)}
            onCancel={() => void navigate(`/goals/${data.id}`)}
          />
        </>
      )}
    </QueryState>
  );
}
