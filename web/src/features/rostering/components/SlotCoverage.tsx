import { AreaChart } from '@mantine/charts';
import { Button, Collapse, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { RosterPlan } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { dutySlots, shortSlots } from '../utils/slots';
import { dayDate, dutyOptions, hhmm, weekdayName } from '../utils/words';

/**
 * Need against the people on duty, time slot by time slot, for the duties whose demand is kept per
 * slot: a sentence on the slots short of people, a chart of one day, and its figures on request.
 */
export function SlotCoverage({ plan }: { plan: RosterPlan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const duties = plan.duties.filter((d) => plan.slotCoverage.some((c) => c.dutyId === d.id));
  const [dutyId, setDutyId] = useState<string | null>(duties[0]?.id ?? null);
  const [day, setDay] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const duty = duties.find((d) => d.id === dutyId) ?? duties[0];
  if (!duty) return null;
  const slots = dutySlots(plan, duty.id);
  const short = shortSlots(slots);
  const days = [...new Set(slots.map((s) => s.day))];
  const shownDay = day !== null && days.includes(Number(day)) ? Number(day) : (short[0]?.day ?? days[0] ?? 0);
  const dayLabel = (d: number) => {
    const date = dayDate(plan.startsOn, d);
    return `${weekdayName(date, lang)} ${formatDate(date, lang)}`;
  };
  const ofDay = slots.filter((s) => s.day === shownDay);
  const dutyName = name(duty.nameEn, duty.nameZh);
  const first = short[0];
  const caption = t('rostering.slotCover.caption', { duty: dutyName, day: dayLabel(shownDay) });
  return (
    <Stack gap="xs" data-testid="slot-coverage">
      <Title order={3} size="h4">
        {t('rostering.slotCover.title')}
      </Title>
      <Text data-testid="slot-coverage-summary">
        {first
          ? t('rostering.slotCover.short', {
              duty: dutyName,
              count: short.length,
              total: slots.filter((s) => s.need > 0).length,
              day: dayLabel(first.day),
              time: `${hhmm(first.startMinute)}–${hhmm(first.startMinute + first.slotMinutes)}`,
              onDuty: first.onDuty,
              need: first.need,
            })
          : t('rostering.slotCover.none', { duty: dutyName })}
      </Text>
      <Group grow align="flex-start" wrap="wrap">
        {duties.length > 1 && (
          <Select
            label={t('rostering.duty')}
            data={dutyOptions(duties, lang)}
            value={duty.id}
            onChange={setDutyId}
            allowDeselect={false}
            miw={200}
          />
        )}
        <Select
          label={t('rostering.day')}
          data={days.map((d) => ({ value: String(d), label: dayLabel(d) }))}
          value={String(shownDay)}
          onChange={setDay}
          allowDeselect={false}
          miw={200}
        />
      </Group>
      <div role="img" aria-label={caption}>
        <AreaChart
          h={220}
          data={ofDay.map((s) => ({ time: hhmm(s.startMinute), need: s.need, onDuty: s.onDuty }))}
          dataKey="time"
          curveType="step"
          withDots={false}
          fillOpacity={0.25}
          yAxisProps={{ allowDecimals: false }}
          series={[
            { name: 'need', label: t('rostering.slotCover.need'), color: 'gray.6' },
            { name: 'onDuty', label: t('rostering.slotCover.onDuty'), color: 'blue.6' },
          ]}
          withLegend
        />
      </div>
      <Button variant="subtle" w="fit-content" px={0} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? t('rostering.slotCover.hide') : t('rostering.slotCover.show')}
      </Button>
      <Collapse expanded={open}>
        <ScrollRegion label={caption}>
          <Table miw={360} striped withTableBorder verticalSpacing={4}>
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rostering.slotCover.time')}</Table.Th>
                <Table.Th scope="col">{t('rostering.slotCover.need')}</Table.Th>
                <Table.Th scope="col">{t('rostering.slotCover.onDuty')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ofDay.map((s) => (
                <Table.Tr key={s.startMinute}>
                  <Table.Th scope="row" fw={400}>
                    {hhmm(s.startMinute)}–{hhmm(s.startMinute + s.slotMinutes)}
                  </Table.Th>
                  <Table.Td>{s.need}</Table.Td>
                  <Table.Td
                    c={s.onDuty < s.need ? 'red.9' : undefined}
                    fw={s.onDuty < s.need ? 700 : undefined}
                  >
                    {s.onDuty}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Collapse>
    </Stack>
  );
}
