import { Badge, Box, Stack, Switch, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AnswerValue, CalibrationSession, ItemAgreement } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';

/** Alpha ≥ 0.8: good; ≥ 0.667: tentative; below: poor (Krippendorff's customary thresholds). */
export function agreementOf(alpha: number | null): 'good' | 'tentative' | 'poor' | 'unknown' {
  if (alpha === null) return 'unknown';
  return alpha >= 0.8 ? 'good' : alpha >= 0.667 ? 'tentative' : 'poor';
}
const COLOR = { good: 'green', tentative: 'yellow', poor: 'red', unknown: 'gray' } as const;
const f2 = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const pct = (x: number) => `${Math.round(Math.abs(x) * 1000) / 10}%`;

/** A table that scrolls sideways on a phone; the region takes the keyboard focus so it can be scrolled. */
function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box tabIndex={0} role="region" aria-label={label} style={{ overflowX: 'auto' }}>
      {children}
    </Box>
  );
}

/** The figures of a revealed session: words first, numbers on request, then every score side by side. */
export function CalibrationResultsView({ session }: { session: CalibrationSession }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const [numbers, setNumbers] = useState(false);
  const r = session.results;
  if (!r) return null;
  const itemName = (i: ItemAgreement) => name(i.textEn, i.textZh);
  const good = r.items.filter((i) => agreementOf(i.figure.alpha) === 'good').length;
  const poor = r.items.filter((i) => agreementOf(i.figure.alpha) === 'poor');
  const shown = (v: AnswerValue | undefined) =>
    v === undefined ? '—' : v === 'yes' || v === 'no' || v === 'na' ? t(`assessments.${v}`) : String(v);
  const answer = (interactionId: string, userId: string | null, itemId: string) =>
    session.scores
      .find((s) => s.interactionId === interactionId && s.userId === userId)
      ?.answers.find((a) => a.itemId === itemId)?.value;
  const biasWords = (mean: number | null, low: number | null, high: number | null) => {
    if (mean === null) return t('calibration.bias.none');
    const clear = low !== null && high !== null && (low > 0 || high < 0);
    if (!clear || Math.abs(mean) < 0.02) return t('calibration.bias.inLine');
    return mean > 0
      ? t('calibration.bias.generous', { share: pct(mean) })
      : t('calibration.bias.strict', { share: pct(mean) });
  };
  return (
    <Stack>
      <Title order={3}>{t('calibration.agreement')}</Title>
      <Text data-testid="calibration-summary">
        {t('calibration.summary', { good, total: r.items.length })}
        {r.overall.alpha !== null &&
          ' ' + t(`calibration.overall.${agreementOf(r.overall.alpha)}`, { alpha: f2(r.overall.alpha) })}
      </Text>
      {poor.map((i) => (
        <Text key={i.itemId} c="red.8">
          {t('calibration.inconsistent', { item: itemName(i), alpha: f2(i.figure.alpha) })}
        </Text>
      ))}
      <Switch
        label={t('calibration.showNumbers')}
        checked={numbers}
        onChange={(e) => setNumbers(e.currentTarget.checked)}
      />
      <ScrollTable label={t('calibration.agreement')}>
        <Table miw={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('calibration.item')}</Table.Th>
              <Table.Th>{t('calibration.agreementLabel')}</Table.Th>
              {numbers && <Table.Th>{t('calibration.alpha')}</Table.Th>}
              {numbers && <Table.Th>{t('calibration.interval')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.items.map((i) => {
              const a = agreementOf(i.figure.alpha);
              return (
                <Table.Tr key={i.itemId}>
                  <Table.Td>{itemName(i)}</Table.Td>
                  <Table.Td>
                    <Badge color={COLOR[a]} variant="light">
                      {t(`calibration.level.${a}`)}
                    </Badge>
                  </Table.Td>
                  {numbers && (
                    <Table.Td>
                      {f2(i.figure.alpha)}{' '}
                      <Text span size="xs" c="dimmed">
                        ({t(`calibration.measure.${i.level}`)})
                      </Text>
                    </Table.Td>
                  )}
                  {numbers && (
                    <Table.Td>
                      {i.figure.low === null ? '—' : `${f2(i.figure.low)} – ${f2(i.figure.high)}`}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
            {numbers && (
              <Table.Tr>
                <Table.Td fw={600}>{t('calibration.overallLabel')}</Table.Td>
                <Table.Td />
                <Table.Td>{f2(r.overall.alpha)}</Table.Td>
                <Table.Td>
                  {r.overall.low === null ? '—' : `${f2(r.overall.low)} – ${f2(r.overall.high)}`}
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollTable>

      <Title order={3}>{t('calibration.biasTitle')}</Title>
      <ScrollTable label={t('calibration.biasTitle')}>
        <Table miw={480} data-testid="calibration-bias">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('calibration.assessor')}</Table.Th>
              <Table.Th>{t('calibration.biasLabel')}</Table.Th>
              <Table.Th>{t('calibration.driftLabel')}</Table.Th>
              {numbers && <Table.Th>{t('calibration.numbers')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.assessors.map((x) => (
              <Table.Tr key={x.userId}>
                <Table.Td>{x.name}</Table.Td>
                <Table.Td>{biasWords(x.bias.mean, x.bias.low, x.bias.high)}</Table.Td>
                <Table.Td>
                  {x.drift.slopePerSession === null
                    ? t('calibration.drift.first')
                    : t('calibration.drift.change', {
                        sessions: x.drift.sessions,
                        change: `${x.drift.slopePerSession >= 0 ? '+' : '−'}${pct(x.drift.slopePerSession)}`,
                      })}
                </Table.Td>
                {numbers && (
                  <Table.Td>
                    {t('calibration.biasNumbers', {
                      mean: f2(x.bias.mean),
                      low: f2(x.bias.low),
                      high: f2(x.bias.high),
                      n: x.bias.n,
                    })}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>

      <Title order={3}>{t('calibration.sideBySide')}</Title>
      {session.interactions.map((inter) => (
        <ScrollTable key={inter.id} label={inter.label}>
          <Table miw={480}>
            <Table.Caption>{inter.label}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('calibration.item')}</Table.Th>
                <Table.Th>{t('calibration.benchmark')}</Table.Th>
                {session.assessors.map((a) => (
                  <Table.Th key={a.userId}>{a.name}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.items.map((i) => {
                const bench = answer(inter.id, null, i.itemId);
                return (
                  <Table.Tr key={i.itemId}>
                    <Table.Td>{itemName(i)}</Table.Td>
                    <Table.Td fw={600}>{shown(bench)}</Table.Td>
                    {session.assessors.map((a) => {
                      const v = answer(inter.id, a.userId, i.itemId);
                      return (
                        <Table.Td
                          key={a.userId}
                          c={v !== undefined && bench !== undefined && v !== bench ? 'red.8' : undefined}
                        >
                          {shown(v)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ))}
    </Stack>
  );
}
