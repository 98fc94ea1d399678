import { BarChart } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import type { RosterPlan } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { DataList } from '../../../ui/DataList';
import { dayDate, num, pct, shortfallSummary, weekdayName } from '../utils/words';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { SlotCoverage } from './SlotCoverage';

/**
 * Need against the people rostered, per day and shift × duty: a sentence on the shifts short of
 * people, the plan's totals, a chart of each day's need and cover, and the figures in a table.
 */
export function CoverageSection({ plan }: { plan: RosterPlan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const combos = plan.shiftTemplates.flatMap((s) =>
    plan.duties
      .filter((d) => plan.coverage.some((c) => c.shiftTemplateId === s.id && c.dutyId === d.id))
      .map((d) => ({ s, d })),
  );
  const byKey = new Map(plan.coverage.map((c) => [`${c.day}|${c.shiftTemplateId}|${c.dutyId}`, c]));
  const days = Array.from({ length: plan.days }, (_, i) => i);
  const needLabel = t('rostering.coverage.need');
  const assignedLabel = t('rostering.coverage.assigned');
  const chart = days.map((day) => {
    const of = plan.coverage.filter((c) => c.day === day);
    const date = dayDate(plan.startsOn, day);
    return {
      day: `${weekdayName(date, lang)} ${date.slice(8)}`,
      need: of.reduce((s, c) => s + c.need, 0),
      assigned: of.reduce((s, c) => s + c.assigned, 0),
    };
  });
  return (
    <Stack>
      <Text data-testid="coverage-summary">{shortfallSummary(t, plan, lang)}</Text>
      <DataList
        cols={3}
        items={[
          { label: t('rostering.totals.hours'), value: num(plan.totals.hours, lang) },
          { label: t('rostering.totals.cost'), value: num(plan.totals.cost, lang, 0) },
          { label: t('rostering.totals.shortfall'), value: String(plan.totals.shortfall) },
          { label: t('rostering.totals.surplus'), value: String(plan.totals.surplus) },
          { label: t('rostering.totals.spread'), value: pct(plan.totals.hoursSpread, lang) },
          { label: t('rostering.totals.weekendSpread'), value: String(plan.totals.weekendSpread) },
          { label: t('rostering.totals.unpopularSpread'), value: String(plan.totals.unpopularSpread) },
        ]}
      />
      <Text size="sm" c="dimmed">
        {t('rostering.totals.spreadHelp')}
      </Text>
      {plan.coverage.length > 0 && (
        <>
          <div role="img" aria-label={t('rostering.coverage.caption')}>
            <BarChart
              h={220}
              data={chart}
              dataKey="day"
              yAxisProps={{ allowDecimals: false }}
              series={[
                { name: 'need', label: needLabel, color: 'gray.5' },
                { name: 'assigned', label: assignedLabel, color: 'blue.6' },
              ]}
              withLegend
              tickLine="y"
            />
          </div>
          <ScrollRegion label={t('rostering.coverage.caption')}>
            <Table miw={160 + combos.length * 110} striped withTableBorder verticalSpacing={4}>
              <Table.Caption>{t('rostering.coverage.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('rostering.day')}</Table.Th>
                  {combos.map(({ s, d }) => (
                    <Table.Th scope="col" key={`${s.id}|${d.id}`}>
                      {s.code} {d.code}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {days.map((day) => {
                  const date = dayDate(plan.startsOn, day);
                  return (
                    <Table.Tr key={day}>
                      <Table.Th scope="row" fw={400}>
                        {weekdayName(date, lang)} {formatDate(date, lang)}
                      </Table.Th>
                      {combos.map(({ s, d }) => {
                        const c = byKey.get(`${day}|${s.id}|${d.id}`);
                        const short = c ? c.need - c.assigned : 0;
                        return (
                          <Table.Td
                            key={`${s.id}|${d.id}`}
                            c={short > 0 ? 'red.9' : undefined}
                            fw={short > 0 ? 700 : undefined}
                          >
                            {c ? t('rostering.coverage.cell', { assigned: c.assigned, need: c.need }) : '—'}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </>
      )}
      {plan.slotCoverage.length > 0 && <SlotCoverage plan={plan} />}
    </Stack>
  );
}
