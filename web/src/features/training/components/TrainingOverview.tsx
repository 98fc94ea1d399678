import { Button, Card, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useSession } from '../../auth/hooks/useSession';
import { useAssignments } from '../hooks/useTraining';
import { AssignCourseDialog } from './AssignCourseDialog';
import { AssignmentTable } from './AssignmentTable';
import { CourseCatalogue } from './CourseCatalogue';
import { TrainingNeedsTable } from './TrainingNeedsTable';

/** My assignments; the team's assignments and training needs (training.assign); the catalogue. */
export function TrainingOverview() {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const assigner = can('training.assign');
  const mine = useAssignments({ scope: 'mine' }, !!me?.personId);
  const team = useAssignments({ scope: 'team' }, assigner);
  const [assigning, setAssigning] = useState(false);
  return (
    <Stack>
      {me?.personId && (
        <Card withBorder component="section" aria-labelledby="training-mine">
          <Title id="training-mine" order={2} size="h4" mb="sm">
            {t('training.mine')}
          </Title>
          <ErrorAlert error={mine.error} />
          {mine.data ? (
            <AssignmentTable items={mine.data} caption={t('training.mine')} showPerson={false} />
          ) : (
            !mine.error && <Loading />
          )}
        </Card>
      )}
      {assigner && (
        <>
          <Card withBorder component="section" aria-labelledby="training-team">
            <Title id="training-team" order={2} size="h4" mb="sm">
              {t('training.team')}
            </Title>
            <Button w="fit-content" mb="sm" onClick={() => setAssigning(true)}>
              {t('training.assign')}
            </Button>
            <ErrorAlert error={team.error} />
            {team.data ? (
              <AssignmentTable items={team.data} caption={t('training.team')} showPerson />
            ) : (
              !team.error && <Loading />
            )}
          </Card>
          <Card withBorder component="section" aria-labelledby="training-needs">
            <Title id="training-needs" order={2} size="h4" mb="sm">
              {t('training.needs')}
            </Title>
            <TrainingNeedsTable />
          </Card>
        </>
      )}
      <Card withBorder component="section" aria-labelledby="training-catalogue">
        <Title id="training-catalogue" order={2} size="h4" mb="sm">
          {t('training.catalogue')}
        </Title>
        <CourseCatalogue />
      </Card>
      {assigning && <AssignCourseDialog onClose={() => setAssigning(false)} />}
    </Stack>
  );
}
