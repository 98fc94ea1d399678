import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { GoalTable } from '../features/goals/components/GoalTable';
import { useGoals } from '../features/goals/hooks/useGoals';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

export function MyGoalsPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const goals = useGoals({ scope: 'mine' });
  return (
    <>
      <PageTitle
        actions={
          me?.personId &&
          can('goals.write') && (
            <Button component={Link} to={`/goals/new?personId=${me.personId}`}>
              {t('goals.propose')}
            </Button>
          )
        }
      >
        {t('goals.myTitle')}
      </PageTitle>
      <ErrorAlert error={goals.error} />
      {goals.isPending ? <Loading /> : <GoalTable goals={goals.data ?? []} />}
    </>
  );
}
