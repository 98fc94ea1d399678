import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import type { MyShift } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, weekStart } from '../../../lib/dates';
import { currentLanguage, useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { Section } from '../../../ui/Section';
import { myRosterIcsUrl } from '../api';
import { useMyRoster } from '../hooks/useRostering';
import { weekdayName } from '../utils/words';
import { ScrollRegion } from '../../../ui/ScrollRegion';

/** Shifts grouped by the Monday of their week, in date order. */
export function byWeek(shifts: readonly MyShift[]): { week: string; shifts: MyShift[] }[] {
  const weeks = new Map<string, MyShift[]>();
  for (const s of [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const w = weekStart(s.date);
    weeks.set(w, [...(weeks.get(w) ?? []), s]);
  }
  return [...weeks].map(([week, list]) => ({ week, shifts: list }));
}

/** My published shifts for the next four weeks, week by week, and my calendar file. */
export function MyRosterList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const q = useMyRoster();
  const ics = (
    <Anchor href={myRosterIcsUrl(currentLanguage())} download="my-roster.ics">
      {t('rostering.mine.ics')}
    </Anchor>
  );
  if (!q.data) return q.error ? <ErrorAlert error={q.error} /> : <Loading />;
  const weeks = byWeek(q.data.shifts);
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Text c="dimmed">
          {t('rostering.mine.range', {
            from: formatDate(q.data.from, lang),
            to: formatDate(q.data.to, lang),
          })}
        </Text>
        {ics}
      </Group>
      {weeks.length === 0 && (
        <Text role="status" data-testid="my-roster-empty">
          {t('rostering.mine.empty')}
        </Text>
      )}
      {weeks.map((w) => (
        <Section key={w.week} title={t('rostering.mine.week', { date: formatDate(w.week, lang) })}>
          <ScrollRegion label={t('rostering.mine.week', { date: formatDate(w.week, lang) })}>
            <Table miw={300} striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('rostering.mine.date')}</Table.Th>
                  <Table.Th scope="col">{t('rostering.mine.time')}</Table.Th>
                  <Table.Th scope="col">{t('rostering.mine.shift')}</Table.Th>
                  <Table.Th scope="col">{t('rostering.site')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {w.shifts.map((s) => (
                  <Table.Tr key={`${s.planId}-${s.startsAt}`}>
                    <Table.Th scope="row" fw={400}>
                      {weekdayName(s.date, lang)} {formatDate(s.date, lang)}
                    </Table.Th>
                    <Table.Td>
                      {formatTime(s.startsAt, lang)}–{formatTime(s.endsAt, lang)}
                    </Table.Td>
                    <Table.Td>
                      {name(s.shiftNameEn, s.shiftNameZh)} · {name(s.dutyNameEn, s.dutyNameZh)}
                      {s.tasks.map((x) => (
                        <Text key={x.titleEn} size="xs" c="dimmed">
                          {t('rostering.mine.task', {
                            title: name(x.titleEn, x.titleZh),
                            minutes: x.minutes,
                          })}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>{name(s.unitName, s.unitNameZh)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </Section>
      ))}
    </Stack>
  );
}
