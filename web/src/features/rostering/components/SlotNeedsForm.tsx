import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { RosterPlan } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useRosterPlanChange } from '../hooks/useRostering';
import { rangesFromSlots, slotMinutesOf, slotNeedsBody } from '../utils/slots';
import { dutyOptions, hhmm, parseHhmm, weekdayOf } from '../utils/words';

interface Row {
  key: number;
  weekdays: string[];
  from: string;
  to: string;
  need: number | string;
}

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];
let nextKey = 1;

const rowsOf = (plan: RosterPlan, dutyId: string | null): Row[] => {
  const ranges = dutyId ? rangesFromSlots(plan, dutyId) : [];
  if (ranges.length === 0) {
    return [{ key: nextKey++, weekdays: ['0', '1', '2', '3', '4'], from: '09:00', to: '18:00', need: 1 }];
  }
  return ranges.map((r) => ({
    key: nextKey++,
    weekdays: r.weekdays.map(String),
    from: hhmm(r.fromMinute),
    to: hhmm(r.toMinute),
    need: r.need,
  }));
};

/**
 * A duty's need through the day, by hand: time ranges on chosen weekdays ("Mon–Fri 09:00–13:00: 2
 * people") in 15-, 30- or 60-minute slots, for every week of the plan. Saving works out the people
 * each shift needs (the shifts that span each slot) and replaces the duty's demand with it.
 */
export function SlotNeedsForm({ plan, disabled }: { plan: RosterPlan; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const change = useRosterPlanChange(plan.id);
  // The first duty whose need is kept per slot, else the first duty.
  const [dutyId, setDutyId] = useState<string | null>(
    (plan.duties.find((d) => plan.slotCoverage.some((c) => c.dutyId === d.id)) ?? plan.duties[0])?.id ?? null,
  );
  const [slot, setSlot] = useState<string>(String((dutyId && slotMinutesOf(plan, dutyId)) ?? 30));
  const [rows, setRows] = useState<Row[]>(() => rowsOf(plan, dutyId));
  const [invalid, setInvalid] = useState(false);
  // Another duty, or a new version of the plan, shows the needs kept for it.
  const [seen, setSeen] = useState(`${plan.version}|${dutyId}`);
  if (seen !== `${plan.version}|${dutyId}`) {
    setSeen(`${plan.version}|${dutyId}`);
    setRows(rowsOf(plan, dutyId));
    setSlot(String((dutyId && slotMinutesOf(plan, dutyId)) ?? slot));
  }
  const update = (key: number, patch: Partial<Row>) =>
    setRows((cur) => cur.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const save = () => {
    if (!dutyId) return;
    const ranges = rows.map((r) => {
      const to = parseHhmm(r.to);
      return {
        weekdays: r.weekdays.map(Number),
        fromMinute: parseHhmm(r.from),
        toMinute: to === 0 ? 1440 : to,
        need: typeof r.need === 'number' ? r.need : Number.NaN,
      };
    });
    const bad = ranges.some(
      (r) =>
        Number.isNaN(r.fromMinute) ||
        Number.isNaN(r.toMinute) ||
        !Number.isInteger(r.need) ||
        r.toMinute <= r.fromMinute,
    );
    setInvalid(bad);
    if (bad) return;
    change.mutate({ kind: 'slots', body: slotNeedsBody(plan, dutyId, Number(slot) as 15 | 30 | 60, ranges) });
  };
  return (
    <Card withBorder aria-labelledby="slot-needs-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="slot-needs-title">
          {t('rostering.slots.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rostering.slots.help')}
        </Text>
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t('rostering.duty')}
            data={dutyOptions(plan.duties, lang)}
            value={dutyId}
            onChange={setDutyId}
            allowDeselect={false}
            miw={200}
          />
          <Select
            label={t('rostering.derive.slot')}
            data={['15', '30', '60'].map((v) => ({
              value: v,
              label: t('rostering.minutes', { count: Number(v) }),
            }))}
            value={slot}
            onChange={(v) => v && setSlot(v)}
            allowDeselect={false}
            miw={140}
          />
        </Group>
        {rows.map((r, i) => (
          <Card
            key={r.key}
            withBorder
            p="xs"
            component="fieldset"
            aria-label={t('rostering.slots.range', { n: i + 1 })}
          >
            <Stack gap="xs">
              <Checkbox.Group
                label={t('rostering.slots.weekdays')}
                value={r.weekdays}
                onChange={(v) => update(r.key, { weekdays: v })}
              >
                <Group gap="xs" mt={4}>
                  {WEEKDAYS.map((w) => (
                    <Checkbox
                      key={w}
                      value={String(w)}
                      label={weekdayOf(w, lang, 'short')}
                      disabled={disabled}
                    />
                  ))}
                </Group>
              </Checkbox.Group>
              <Group align="flex-end" wrap="wrap">
                <TextInput
                  label={t('rostering.slots.from')}
                  type="time"
                  w={130}
                  value={r.from}
                  onChange={(e) => update(r.key, { from: e.currentTarget.value })}
                  disabled={disabled}
                />
                <TextInput
                  label={t('rostering.slots.to')}
                  type="time"
                  w={130}
                  value={r.to}
                  onChange={(e) => update(r.key, { to: e.currentTarget.value })}
                  disabled={disabled}
                />
                <NumberInput
                  label={t('rostering.slots.need')}
                  w={110}
                  min={0}
                  max={500}
                  allowDecimal={false}
                  allowNegative={false}
                  value={r.need}
                  onChange={(v) => update(r.key, { need: v })}
                  disabled={disabled}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('rostering.slots.remove', { n: i + 1 })}
                  onClick={() => setRows((cur) => cur.filter((x) => x.key !== r.key))}
                  disabled={disabled}
                >
                  ×
                </ActionIcon>
              </Group>
            </Stack>
          </Card>
        ))}
        {invalid && (
          <Text c="red.9" size="sm" role="alert">
            {t('rostering.slots.invalid')}
          </Text>
        )}
        <ErrorAlert error={change.error} />
        {change.isSuccess && <SuccessAlert title={t('rostering.slots.saved')} />}
        <Group>
          <Button
            variant="default"
            onClick={() =>
              setRows((cur) => [
                ...cur,
                { key: nextKey++, weekdays: [], from: '09:00', to: '18:00', need: 1 },
              ])
            }
            disabled={disabled}
          >
            {t('rostering.slots.add')}
          </Button>
          <Button onClick={save} loading={change.isPending} disabled={disabled || !dutyId}>
            {t('rostering.slots.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
