import { Anchor, Button, Stack, Table } from '@mantine/core';
import type { CoachingPlan } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useSession } from '../../auth/hooks/useSession';
import { usePlans } from '../hooks/useCoaching';
import { CoachingStatusBadge } from './CoachingStatusBadge';
import { useIndicatorName } from '../hooks/useIndicatorName';
import { usePersonName } from '../../people/hooks/usePersonName';
import { Section } from '../../../ui/Section';

/** Coaching plans about me, and (for coaches) about my team. */
export function CoachingList() {
  const { t } = useTranslation();
  const { can, me } = useSession();
  const coach = can('coaching.manage');
  const mine = usePlans({ scope: 'mine' });
  const team = usePlans({ scope: 'team' });
  return (
    <Stack>
      {coach && (
        <Section title={t('coaching.team')}>
          <Button component={Link} to="/coaching/new" w="fit-content" mb="sm">
            {t('coaching.new')}
          </Button>
          <ErrorAlert error={team.error} />
          {team.data ? (
            <PlanTable plans={team.data} caption={t('coaching.team')} />
          ) : (
            !team.error && <Loading />
          )}
        </Section>
      )}
      {me?.personId && (
        <Section title={t('coaching.mine')}>
          <ErrorAlert error={mine.error} />
          {mine.data ? (
            <PlanTable plans={mine.data} caption={t('coaching.mine')} />
          ) : (
            !mine.error && <Loading />
          )}
        </Section>
      )}
    </Stack>
  );
}

function PlanTable({ plans, caption }: { plans: CoachingPlan[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const pn = usePersonName();
  const focusName = useIndicatorName();
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped withTableBorder verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('checkins.person')}</Table.Th>
            <Table.Th scope="col">{t('coaching.focus')}</Table.Th>
            <Table.Th scope="col">{t('coaching.coach')}</Table.Th>
            <Table.Th scope="col">{t('coaching.startedOn')}</Table.Th>
            <Table.Th scope="col">{t('coaching.followUpOn')}</Table.Th>
            <Table.Th scope="col">{t('checkins.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/coaching/${p.id}`}>
                  {pn(p.personId, p.personName)}
                </Anchor>
              </Table.Th>
              <Table.Td>
                {[focusName(p.focusIndicatorId, p.focusIndicatorCode), p.focusSkill]
                  .filter(Boolean)
                  .join(' · ') || '—'}
              </Table.Td>
              <Table.Td>{p.coachName ? pn(p.coachPersonId, p.coachName) : '—'}</Table.Td>
              <Table.Td>{formatDate(p.startedOn, lang)}</Table.Td>
              <Table.Td>{p.followUpOn ? formatDate(p.followUpOn, lang) : '—'}</Table.Td>
              <Table.Td>
                <CoachingStatusBadge status={p.status} />
              </Table.Td>
            </Table.Tr>
          ))}
          {plans.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>{t('coaching.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
