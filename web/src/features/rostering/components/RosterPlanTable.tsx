import { Anchor } from '@mantine/core';
import type { RosterPlanSummary } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { DataTable } from '../../../ui/DataTable';
import { RosterStatusBadge } from './RosterStatusBadge';

/** Roster plans in a table: name, site, first day, weeks, status and owner. */
export function RosterPlanTable({ plans }: { plans: RosterPlanSummary[] }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const lang = i18n.language;
  return (
    <DataTable
      caption={t('rostering.plans')}
      columns={[
        {
          header: t('rostering.name'),
          cell: (p) => (
            <Anchor component={Link} to={`/rosters/${p.id}`}>
              {p.name}
            </Anchor>
          ),
        },
        { header: t('rostering.site'), cell: (p) => name(p.unitName, p.unitNameZh) },
        { header: t('rostering.startsOn'), cell: (p) => formatDate(p.startsOn, lang) },
        { header: t('rostering.weeks'), cell: (p) => Math.round(p.days / 7) },
        { header: t('rostering.statusLabel'), cell: (p) => <RosterStatusBadge status={p.status} /> },
        { header: t('rostering.owner'), cell: (p) => p.ownerName },
      ]}
      rows={plans}
      rowKey={(p) => p.id}
      empty={t('rostering.noPlans')}
      minWidth={640}
      tableProps={{ verticalSpacing: 'sm' }}
      testId="roster-plans"
    />
  );
}
