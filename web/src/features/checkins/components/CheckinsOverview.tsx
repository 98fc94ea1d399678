import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useSession } from '../../auth/hooks/useSession';
import { useActionItems, useCheckins, useCheckinsDue } from '../hooks/useCheckins';
import { ActionItemList } from './ActionItemList';
import { CheckinTable } from './CheckinTable';
import { ScheduleCheckinDialog } from './ScheduleCheckinDialog';
import { TeamCadenceTable } from './TeamCadenceTable';
import { Section } from '../../../ui/Section';

/** The leader's cadence overview and team check-ins; everyone's own check-ins and action items. */
export function CheckinsOverview() {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const leader = can('checkins.manage');
  const [opened, { open, close }] = useDisclosure(false);
  const due = useCheckinsDue({ limit: 500 }, leader);
  const team = useCheckins({ scope: 'team', limit: 100 }, leader);
  const mine = useCheckins({ scope: 'mine', limit: 100 }, !!me?.personId);
  const myItems = useActionItems({ scope: 'mine' });
  // planned ones are upcoming (a planned one in the past is still open); held and cancelled ones are past
  const upcoming = (mine.data?.items ?? []).filter((c) => c.status === 'planned');
  const past = (mine.data?.items ?? []).filter((c) => !upcoming.includes(c));
  return (
    <Stack>
      {leader && (
        <>
          <Section title={t('checkins.teamCadence')}>
            <Button onClick={open} mb="sm" w="fit-content">
              {t('checkins.schedule')}
            </Button>
            <ErrorAlert error={due.error} />
            {due.data ? <TeamCadenceTable rows={due.data.items} /> : !due.error && <Loading />}
          </Section>
          <Section title={t('checkins.teamCheckins')}>
            <ErrorAlert error={team.error} />
            {team.data ? (
              <CheckinTable items={team.data.items} caption={t('checkins.teamCheckins')} showPerson />
            ) : (
              !team.error && <Loading />
            )}
          </Section>
          <ScheduleCheckinDialog opened={opened} onClose={close} exclude={me?.personId} />
        </>
      )}
      {me?.personId && (
        <>
          <Section title={t('checkins.mine')}>
            <ErrorAlert error={mine.error} />
            {mine.data ? (
              <Stack>
                <CheckinTable items={upcoming} caption={t('checkins.upcoming')} showPerson={false} />
                <CheckinTable items={past} caption={t('checkins.past')} showPerson={false} />
              </Stack>
            ) : (
              !mine.error && <Loading />
            )}
          </Section>
          <Section title={t('checkins.myActions')}>
            <ErrorAlert error={myItems.error} />
            {myItems.data ? <ActionItemList items={myItems.data} /> : !myItems.error && <Loading />}
          </Section>
        </>
      )}
    </Stack>
  );
}
