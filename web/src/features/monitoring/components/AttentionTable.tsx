import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import type { AttentionList } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName } from '../../../lib/i18n';
import { StatusBadge } from '../../../ui/StatusBadge';
import { formatFigure } from '../utils/format';
import { FigureText } from './FigureText';

const REASON_COLORS = { below_standard: 'red', deteriorating: 'orange', goal_off_track: 'yellow' } as const;

/** The supervisor's "needs attention" queue: who, which indicator, why, and the figure against target. */
export function AttentionTable({ data }: { data: AttentionList }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped withTableBorder verticalSpacing="sm" data-testid="attention">
        <Table.Caption>
          {t('attention.caption', { from: data.from, to: data.to, count: data.items.length })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboards.person')}</Table.Th>
            <Table.Th scope="col">{t('dashboards.indicator')}</Table.Th>
            <Table.Th scope="col">{t('attention.reasons')}</Table.Th>
            <Table.Th scope="col">{t('dashboards.value')}</Table.Th>
            <Table.Th scope="col">{t('dashboards.target')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.items.map((it) => {
            const person = name(it.person.nameEn, it.person.nameZh);
            return (
              <Table.Tr key={`${it.person.id}-${it.indicator.id}`}>
                <Table.Th scope="row">
                  <Text fw={500}>{person}</Text>
                  <Text size="xs" c="dimmed">
                    {name(it.person.orgUnitName, it.person.orgUnitNameZh)}
                  </Text>
                </Table.Th>
                <Table.Td>{name(it.indicator.nameEn, it.indicator.nameZh)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {it.reasons.map((r) => (
                      <StatusBadge
                        key={r}
                        value={r}
                        color={REASON_COLORS[r]}
                        label={t(`attention.reason.${r}`)}
                      />
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <FigureText figure={it.figure} indicator={it.indicator} />
                </Table.Td>
                <Table.Td>{formatFigure(it.figure.target, it.indicator, i18n.language)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor
                      component={Link}
                      to={`/people/${it.person.id}/performance?from=${data.from}&to=${data.to}`}
                    >
                      {t('attention.open', { name: person })}
                    </Anchor>
                    {it.abilities.startCoaching && (
                      <Button
                        size="xs"
                        variant="default"
                        component={Link}
                        to={`/coaching/new?origin=needs_attention&personId=${it.person.id}&indicatorId=${it.indicator.id}`}
                        aria-label={t('coaching.startFor', {
                          name: person,
                          indicator: name(it.indicator.nameEn, it.indicator.nameZh),
                        })}
                      >
                        {t('coaching.new')}
                      </Button>
                    )}
                    {it.abilities.startImprovementPlan && (
                      <Button
                        size="xs"
                        variant="default"
                        component={Link}
                        to={`/improvement-plans/new?source=needs_attention&personId=${it.person.id}&indicatorId=${it.indicator.id}${
                          it.figure.target === null ? '' : `&target=${it.figure.target}`
                        }`}
                        aria-label={t('improvementPlans.startFor', {
                          name: person,
                          indicator: name(it.indicator.nameEn, it.indicator.nameZh),
                        })}
                      >
                        {t('improvementPlans.new')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
          {data.items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>{t('attention.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
