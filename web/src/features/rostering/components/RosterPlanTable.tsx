import { Anchor, Table } from '@mantine/core';
import type { RosterPlanSummary } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { RosterStatusBadge } from './RosterStatusBadge';

/** Roster plans in a table: name, site, first day, weeks, status and owner. */
export function RosterPlanTable({ plans }: { plans: RosterPlanSummary[] }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing="sm" data-testid="roster-plans">
        <Table.Caption>{t('rostering.plans')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('rostering.name')}</Table.Th>
            <Table.Th scope="col">{t('rostering.site')}</Table.Th>
            <Table.Th scope="col">{t('rostering.startsOn')}</Table.Th>
            <Table.Th scope="col">{t('rostering.weeks')}</Table.Th>
            <Table.Th scope="col">{t('rostering.statusLabel')}</Table.Th>
            <Table.Th scope="col">{t('rostering.owner')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/rosters/${p.id}`}>
                  {p.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{name(p.unitName, p.unitNameZh)}</Table.Td>
              <Table.Td>{formatDate(p.startsOn, lang)}</Table.Td>
              <Table.Td>{Math.round(p.days / 7)}</Table.Td>
              <Table.Td>
                <RosterStatusBadge status={p.status} />
              </Table.Td>
              <Table.Td>{p.ownerName}</Table.Td>
            </Table.Tr>
          ))}
          {plans.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>{t('rostering.noPlans')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
