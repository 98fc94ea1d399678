import { Anchor, Table } from '@mantine/core';
import type { ImprovementPlan } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { usePersonName } from '../../people/hooks/usePersonName';
import { PlanStatusBadge } from './PlanStatusBadge';

/** Improvement plans in a table: who, from what, the dates and where the plan stands. */
export function ImprovementPlanTable({ plans, caption }: { plans: ImprovementPlan[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const pn = usePersonName();
  const lang = i18n.language;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder verticalSpacing="sm" data-testid="improvement-plans">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('improvementPlans.person')}</Table.Th>
            <Table.Th scope="col">{t('improvementPlans.sourceLabel')}</Table.Th>
            <Table.Th scope="col">{t('improvementPlans.startsOn')}</Table.Th>
            <Table.Th scope="col">{t('improvementPlans.endsOn')}</Table.Th>
            <Table.Th scope="col">{t('improvementPlans.statusLabel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/improvement-plans/${p.id}`}>
                  {t('improvementPlans.planOf', { name: pn(p.personId, p.personName) })}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`improvementPlans.source.${p.sourceKind}`)}</Table.Td>
              <Table.Td>{formatDate(p.startsOn, lang)}</Table.Td>
              <Table.Td>{formatDate(p.endsOn, lang)}</Table.Td>
              <Table.Td>
                <PlanStatusBadge status={p.status} />
              </Table.Td>
            </Table.Tr>
          ))}
          {plans.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>{t('improvementPlans.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
