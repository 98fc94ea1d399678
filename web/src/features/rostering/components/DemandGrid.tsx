import { Button, Group, NativeSelect, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import type { DemandCell, RosterPlan } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useRosterPlanChange, useRosterPlans } from '../hooks/useRostering';
import { dayDate, dutyOptions, hhmm, weekdayName } from '../utils/words';

const keyOf = (day: number, shiftTemplateId: string, dutyId: string) => `${day}|${shiftTemplateId}|${dutyId}`;

/** The headcounts of a plan's demand by day, shift and duty (only those above 0 are sent). */
export function demandCells(plan: RosterPlan, values: Record<string, number | string>): DemandCell[] {
  const cells: DemandCell[] = [];
  for (let day = 0; day < plan.days; day++) {
    for (const s of plan.shiftTemplates) {
      for (const d of plan.duties) {
        const v = values[keyOf(day, s.id, d.id)];
        const headcount = typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.round(v)) : 0;
        if (headcount > 0) cells.push({ day, shiftTemplateId: s.id, dutyId: d.id, headcount });
      }
    }
  }
  return cells;
}

const valuesOf = (plan: RosterPlan): Record<string, number | string> =>
  Object.fromEntries(plan.demand.map((c) => [keyOf(c.day, c.shiftTemplateId, c.dutyId), c.headcount]));

/**
 * The headcount each duty needs, one duty at a time: a grid of the plan's days by its shift
 * templates, saved as a whole with the plan's version.
 */
export function DemandGrid({ plan, disabled }: { plan: RosterPlan; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useLocalName();
  const change = useRosterPlanChange(plan.id);
  const [dutyId, setDutyId] = useState<string | null>(plan.duties[0]?.id ?? null);
  const [values, setValues] = useState(() => valuesOf(plan));
  // A new version of the plan (saved, derived, changed elsewhere) shows its own demand.
  const [seen, setSeen] = useState(plan.version);
  if (seen !== plan.version) {
    setSeen(plan.version);
    setValues(valuesOf(plan));
  }
  const duty = plan.duties.find((d) => d.id === dutyId);
  if (plan.duties.length === 0 || plan.shiftTemplates.length === 0) {
    return <Text c="dimmed">{t('rostering.demand.needSetup')}</Text>;
  }
  const days = Array.from({ length: plan.days }, (_, i) => i);
  const copyFirstWeek = () => {
    if (!duty) return;
    const next = { ...values };
    for (let day = 7; day < plan.days; day++) {
      for (const s of plan.shiftTemplates) {
        next[keyOf(day, s.id, duty.id)] = values[keyOf(day % 7, s.id, duty.id)] ?? 0;
      }
    }
    setValues(next);
  };
  const save = () =>
    change.mutate({ kind: 'demand', body: { version: plan.version, cells: demandCells(plan, values) } });
  return (
    <Stack>
      <Select
        label={t('rostering.duty')}
        data={dutyOptions(plan.duties, lang)}
        value={dutyId}
        onChange={setDutyId}
        allowDeselect={false}
        maw={360}
      />
      {duty && (
        <Table.ScrollContainer minWidth={160 + plan.shiftTemplates.length * 110}>
          <Table withTableBorder verticalSpacing={4} data-testid="demand-grid">
            <Table.Caption>
              {t('rostering.demand.caption', { duty: name(duty.nameEn, duty.nameZh) })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rostering.day')}</Table.Th>
                {plan.shiftTemplates.map((s) => (
                  <Table.Th scope="col" key={s.id}>
                    {s.code}{' '}
                    <Text span size="xs" c="dimmed">
                      {hhmm(s.startMinute)}–{hhmm(s.endMinute)}
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {days.map((day) => {
                const date = dayDate(plan.startsOn, day);
                const label = `${weekdayName(date, lang)} ${formatDate(date, lang)}`;
                return (
                  <Table.Tr key={day}>
                    <Table.Th scope="row" fw={400}>
                      {label}
                    </Table.Th>
                    {plan.shiftTemplates.map((s) => {
                      const k = keyOf(day, s.id, duty.id);
                      return (
                        <Table.Td key={s.id}>
                          <NumberInput
                            size="xs"
                            w={80}
                            min={0}
                            max={500}
                            allowDecimal={false}
                            allowNegative={false}
                            disabled={disabled}
                            aria-label={t('rostering.demand.cellLabel', {
                              day: label,
                              shift: name(s.nameEn, s.nameZh),
                              duty: name(duty.nameEn, duty.nameZh),
                            })}
                            value={values[k] ?? 0}
                            onChange={(v) => setValues((cur) => ({ ...cur, [k]: v }))}
                          />
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ErrorAlert error={change.error} />
      {change.isSuccess && <SuccessAlert title={t('rostering.demand.saved')} />}
      <Group>
        <Button onClick={save} loading={change.isPending} disabled={disabled}>
          {t('rostering.demand.save')}
        </Button>
        {plan.days > 7 && (
          <Button variant="default" onClick={copyFirstWeek} disabled={disabled}>
            {t('rostering.demand.copyWeek')}
          </Button>
        )}
      </Group>
      <CopyFromPlan plan={plan} disabled={disabled} />
    </Stack>
  );
}

/**
 * Another plan of the same site as a weekly pattern: its first week's demand, weekday by weekday,
 * replaces this plan's demand on the server (every duty, every week).
 */
function CopyFromPlan({ plan, disabled }: { plan: RosterPlan; disabled: boolean }) {
  const { t } = useTranslation();
  const plans = useRosterPlans();
  const change = useRosterPlanChange(plan.id);
  const [from, setFrom] = useState('');
  const choices = (plans.data ?? []).filter((p) => p.id !== plan.id && p.unitId === plan.unitId);
  if (choices.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group align="end">
        <NativeSelect
          label={t('rostering.demand.copyFrom')}
          description={t('rostering.demand.copyFromHelp')}
          data={[
            { value: '', label: t('rostering.compare.choose') },
            ...choices.map((p) => ({ value: p.id, label: `${p.name} (${p.startsOn})` })),
          ]}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          disabled={disabled}
          maw={420}
        />
        <Button
          variant="default"
          disabled={disabled || !from}
          loading={change.isPending}
          onClick={() => change.mutate({ kind: 'copy', body: { version: plan.version, fromPlanId: from } })}
        >
          {t('rostering.demand.copyFromButton')}
        </Button>
      </Group>
      <ErrorAlert error={change.error} />
      {change.isSuccess && <SuccessAlert title={t('rostering.demand.copied')} />}
    </Stack>
  );
}
