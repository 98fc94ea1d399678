import { Button, Group, NumberInput, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { numberValue } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { weekdayOf } from '../utils/words';

/** One preference as the form holds it: selects keep strings, the whole day is WHOLE_DAY. */
export interface PreferenceRow {
  weekday: string;
  shiftTemplateId: string;
  kind: 'want' | 'avoid';
  weight: number | string;
}
export const WHOLE_DAY = 'whole-day';

interface Preference {
  weekday: number;
  shiftTemplateId: string | null;
  kind: 'want' | 'avoid';
  weight: number;
}
export const toPreferenceRows = (prefs: readonly Preference[]): PreferenceRow[] =>
  prefs.map((x) => ({
    weekday: String(x.weekday),
    shiftTemplateId: x.shiftTemplateId ?? WHOLE_DAY,
    kind: x.kind,
    weight: x.weight,
  }));
export const fromPreferenceRows = (rows: readonly PreferenceRow[]): Preference[] =>
  rows.map((x) => ({
    weekday: Number(x.weekday),
    shiftTemplateId: x.shiftTemplateId === WHOLE_DAY ? null : x.shiftTemplateId,
    kind: x.kind,
    weight: numberValue(x.weight),
  }));
export const NEW_PREFERENCE: PreferenceRow = {
  weekday: '0',
  shiftTemplateId: WHOLE_DAY,
  kind: 'avoid',
  weight: 5,
};

/**
 * The list of preferences (weekday, shift or whole day, want or avoid, weight 1–10) with add and
 * delete; the leader's profile form and the person's own My roster use it, each wiring its form.
 */
export function PreferenceFields({
  rows,
  shifts,
  inputProps,
  onAdd,
  onRemove,
}: {
  rows: readonly PreferenceRow[];
  shifts: readonly { id: string; code: string; nameEn: string; nameZh: string }[];
  inputProps: (i: number, field: keyof PreferenceRow) => object;
  onAdd: () => void;
  onRemove: (i: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const name = useLocalName();
  const weekdays = Array.from({ length: 7 }, (_, i) => ({
    value: String(i),
    label: weekdayOf(i, i18n.language),
  }));
  const shiftOptions = [
    { value: WHOLE_DAY, label: t('rostering.profile.wholeDay') },
    ...shifts.map((s) => ({ value: s.id, label: `${s.code} · ${name(s.nameEn, s.nameZh)}` })),
  ];
  return (
    <Stack gap="xs">
      {rows.map((_, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="wrap">
          <Select
            label={t('rostering.profile.weekday')}
            data={weekdays}
            allowDeselect={false}
            w={140}
            {...inputProps(i, 'weekday')}
          />
          <Select
            label={t('rostering.profile.shift')}
            data={shiftOptions}
            allowDeselect={false}
            w={200}
            {...inputProps(i, 'shiftTemplateId')}
          />
          <Select
            label={t('rostering.profile.kind')}
            data={[
              { value: 'want', label: t('rostering.profile.want') },
              { value: 'avoid', label: t('rostering.profile.avoid') },
            ]}
            allowDeselect={false}
            w={120}
            {...inputProps(i, 'kind')}
          />
          <NumberInput
            label={t('rostering.profile.weight')}
            min={1}
            max={10}
            allowDecimal={false}
            w={90}
            {...inputProps(i, 'weight')}
          />
          <Button variant="subtle" color="red" onClick={() => onRemove(i)}>
            {t('common.delete')}
          </Button>
        </Group>
      ))}
      <Button variant="default" w="fit-content" onClick={onAdd}>
        {t('rostering.profile.addPreference')}
      </Button>
    </Stack>
  );
}
