import { Button, Card, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { CreateCoachingBody, type CoachingOrigin } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addDays, todayIso } from '../../../lib/dates';
import { useContractForm } from '../../../lib/form';
import { useLocalName } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSession } from '../../auth/hooks/useSession';
import { useIndicators } from '../../indicators/hooks/useIndicators';
import { PersonSelect } from '../../people/components/PersonSelect';
import { usePerson } from '../../people/hooks/usePeople';
import { useCreatePlan } from '../hooks/useCoaching';

/** Starts a GROW coaching plan; from "Needs attention" the person and focus indicator come prefilled. */
export function NewCoachingForm({
  origin,
  personId,
  indicatorId,
}: {
  origin: CoachingOrigin;
  personId: string | null;
  indicatorId: string | null;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const navigate = useNavigate();
  const { me } = useSession();
  const indicators = useIndicators();
  const create = useCreatePlan();
  const known = usePerson(personId);
  const form = useContractForm({
    schema: CreateCoachingBody,
    initialValues: {
      personId,
      focusIndicatorId: indicatorId,
      focusSkill: '',
      gap: '',
      growGoal: '',
      growReality: '',
      growOptions: '',
      growWill: '',
      followUpOn: addDays(todayIso(), 28),
    },
    toBody: (f) => ({
      personId: f.personId ?? '',
      origin,
      focusIndicatorId: f.focusIndicatorId,
      focusSkill: f.focusSkill.trim() || null,
      ...(f.gap.trim() ? { gap: f.gap.trim() } : {}),
      growGoal: f.growGoal,
      growReality: f.growReality,
      growOptions: f.growOptions,
      growWill: f.growWill,
      followUpOn: f.followUpOn || null,
    }),
    // The plan needs a focus: an indicator or a skill in words (the server checks it too).
    extra: (f) =>
      !f.focusIndicatorId && !f.focusSkill.trim() ? { focusIndicatorId: 'coaching.focusRequired' } : {},
  });
  const submit = form.onSubmit((body) =>
    create.mutate(body, {
      onSuccess: (p) => void navigate(`/coaching/${p.id}`),
      onError: form.applyServerErrors,
    }),
  );
  const text = (
    key: 'gap' | 'growGoal' | 'growReality' | 'growOptions' | 'growWill',
    label: string,
    help?: string,
  ) => <Textarea label={label} description={help} autosize minRows={2} {...form.getInputProps(key)} />;
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate maw={760}>
      <Stack>
        {origin === 'needs_attention' && <Text c="dimmed">{t('coaching.fromAttention')}</Text>}
        {personId ? (
          <TextInput
            label={t('checkins.person')}
            readOnly
            value={known.data ? name(known.data.nameEn, known.data.nameZh) : ''}
          />
        ) : (
          <PersonSelect
            label={t('checkins.person')}
            required
            exclude={me?.personId}
            {...form.getInputProps('personId')}
            value={form.values.personId}
          />
        )}
        <Select
          label={t('coaching.focusIndicator')}
          required={origin === 'needs_attention'}
          searchable
          clearable={origin === 'manual'}
          data={(indicators.data ?? []).map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
          {...form.getInputProps('focusIndicatorId')}
        />
        <TextInput label={t('coaching.focusSkill')} {...form.getInputProps('focusSkill')} />
        {text('gap', t('coaching.gap'), t('coaching.gapHelp'))}
        {text('growGoal', t('coaching.grow.goal'), t('coaching.grow.goalHelp'))}
        {text('growReality', t('coaching.grow.reality'), t('coaching.grow.realityHelp'))}
        {text('growOptions', t('coaching.grow.options'), t('coaching.grow.optionsHelp'))}
        {text('growWill', t('coaching.grow.will'), t('coaching.grow.willHelp'))}
        <TextInput label={t('coaching.followUpOn')} type="date" {...form.getInputProps('followUpOn')} />
        <ErrorAlert error={create.error} />
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t('coaching.start')}
        </Button>
      </Stack>
    </Card>
  );
}
