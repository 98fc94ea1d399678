import { Anchor, List, NativeSelect, Table, Text } from '@mantine/core';
import type { RosterPlan } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useRosterPlanChange } from '../hooks/useRostering';
import { dayDate, keptTimeText, num, weekdayName } from '../utils/words';
import { RosterWarnings } from './RosterWarnings';

const OFF = '';
const valueOf = (shiftTemplateId: string, dutyId: string) => `${shiftTemplateId}|${dutyId}`;

/**
 * The roster: a row per person (hours against the contract, cost), a column per day; each cell is
 * the person's shift and duty that day, changed by hand there (the plan's warnings then say which
 * rules the roster breaks).
 */
export function RosterTable({ plan, disabled }: { plan: RosterPlan; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const change = useRosterPlanChange(plan.id);
  const weeks = plan.days / 7;
  const days = Array.from({ length: plan.days }, (_, i) => i);
  const cells = new Map(plan.assignments.map((a) => [`${a.personId}|${a.day}`, a]));
  const options = [
    { value: OFF, label: t('rostering.off') },
    ...plan.shiftTemplates.flatMap((s) =>
      plan.duties.map((d) => ({
        value: valueOf(s.id, d.id),
        label: `${s.code} ${d.code} · ${name(s.nameEn, s.nameZh)} ${name(d.nameEn, d.nameZh)}`,
      })),
    ),
  ];
  const assign = (personId: string, day: number, value: string) => {
    const [shiftTemplateId, dutyId] = value === OFF ? [null, null] : value.split('|');
    change.mutate({
      kind: 'assign',
      body: {
        version: plan.version,
        personId,
        day,
        shiftTemplateId: shiftTemplateId ?? null,
        dutyId: dutyId ?? null,
      },
    });
  };
  if (plan.people.length === 0) return <Text c="dimmed">{t('rostering.roster.noPeople')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={260 + plan.days * 104}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          horizontalSpacing={6}
          data-testid="roster"
        >
          <Table.Caption>{t('rostering.roster.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('rostering.roster.person')}</Table.Th>
              {days.map((day) => {
                const date = dayDate(plan.startsOn, day);
                return (
                  <Table.Th scope="col" key={day} miw={96}>
                    <Text size="xs" fw={700}>
                      {weekdayName(date, lang)}
                    </Text>
                    <Text size="xs">{formatDate(date, lang)}</Text>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.people.map((p) => (
              <Table.Tr key={p.personId}>
                <Table.Th scope="row" miw={180}>
                  <Anchor component={Link} to={`/rosters/setup?personId=${p.personId}`} size="sm">
                    {p.personName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('rostering.roster.hours', {
                      hours: num(p.hours, lang),
                      min: num(p.minWeekHours * weeks, lang),
                      max: num(p.maxWeekHours * weeks, lang),
                    })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('rostering.roster.cost', { cost: num(p.cost, lang, 0) })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('rostering.roster.load', { weekends: p.weekendsWorked, unpopular: p.unpopularShifts })}
                  </Text>
                  {p.keptTime.length > 0 && (
                    <>
                      <Text size="xs">
                        {t('rostering.roster.kept', {
                          hours: num(p.keptTime.reduce((sum, k) => sum + k.minutes, 0) / 60, lang, 2),
                        })}
                      </Text>
                      <List size="xs" spacing={0} fw={400}>
                        {p.keptTime.map((k, i) => (
                          <List.Item key={i}>{keptTimeText(t, k, lang)}</List.Item>
                        ))}
                      </List>
                    </>
                  )}
                </Table.Th>
                {days.map((day) => {
                  const a = cells.get(`${p.personId}|${day}`);
                  const unavailable = p.unavailableDays.includes(day);
                  return (
                    <Table.Td key={day} bg={unavailable ? 'gray.1' : undefined}>
                      <NativeSelect
                        size="xs"
                        disabled={disabled || change.isPending}
                        aria-label={t('rostering.roster.cellLabel', {
                          name: p.personName,
                          date: formatDate(dayDate(plan.startsOn, day), lang),
                        })}
                        data={options.map((o) => ({ value: o.value, label: o.label }))}
                        value={a ? valueOf(a.shiftTemplateId, a.dutyId) : OFF}
                        onChange={(e) => assign(p.personId, day, e.currentTarget.value)}
                        styles={{ input: { fontWeight: a ? 600 : 400 } }}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ErrorAlert error={change.error} />
      <RosterWarnings plan={plan} />
    </>
  );
}
