import { Anchor } from '@mantine/core';
import type { ImprovementPlan } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { DataTable } from '../../../ui/DataTable';
import { usePersonName } from '../../people/hooks/usePersonName';
import { PlanStatusBadge } from './PlanStatusBadge';

/** Improvement plans in a table: who, from what, the dates and where the plan stands. */
export function ImprovementPlanTable({ plans, caption }: { plans: ImprovementPlan[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const pn = usePersonName();
  const lang = i18n.language;
  return (
    <DataTable
      caption={caption}
      columns={[
        {
          header: t('improvementPlans.person'),
          cell: (p) => (
            <Anchor component={Link} to={`/improvement-plans/${p.id}`}>
              {t('improvementPlans.planOf', { name: pn(p.personId, p.personName) })}
            </Anchor>
          ),
        },
        {
          header: t('improvementPlans.sourceLabel'),
          cell: (p) => t(`improvementPlans.source.${p.sourceKind}`),
        },
        { header: t('improvementPlans.startsOn'), cell: (p) => formatDate(p.startsOn, lang) },
        { header: t('improvementPlans.endsOn'), cell: (p) => formatDate(p.endsOn, lang) },
        { header: t('improvementPlans.statusLabel'), cell: (p) => <PlanStatusBadge status={p.status} /> },
      ]}
      rows={plans}
      rowKey={(p) => p.id}
      empty={t('improvementPlans.none')}
      minWidth={600}
      tableProps={{ verticalSpacing: 'sm' }}
      testId="improvement-plans"
    />
  );
}
