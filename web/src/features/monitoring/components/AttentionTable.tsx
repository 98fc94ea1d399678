import { Anchor, Button, Group, Text } from '@mantine/core';
import type { AttentionList } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalName } from '../../../lib/i18n';
import { DataTable } from '../../../ui/DataTable';
import { StatusBadge } from '../../../ui/StatusBadge';
import { formatFigure } from '../utils/format';
import { FigureText } from './FigureText';

const REASON_COLORS = { below_standard: 'red', deteriorating: 'orange', goal_off_track: 'yellow' } as const;

/** The supervisor's "needs attention" queue: who, which indicator, why, and the figure against target. */
export function AttentionTable({ data }: { data: AttentionList }) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  return (
    <DataTable
      caption={t('attention.caption', { from: data.from, to: data.to, count: data.items.length })}
      columns={[
        {
          header: t('dashboards.person'),
          cell: (it) => (
            <>
              <Text fw={500}>{name(it.person.nameEn, it.person.nameZh)}</Text>
              <Text size="xs" c="dimmed">
                {name(it.person.orgUnitName, it.person.orgUnitNameZh)}
              </Text>
            </>
          ),
        },
        { header: t('dashboards.indicator'), cell: (it) => name(it.indicator.nameEn, it.indicator.nameZh) },
        {
          header: t('attention.reasons'),
          cell: (it) => (
            <Group gap={4}>
              {it.reasons.map((r) => (
                <StatusBadge key={r} value={r} color={REASON_COLORS[r]} label={t(`attention.reason.${r}`)} />
              ))}
            </Group>
          ),
        },
        {
          header: t('dashboards.value'),
          cell: (it) => <FigureText figure={it.figure} indicator={it.indicator} />,
        },
        {
          header: t('dashboards.target'),
          cell: (it) => formatFigure(it.figure.target, it.indicator, i18n.language),
        },
        {
          header: t('common.actions'),
          cell: (it) => {
            const person = name(it.person.nameEn, it.person.nameZh);
            return (
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
            );
          },
        },
      ]}
      rows={data.items}
      rowKey={(it) => `${it.person.id}-${it.indicator.id}`}
      empty={t('attention.none')}
      minWidth={800}
      tableProps={{ verticalSpacing: 'sm' }}
      testId="attention"
    />
  );
}
