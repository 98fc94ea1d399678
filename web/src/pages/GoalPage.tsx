import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { GoalDetail } from '../features/goals/components/GoalDetail';
import { useGoal } from '../features/goals/hooks/useGoals';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

export function GoalPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const goal = useGoal(id);
  return (
    <QueryState query={goal} valid={isUuid(id)}>
      {(g) => (
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
      )}
    </QueryState>
  );
}
