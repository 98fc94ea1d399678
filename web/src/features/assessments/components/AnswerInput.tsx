import { NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import type { AnswerValue, ScorecardItem } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';

/** The answer to one scorecard item: yes / no / N/A, a level 1–5 with its behaviour, or points. */
export function AnswerInput({
  item,
  value,
  onChange,
  label,
}: {
  item: ScorecardItem;
  value: AnswerValue | null;
  onChange: (v: AnswerValue | null) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const na = item.naAllowed ? [{ value: 'na', label: t('assessments.na') }] : [];
  if (item.type === 'points') {
    return (
      <Stack gap={4}>
        <NumberInput
          label={label}
          min={0}
          max={item.maxPoints ?? 1}
          step={1}
          allowDecimal={false}
          description={t('assessments.pointsOf', { max: item.maxPoints ?? 1 })}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        />
      </Stack>
    );
  }
  const data =
    item.type === 'yes_no_na'
      ? [{ value: 'yes', label: t('assessments.yes') }, { value: 'no', label: t('assessments.no') }, ...na]
      : [...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })), ...na];
  const level = item.type === 'scale_1_5' && typeof value === 'number' ? item.levels?.[value - 1] : undefined;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={`item-${item.id}`}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={`item-${item.id}`}
        data={data}
        value={value === null ? '' : String(value)}
        onChange={(v) => onChange(v === 'yes' || v === 'no' || v === 'na' ? v : Number(v))}
        fullWidth
      />
      {level && (
        <Text size="sm" c="dimmed">
          {name(level.en, level.zh)}
        </Text>
      )}
    </Stack>
  );
}
