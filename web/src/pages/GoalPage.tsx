import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { GoalDetail } from '../features/goals/components/GoalDetail';
import { useGoal } from '../features/goals/hooks/useGoals';
import { isNotFound, isUuid } from '../lib/api-client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { NotFoundPage } from './NotFoundPage';

export function GoalPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const goal = useGoal(id);
  if (!isUuid(id) || isNotFound(goal.error)) return <NotFoundPage />;
  if (goal.error) return <ErrorAlert error={goal.error} />;
  if (!goal.data) return <Loading />;
  const g = goal.data;
  return (
    <>
      <PageTitle
        actions={
          g.abilities.edit && (
            <Button variant="light" component={Link} to={`/goals/${g.id}/edit`}>
              {t('common.edit')}
            </Button>
          )
        }
      >
        {g.title}
      </PageTitle>
      <GoalDetail goal={g} />
    </>
  );
}
