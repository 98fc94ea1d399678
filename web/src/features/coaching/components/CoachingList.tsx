import { Anchor, Button, Stack } from '@mantine/core';
import type { CoachingPlan } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { DataTable } from '../../../ui/DataTable';
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
          <PlanTable plans={team.data} error={team.error} caption={t('coaching.team')} />
        </Section>
      )}
      {me?.personId && (
        <Section title={t('coaching.mine')}>
          <PlanTable plans={mine.data} error={mine.error} caption={t('coaching.mine')} />
        </Section>
      )}
    </Stack>
  );
}

/** The plans (undefined while they load) with the query's error. */
function PlanTable({
  plans,
  error,
  caption,
}: {
  plans: CoachingPlan[] | undefined;
  error: unknown;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const pn = usePersonName();
  const focusName = useIndicatorName();
  const lang = i18n.language;
  return (
    <DataTable
      caption={caption}
      columns={[
        {
          header: t('checkins.person'),
          cell: (p) => (
            <Anchor component={Link} to={`/coaching/${p.id}`}>
              {pn(p.personId, p.personName)}
            </Anchor>
          ),
        },
        {
          header: t('coaching.focus'),
          cell: (p) =>
            [focusName(p.focusIndicatorId, p.focusIndicatorCode), p.focusSkill].filter(Boolean).join(' · ') ||
            '—',
        },
        { header: t('coaching.coach'), cell: (p) => (p.coachName ? pn(p.coachPersonId, p.coachName) : '—') },
        { header: t('coaching.startedOn'), cell: (p) => formatDate(p.startedOn, lang) },
        {
          header: t('coaching.followUpOn'),
          cell: (p) => (p.followUpOn ? formatDate(p.followUpOn, lang) : '—'),
        },
        { header: t('checkins.state'), cell: (p) => <CoachingStatusBadge status={p.status} /> },
      ]}
      rows={plans}
      error={error}
      rowKey={(p) => p.id}
      empty={t('coaching.none')}
      minWidth={700}
      tableProps={{ verticalSpacing: 'sm' }}
    />
  );
}
