import { Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { GRAINS, type Grain } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import {
  matchQuickRange,
  quickRange,
  QUICK_RANGES,
  type PeriodValue,
  type QuickRange,
} from '../utils/period';
import { todayIso } from '../../../lib/dates';

/** Quick periods (this month, last month, this quarter, last 12 weeks), a custom range and the grain. */
export function PeriodPicker({
  value,
  onChange,
  withGrain = true,
}: {
  value: PeriodValue;
  onChange: (p: PeriodValue) => void;
  /** Show the grain (day/week/month/quarter) too; pages without a time series leave it out. */
  withGrain?: boolean;
}) {
  const { t } = useTranslation();
  const today = todayIso();
  const quick = matchQuickRange(value, today);
  const setDate = (k: 'from' | 'to', v: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return;
    const next = { ...value, [k]: v };
    if (next.from <= next.to) onChange(next);
  };
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="group" aria-label={t('period.label')}>
      <Select
        label={t('period.quick')}
        data={[
          ...QUICK_RANGES.map((q) => ({ value: q, label: t(`period.quickRange.${q}`) })),
          { value: 'custom', label: t('period.custom') },
        ]}
        value={quick ?? 'custom'}
        onChange={(v) => {
          if (v && v !== 'custom') onChange({ ...quickRange(v as QuickRange, today), grain: value.grain });
        }}
        allowDeselect={false}
        w={200}
      />
      <TextInput
        type="date"
        label={t('period.from')}
        value={value.from}
        max={value.to}
        onChange={(e) => setDate('from', e.currentTarget.value)}
      />
      <TextInput
        type="date"
        label={t('period.to')}
        value={value.to}
        min={value.from}
        onChange={(e) => setDate('to', e.currentTarget.value)}
      />
      {withGrain && (
        <div>
          <SegmentedControl
            aria-label={t('period.grain')}
            data={GRAINS.map((g) => ({ value: g, label: t(`period.grains.${g}`) }))}
            value={value.grain}
            onChange={(g) => onChange({ ...value, grain: g as Grain })}
          />
        </div>
      )}
    </Group>
  );
}
