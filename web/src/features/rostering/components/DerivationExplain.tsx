import { Button, Collapse, Stack, Table, Text } from '@mantine/core';
import type { RosterPlan } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { derivationSummary, hhmm, num, pct, weekdayOf } from '../utils/words';
import { ScrollRegion } from '../../../ui/ScrollRegion';

/** The calculation behind the last derived demand: in words first, the figures per slot on request. */
export function DerivationExplain({ plan }: { plan: RosterPlan }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const indicators = useIndicators();
  const [open, setOpen] = useState(false);
  const d = plan.lastDerivation;
  if (!d) return null;
  const duty = plan.duties.find((x) => x.id === d.dutyId);
  const indicator = indicators.data?.find((i) => i.code === d.indicatorCode);
  const indicatorName = indicator ? name(indicator.nameEn, indicator.nameZh) : d.indicatorCode;
  const dash = (v: number | null, f: (n: number) => string) => (v === null ? '—' : f(v));
  return (
    <Stack gap="xs" data-testid="derivation">
      <Text fw={500}>
        {t('rostering.derive.lastFor', {
          duty: duty ? name(duty.nameEn, duty.nameZh) : '',
          from: formatDate(d.historyFrom, lang),
          to: formatDate(d.historyTo, lang),
        })}
      </Text>
      <Text>{derivationSummary(t, d, indicatorName, lang)}</Text>
      <Text size="sm">
        {t('rostering.derive.volumes')}{' '}
        {d.volumeByWeekday
          .map((v, i) => `${weekdayOf(i, lang, 'short')} ${num(v, lang, 0)}`)
          .join(t('rostering.listSeparator'))}
      </Text>
      {d.uncoveredSlots > 0 && (
        <Text size="sm" c="orange.8">
          {t('rostering.derive.uncovered', { count: d.uncoveredSlots })}
        </Text>
      )}
      <Button variant="subtle" w="fit-content" px={0} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? t('rostering.derive.hideCalc') : t('rostering.derive.showCalc')}
      </Button>
      <Collapse expanded={open}>
        <ScrollRegion
          label={t('rostering.derive.slotsCaption', { weekday: weekdayOf(d.sampleWeekday, lang) })}
        >
          <Table miw={560} striped withTableBorder verticalSpacing={4}>
            <Table.Caption>
              {t('rostering.derive.slotsCaption', { weekday: weekdayOf(d.sampleWeekday, lang) })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rostering.derive.cols.start')}</Table.Th>
                <Table.Th scope="col">{t('rostering.derive.cols.volume')}</Table.Th>
                <Table.Th scope="col">{t('rostering.derive.cols.erlangs')}</Table.Th>
                <Table.Th scope="col">{t('rostering.derive.cols.need')}</Table.Th>
                <Table.Th scope="col">{t('rostering.derive.cols.serviceLevel')}</Table.Th>
                <Table.Th scope="col">{t('rostering.derive.cols.occupancy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.slots.map((s) => (
                <Table.Tr key={s.startMinute}>
                  <Table.Th scope="row" fw={400}>
                    {hhmm(s.startMinute)}
                  </Table.Th>
                  <Table.Td>{num(s.volume, lang)}</Table.Td>
                  <Table.Td>{dash(s.trafficErlangs, (v) => num(v, lang, 2))}</Table.Td>
                  <Table.Td>{s.need}</Table.Td>
                  <Table.Td>{dash(s.serviceLevel, (v) => pct(v, lang))}</Table.Td>
                  <Table.Td>{dash(s.occupancy, (v) => pct(v, lang))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      </Collapse>
    </Stack>
  );
}
