import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { GoalTable } from './GoalList';
import { useGoals } from './api';

export function MyGoalsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const goals = useGoals({ scope: 'mine' });
  return (
    <>
      <PageTitle
        actions={
          me?.personId && (
            <Button component={Link} to={`/goals/new?personId=${me.personId}`}>
              {t('goals.propose')}
            </Button>
          )
        }
      >
        {t('goals.myTitle')}
      </PageTitle>
      <ErrorAlert error={goals.error} />
      <GoalTable goals={goals.data ?? []} />
    </>
  );
}
