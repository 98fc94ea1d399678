import { Button, Card, MultiSelect, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { CreateCalibrationBody } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useScorecards } from '../../assessments/hooks/useAssessments';
import { useCalibrationCandidates, useCreateCalibration } from '../hooks/useCalibration';

/** Starts a calibration session: its title, scorecard, the interactions (one a line) and the assessors. */
export function NewCalibrationForm() {
  const { t } = useTranslation();
  const name = useLocalName();
  const navigate = useNavigate();
  const cards = useScorecards();
  const candidates = useCalibrationCandidates();
  const create = useCreateCalibration();
  const form = useContractForm({
    schema: CreateCalibrationBody,
    initialValues: {
      title: '',
      scorecardId: null as string | null,
      interactions: '',
      assessorUserIds: [] as string[],
    },
    toBody: (f) => ({
      title: f.title.trim(),
      scorecardId: f.scorecardId ?? '',
      interactions: f.interactions
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      assessorUserIds: f.assessorUserIds,
    }),
  });
  const submit = form.onSubmit((body) =>
    create.mutate(body, {
      onSuccess: (s) => void navigate(`/calibration/${s.id}`),
      onError: form.applyServerErrors,
    }),
  );
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate maw={720}>
      <Stack>
        <TextInput label={t('calibration.title')} required {...form.getInputProps('title')} />
        <Select
          label={t('assessments.scorecard')}
          required
          searchable
          data={(cards.data ?? []).map((c) => ({ value: c.id, label: name(c.titleEn, c.titleZh) }))}
          {...form.getInputProps('scorecardId')}
        />
        <Textarea
          label={t('calibration.interactions')}
          description={t('calibration.interactionsHint')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('interactions')}
        />
        <MultiSelect
          label={t('calibration.assessors')}
          description={t('calibration.assessorsHint')}
          required
          searchable
          data={(candidates.data ?? []).map((c) => ({ value: c.userId, label: c.name }))}
          {...form.getInputProps('assessorUserIds')}
        />
        <ErrorAlert error={create.error} />
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t('calibration.start')}
        </Button>
      </Stack>
    </Card>
  );
}
