import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { GoalForm } from '../features/goals/components/GoalForm';
import { useGoal } from '../features/goals/hooks/useGoals';
import { isUuid } from '../lib/api-client';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';

/** Changing a goal: the form when the goal's abilities allow it, else a read-only note. */
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
          {data.abilities.edit ? (
            <GoalForm
              goal={data}
              personId={data.personId}
              onSaved={(g) => void navigate(`/goals/${g.id}`)}
              onCancel={() => void navigate(`/goals/${data.id}`)}
            />
          ) : (
            <Stack gap="sm" align="flex-start">
              <Alert role="status" color="gray">
                {t('goals.readOnly')}
              </Alert>
              <Anchor component={Link} to={`/goals/${data.id}`}>
                {t('goals.backToGoal')}
              </Anchor>
            </Stack>
          )}
        </>
      )}
    </QueryState>
  );
}
