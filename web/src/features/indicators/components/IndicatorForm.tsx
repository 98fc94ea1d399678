import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGGREGATIONS,
  INDICATOR_CATEGORIES,
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
  INDICATOR_UNITS,
} from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCreateIndicator, usePolicies } from '../hooks/useIndicators';

/** The value if it is one of `values`, else the first of them. */
function pickOne<T extends string>(values: readonly T[], v: string): T {
  return (values as readonly string[]).includes(v) ? (v as T) : (values[0] as T);
}

const EMPTY = {
  code: '',
  nameEn: '',
  nameZh: '',
  unit: 'percent',
  direction: 'higher_better',
  aggregation: 'proportion',
  scale: 100 as number | string,
  category: 'customer',
  source: 'manual',
  numeratorLabel: '',
  denominatorLabel: '',
  formula: '',
  policyId: '',
};

/** An admin's own indicator: the two bases it adds up, and how they make the figure. */
export function IndicatorForm() {
  const { t } = useTranslation();
  const name = useLocalName();
  const policies = usePolicies();
  const [f, setF] = useState(EMPTY);
  const save = useCreateIndicator();
  const text = (k: keyof typeof EMPTY, label: string, required = true) => (
    <TextInput
      label={label}
      required={required}
      value={String(f[k])}
      onChange={(e) => setF({ ...f, [k]: e.currentTarget.value })}
    />
  );
  const pick = (k: keyof typeof EMPTY, label: string, values: readonly string[], prefix: string) => (
    <Select
      label={label}
      value={String(f[k])}
      onChange={(v) => setF({ ...f, [k]: v ?? '' })}
      data={values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }))}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        code: f.code.trim(),
        nameEn: f.nameEn.trim(),
        nameZh: f.nameZh.trim() || null,
        unit: pickOne(INDICATOR_UNITS, f.unit),
        direction: pickOne(INDICATOR_DIRECTIONS, f.direction),
        aggregation: pickOne(AGGREGATIONS, f.aggregation),
        scale: Number(f.scale) || 1,
        category: pickOne(INDICATOR_CATEGORIES, f.category),
        source: pickOne(INDICATOR_SOURCES, f.source),
        numeratorLabel: f.numeratorLabel.trim(),
        denominatorLabel: f.denominatorLabel.trim(),
        formula: f.formula.trim(),
        policyId: f.policyId || null,
      },
      { onSuccess: () => setF(EMPTY) },
    );
  };
  return (
    <Card withBorder component="form" onSubmit={submit} mb="md">
      <Title order={2} size="h4" mb="sm">
        {t('indicators.add')}
      </Title>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('code', t('orgUnits.code'))}
          {text('nameEn', t('orgUnits.nameEn'))}
          {text('nameZh', t('orgUnits.nameZh'), false)}
          {pick('unit', t('indicators.unit'), INDICATOR_UNITS, 'indicators.units')}
          {pick('direction', t('indicators.direction'), INDICATOR_DIRECTIONS, 'indicators')}
          {pick('aggregation', t('indicators.aggregation'), AGGREGATIONS, 'indicators.agg')}
          <NumberInput
            label={t('indicators.scale')}
            description={t('indicators.scaleHelp')}
            value={f.scale}
            min={0.000001}
            onChange={(v) => setF({ ...f, scale: v })}
          />
          {pick('category', t('indicators.category'), INDICATOR_CATEGORIES, 'indicators.cat')}
          {pick('source', t('indicators.source'), INDICATOR_SOURCES, 'indicators.sources')}
          {text('numeratorLabel', t('indicators.numerator'))}
          {text('denominatorLabel', t('indicators.denominator'))}
          <Select
            label={t('goals.policy')}
            clearable
            value={f.policyId || null}
            onChange={(v) => setF({ ...f, policyId: v ?? '' })}
            data={(policies.data ?? []).map((p) => ({
              value: p.id,
              label: name(p.current.titleEn, p.current.titleZh),
            }))}
          />
        </SimpleGrid>
        {text('formula', t('indicators.formula'))}
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
