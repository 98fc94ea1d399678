import { Button, Stack, Text } from '@mantine/core';
import type { RosterPlan } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { addDays, formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { DataList } from '../../../ui/DataList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Section } from '../../../ui/Section';
import { useRosterPlanChange } from '../hooks/useRostering';
import { CompareSection } from './CompareSection';
import { CoverageSection } from './CoverageSection';
import { DemandGrid } from './DemandGrid';
import { SlotNeedsForm } from './SlotNeedsForm';
import { DerivationExplain } from './DerivationExplain';
import { DeriveDemandForm } from './DeriveDemandForm';
import { RosterStatusBadge } from './RosterStatusBadge';
import { RosterTable } from './RosterTable';
import { SolvePanel } from './SolvePanel';
import { TasksSection } from './TasksSection';

/** A roster plan: its header and Publish, the demand, the optimiser, the roster and its coverage. */
export function RosterPlanView({ plan }: { plan: RosterPlan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const publish = useRosterPlanChange(plan.id);
  const running = plan.solve.state === 'running';
  return (
    <Stack>
      <Section
        title={t('rostering.summary')}
        aside={
          <Button
            onClick={() => publish.mutate({ kind: 'publish', version: plan.version })}
            loading={publish.isPending}
            disabled={running}
          >
            {plan.status === 'published' ? t('rostering.publishAgain') : t('rostering.publish')}
          </Button>
        }
      >
        <DataList
          cols={3}
          items={[
            { label: t('rostering.site'), value: name(plan.unitName, plan.unitNameZh) },
            {
              label: t('rostering.dates'),
              value: t('rostering.dateRange', {
                from: formatDate(plan.startsOn, lang),
                to: formatDate(addDays(plan.startsOn, plan.days - 1), lang),
              }),
            },
            { label: t('rostering.statusLabel'), value: <RosterStatusBadge status={plan.status} /> },
            { label: t('rostering.version'), value: String(plan.version) },
            { label: t('rostering.owner'), value: plan.ownerName },
            {
              label: t('rostering.publishedAt'),
              value: plan.publishedAt ? formatDate(plan.publishedAt.slice(0, 10), lang) : null,
            },
          ]}
        />
        <Text size="sm" c="dimmed" mt="sm">
          {t('rostering.publishHelp')}
        </Text>
        {publish.isSuccess && (
          <Text role="status" mt="xs" c="green.8">
            {t('rostering.publishedNote')}
          </Text>
        )}
        <ErrorAlert error={publish.error} />
      </Section>

      <Section title={t('rostering.demand.title')}>
        <Stack>
          <DemandGrid plan={plan} disabled={running} />
          {plan.duties.length > 0 && plan.shiftTemplates.length > 0 && (
            <SlotNeedsForm plan={plan} disabled={running} />
          )}
          {plan.duties.length > 0 && <DeriveDemandForm plan={plan} disabled={running} />}
          <DerivationExplain plan={plan} />
        </Stack>
      </Section>

      <Section title={t('rostering.solve.title')}>
        <SolvePanel plan={plan} />
      </Section>

      <Section title={t('rostering.roster.title')}>
        <RosterTable plan={plan} disabled={running} />
      </Section>

      <Section title={t('rostering.tasks.title')}>
        <TasksSection plan={plan} disabled={running} />
      </Section>

      <Section title={t('rostering.coverage.title')}>
        <CoverageSection plan={plan} />
      </Section>

      <Section title={t('rostering.compare.title')}>
        <CompareSection plan={plan} />
      </Section>
    </Stack>
  );
}
