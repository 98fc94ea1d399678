import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { GoalForm } from '../features/goals/components/GoalForm';
import { useGoal } from '../features/goals/hooks/useGoals';
import { isNotFound, isUuid } from '../lib/api-client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { NotFoundPage } from './NotFoundPage';

export function GoalEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const goal = useGoal(id);
  if (!isUuid(id) || isNotFound(goal.error)) return <NotFoundPage />;
  if (goal.error) return <ErrorAlert error={goal.error} />;
  if (!goal.data) return <Loading />;
  return (
    <>
      <PageTitle>{t('goals.editTitle')}</PageTitle>
      <GoalForm
        goal={goal.data}
        personId={goal.data.personId}
        onSaved={(g) => void navigate(`/goals/${g.id}`)}
        onCancel={() => void navigate(`/goals/${goal.data.id}`)}
      />
    </>
  );
}
