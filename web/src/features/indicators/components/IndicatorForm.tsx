import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AGGREGATIONS,
  CreateIndicatorBody,
  INDICATOR_CATEGORIES,
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
  INDICATOR_UNITS,
} from '@frontline/contract';
import { numberValue, useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCreateIndicator, usePolicies } from '../hooks/useIndicators';

/** The value if it is one of `values`, else the first of them. */
function pickOne<T extends string>(values: readonly T[], v: string | null): T {
  return (values as readonly (string | null)[]).includes(v) ? (v as T) : (values[0] as T);
}

const EMPTY = {
  code: '',
  nameEn: '',
  nameZh: '',
  unit: 'percent' as string | null,
  direction: 'higher_better' as string | null,
  aggregation: 'proportion' as string | null,
  scale: 100 as number | string,
  category: 'customer' as string | null,
  source: 'manual' as string | null,
  numeratorLabel: '',
  denominatorLabel: '',
  formula: '',
  policyId: null as string | null,
};
type TextKey = 'code' | 'nameEn' | 'nameZh' | 'numeratorLabel' | 'denominatorLabel' | 'formula';
type PickKey = 'unit' | 'direction' | 'aggregation' | 'category' | 'source';

/** An admin's own indicator: the two bases it adds up, and how they make the figure. */
export function IndicatorForm() {
  const { t } = useTranslation();
  const name = useLocalName();
  const policies = usePolicies();
  const save = useCreateIndicator();
  const form = useContractForm({
    schema: CreateIndicatorBody,
    initialValues: EMPTY,
    toBody: (f) => ({
      code: f.code.trim(),
      nameEn: f.nameEn.trim(),
      nameZh: f.nameZh.trim() || null,
      unit: pickOne(INDICATOR_UNITS, f.unit),
      direction: pickOne(INDICATOR_DIRECTIONS, f.direction),
      aggregation: pickOne(AGGREGATIONS, f.aggregation),
      scale: f.scale === '' ? 1 : numberValue(f.scale),
      category: pickOne(INDICATOR_CATEGORIES, f.category),
      source: pickOne(INDICATOR_SOURCES, f.source),
      numeratorLabel: f.numeratorLabel.trim(),
      denominatorLabel: f.denominatorLabel.trim(),
      formula: f.formula.trim(),
      policyId: f.policyId,
    }),
  });
  const text = (k: TextKey, label: string, required = true) => (
    <TextInput label={label} required={required} {...form.getInputProps(k)} />
  );
  const pick = (k: PickKey, label: string, values: readonly string[], prefix: string) => (
    <Select
      label={label}
      data={values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }))}
      {...form.getInputProps(k)}
    />
  );
  const submit = form.onSubmit((body) =>
    save.mutate(body, { onSuccess: () => form.reset(), onError: form.applyServerErrors }),
  );
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate mb="md">
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
            min={0.000001}
            {...form.getInputProps('scale')}
          />
          {pick('category', t('indicators.category'), INDICATOR_CATEGORIES, 'indicators.cat')}
          {pick('source', t('indicators.source'), INDICATOR_SOURCES, 'indicators.sources')}
          {text('numeratorLabel', t('indicators.numerator'))}
          {text('denominatorLabel', t('indicators.denominator'))}
          <Select
            label={t('goals.policy')}
            clearable
            data={(policies.data ?? []).map((p) => ({
              value: p.id,
              label: name(p.current.titleEn, p.current.titleZh),
            }))}
            {...form.getInputProps('policyId')}
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
