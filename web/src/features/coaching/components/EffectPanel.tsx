import { Alert, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { CoachingPlan } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { formatFigure, formatInterval } from '../../monitoring/utils/format';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { useCoachingEffect } from '../hooks/useCoaching';
import { verdictMessage } from '../utils/effect';

const VERDICT_COLORS = {
  improved: 'green',
  worse: 'red',
  not_distinguishable: 'gray',
  insufficient_data: 'yellow',
} as const;

/** The measured effect: the person before/after against the comparison group, the DiD and its verdict in words. */
export function EffectPanel({ plan }: { plan: CoachingPlan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const indicators = useIndicators();
  const [weeks, setWeeks] = useState('8');
  const q = useCoachingEffect(plan.id, Number(weeks), plan.focusIndicatorId !== null);
  if (!plan.focusIndicatorId) return <Text c="dimmed">{t('coaching.reason.no_focus_indicator')}</Text>;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Loading />;
  const e = q.data;
  const unit = indicators.data?.find((i) => i.id === e.indicator?.id);
  const fmt = (v: number | null) => formatFigure(v, unit, lang);
  const msg = verdictMessage(e, (v) => formatFigure(v, unit, lang));
  const values = {
    ...msg.values,
    ...(typeof msg.values.reason === 'string' ? { reason: t(msg.values.reason) } : {}),
  };
  return (
    <Stack>
      <Group>
        <Text size="sm" id="effect-weeks">
          {t('coaching.effectWeeks')}
        </Text>
        <SegmentedControl
          aria-labelledby="effect-weeks"
          value={weeks}
          onChange={setWeeks}
          data={['4', '8', '12'].map((w) => ({
            value: w,
            label: t('coaching.weeksN', { count: Number(w) }),
          }))}
        />
      </Group>
      <Alert
        color={VERDICT_COLORS[e.verdict]}
        variant="light"
        title={t(`coaching.verdictTitle.${e.verdict}`)}
        role="status"
      >
        {t(msg.key, values)}
      </Alert>
      <Table.ScrollContainer minWidth={600}>
        <Table withTableBorder striped>
          <Table.Caption>
            {t('coaching.effectCaption', {
              indicator: e.indicator ? name(e.indicator.nameEn, e.indicator.nameZh) : '—',
              before: `${formatDate(e.before.from, lang)} – ${formatDate(e.before.to, lang)}`,
              after: `${formatDate(e.after.from, lang)} – ${formatDate(e.after.to, lang)}`,
            })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('coaching.who')}</Table.Th>
              <Table.Th scope="col">{t('coaching.before')}</Table.Th>
              <Table.Th scope="col">{t('coaching.after')}</Table.Th>
              <Table.Th scope="col">{t('checkins.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{plan.personName}</Table.Th>
              <Table.Td>
                {fmt(e.coached.before.value)}
                <Text size="xs" c="dimmed">
                  {[
                    formatInterval(e.coached.before.low, e.coached.before.high, unit, lang),
                    `n = ${e.coached.before.sample}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>
                {fmt(e.coached.after.value)}
                <Text size="xs" c="dimmed">
                  {[
                    formatInterval(e.coached.after.low, e.coached.after.high, unit, lang),
                    `n = ${e.coached.after.sample}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>{fmt(e.rawChange)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">
                {t(`coaching.comparison.${e.comparisonBasis}`, { k: e.comparison.k })}
              </Table.Th>
              <Table.Td>{fmt(e.comparison.meanBefore)}</Table.Td>
              <Table.Td>{fmt(e.comparison.meanAfter)}</Table.Td>
              <Table.Td>{fmt(e.comparison.meanChange)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm">
        {t('coaching.didLine', {
          did: msg.values.did ?? '—',
          low: msg.values.low ?? '—',
          high: msg.values.high ?? '—',
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('coaching.didHelp')}
      </Text>
    </Stack>
  );
}
