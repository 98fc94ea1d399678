import { Group, Radio, Select, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalName } from '../../../lib/i18n';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import type { MappingDraft } from '../utils/settings';

/** Which column of a generic file holds the staff member, the date, the indicator and the values. */
export function MappingFields({
  columns,
  value,
  onChange,
  showErrors,
}: {
  columns: string[];
  value: MappingDraft;
  onChange: (next: MappingDraft) => void;
  showErrors: boolean;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const indicators = useIndicators();
  const options = columns.map((c) => ({ value: c, label: c }));
  const set = <K extends keyof MappingDraft>(k: K, v: MappingDraft[K]) => onChange({ ...value, [k]: v });
  const required = (v: string) => (showErrors && !v ? t('validation.required') : undefined);
  const column = (k: 'staff' | 'date' | 'numerator' | 'denominator' | 'key', optional = false) => (
    <Select
      label={t(`imports.map.${k}`)}
      description={t(`imports.map.${k}Help`)}
      data={options}
      value={value[k] || null}
      onChange={(v) => set(k, v ?? '')}
      clearable={optional}
      searchable
      required={!optional}
      error={optional ? undefined : required(value[k])}
    />
  );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {column('staff')}
        {column('date')}
      </SimpleGrid>
      <Radio.Group
        label={t('imports.map.indicator')}
        value={value.indicatorMode}
        onChange={(v) => set('indicatorMode', v === 'column' ? 'column' : 'fixed')}
      >
        <Group mt={4}>
          <Radio value="fixed" label={t('imports.map.indicatorFixed')} />
          <Radio value="column" label={t('imports.map.indicatorColumn')} />
        </Group>
      </Radio.Group>
      {value.indicatorMode === 'fixed' ? (
        <Select
          label={t('imports.map.indicatorCode')}
          data={(indicators.data ?? [])
            .filter((i) => i.active)
            .map((i) => {
              const n = name(i.nameEn, i.nameZh);
              return { value: i.code, label: n.includes(`(${i.code})`) ? n : `${n} (${i.code})` };
            })}
          value={value.indicatorCode || null}
          onChange={(v) => set('indicatorCode', v ?? '')}
          searchable
          required
          error={required(value.indicatorCode)}
        />
      ) : (
        <Select
          label={t('imports.map.indicatorColumnPick')}
          description={t('imports.map.indicatorColumnHelp')}
          data={options}
          value={value.indicatorColumn || null}
          onChange={(v) => set('indicatorColumn', v ?? '')}
          searchable
          required
          error={required(value.indicatorColumn)}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {column('numerator')}
        {column('denominator', true)}
        {column('key', true)}
      </SimpleGrid>
    </Stack>
  );
}
