import { Button, Stack } from '@mantine/core';
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
import { Section } from '../../../ui/Section';

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
        <Section title={t('training.mine')}>
          <ErrorAlert error={mine.error} />
          {mine.data ? (
            <AssignmentTable items={mine.data} caption={t('training.mine')} showPerson={false} />
          ) : (
            !mine.error && <Loading />
          )}
        </Section>
      )}
      {assigner && (
        <>
          <Section title={t('training.team')}>
            <Button w="fit-content" mb="sm" onClick={() => setAssigning(true)}>
              {t('training.assign')}
            </Button>
            <ErrorAlert error={team.error} />
            {team.data ? (
              <AssignmentTable items={team.data} caption={t('training.team')} showPerson />
            ) : (
              !team.error && <Loading />
            )}
          </Section>
          <Section title={t('training.needs')}>
            <TrainingNeedsTable />
          </Section>
        </>
      )}
      <Section title={t('training.catalogue')}>
        <CourseCatalogue />
      </Section>
      {assigning && <AssignCourseDialog onClose={() => setAssigning(false)} />}
    </Stack>
  );
}
