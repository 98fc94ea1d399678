import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GoalTable } from '../features/goals/components/GoalTable';
import { TeamGoalTools } from '../features/goals/components/TeamGoalTools';
import { useGoals } from '../features/goals/hooks/useGoals';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

export function TeamGoalsPage() {
  const { t } = useTranslation();
  const goals = useGoals({ scope: 'team' });
  return (
    <>
      <PageTitle>{t('goals.teamTitle')}</PageTitle>
      <Stack>
        <TeamGoalTools />
        <ErrorAlert error={goals.error} />
        {goals.isPending ? <Loading /> : <GoalTable goals={goals.data ?? []} showPerson />}
      </Stack>
    </>
  );
}
