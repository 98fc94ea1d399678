import { Button, Card, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import {
  CreateSamplingPlanBody,
  SAMPLING_CHANNELS,
  type SamplingChannel,
  type SamplingPeriodKind,
} from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useScorecards } from '../../assessments/hooks/useAssessments';
import { useOrgUnits } from '../../org/hooks/useOrg';
import { useCreatePlan, useSamplingAssessors, useSamplingPrecision } from '../hooks/useSampling';
import { PrecisionText } from './PrecisionText';

/** A new sampling plan: the QA scorecard, n per person per period, whose interactions, which assessors. */
export function PlanForm() {
  const { t } = useTranslation();
  const name = useLocalName();
  const navigate = useNavigate();
  const cards = useScorecards({ kind: 'qa_interaction' });
  const units = useOrgUnits();
  const assessors = useSamplingAssessors();
  const create = useCreatePlan();
  const form = useContractForm({
    schema: CreateSamplingPlanBody,
    initialValues: {
      title: '',
      scorecardId: null as string | null,
      perPerson: 4 as number | string,
      periodKind: 'month' as SamplingPeriodKind,
      orgUnitId: null as string | null,
      channels: [] as SamplingChannel[],
      assessorUserIds: [] as string[],
    },
    toBody: (f) => ({
      title: f.title.trim(),
      scorecardId: f.scorecardId ?? '',
      perPerson: Number(f.perPerson),
      periodKind: f.periodKind,
      orgUnitId: f.orgUnitId,
      channels: f.channels,
      assessorUserIds: f.assessorUserIds,
    }),
  });
  const precision = useSamplingPrecision(form.values.scorecardId, Number(form.values.perPerson));
  const submit = form.onSubmit((body) =>
    create.mutate(body, {
      onSuccess: (p) => void navigate(`/sampling/${p.id}`),
      onError: form.applyServerErrors,
    }),
  );
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate maw={720}>
      <Stack>
        <TextInput label={t('sampling.title')} required {...form.getInputProps('title')} />
        <Select
          label={t('sampling.scorecard')}
          required
          data={(cards.data ?? []).map((c) => ({
            value: c.id,
            label: `${name(c.titleEn, c.titleZh)} · v${c.version}`,
          }))}
          {...form.getInputProps('scorecardId')}
        />
        <NumberInput
          label={t('sampling.perPerson')}
          required
          min={1}
          max={50}
          {...form.getInputProps('perPerson')}
        />
        <Select
          label={t('sampling.periodKind')}
          required
          allowDeselect={false}
          data={(['month', 'week'] as const).map((k) => ({ value: k, label: t(`sampling.period.${k}`) }))}
          {...form.getInputProps('periodKind')}
        />
        {precision.data && <PrecisionText p={precision.data} kind={form.values.periodKind} />}
        <Select
          label={t('sampling.unit')}
          description={t('sampling.unitHint')}
          clearable
          searchable
          data={(units.data ?? []).map((u) => ({ value: u.id, label: name(u.nameEn, u.nameZh) }))}
          {...form.getInputProps('orgUnitId')}
        />
        <MultiSelect
          label={t('sampling.channels')}
          description={t('sampling.channelsHint')}
          data={SAMPLING_CHANNELS.map((c) => ({ value: c, label: t(`sampling.channel.${c}`) }))}
          {...form.getInputProps('channels')}
        />
        <MultiSelect
          label={t('sampling.assessors')}
          required
          searchable
          data={(assessors.data ?? []).map((a) => ({ value: a.userId, label: a.name }))}
          {...form.getInputProps('assessorUserIds')}
        />
        <ErrorAlert error={create.error} />
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t('sampling.create')}
        </Button>
      </Stack>
    </Card>
  );
}
