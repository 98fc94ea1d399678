import { Button, Card, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { CoachingOrigin } from '@frontline/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addDays, todayIso } from '../../../lib/dates';
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
  const [person, setPerson] = useState<string | null>(personId);
  const known = usePerson(personId);
  const [focus, setFocus] = useState<string | null>(indicatorId);
  const [f, setF] = useState({
    focusSkill: '',
    gap: '',
    growGoal: '',
    growReality: '',
    growOptions: '',
    growWill: '',
    followUpOn: addDays(todayIso(), 28),
  });
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!person || (!focus && !f.focusSkill.trim())) {
      setMissing(true);
      return;
    }
    create.mutate(
      {
        personId: person,
        origin,
        focusIndicatorId: focus,
        focusSkill: f.focusSkill.trim() || null,
        ...(f.gap.trim() ? { gap: f.gap.trim() } : {}),
        growGoal: f.growGoal,
        growReality: f.growReality,
        growOptions: f.growOptions,
        growWill: f.growWill,
        followUpOn: f.followUpOn || null,
      },
      { onSuccess: (p) => void navigate(`/coaching/${p.id}`) },
    );
  };
  const text = (key: keyof typeof f, label: string, help?: string) => (
    <Textarea
      label={label}
      description={help}
      autosize
      minRows={2}
      value={f[key]}
      onChange={(e) => setF({ ...f, [key]: e.currentTarget.value })}
    />
  );
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
            value={person}
            onChange={setPerson}
            exclude={me?.personId}
            error={missing && !person ? t('validation.required') : undefined}
          />
        )}
        <Select
          label={t('coaching.focusIndicator')}
          required={origin === 'needs_attention'}
          searchable
          clearable={origin === 'manual'}
          value={focus}
          onChange={setFocus}
          data={(indicators.data ?? []).map((i) => ({ value: i.id, label: name(i.nameEn, i.nameZh) }))}
          error={missing && !focus && !f.focusSkill.trim() ? t('coaching.focusRequired') : undefined}
        />
        <TextInput
          label={t('coaching.focusSkill')}
          value={f.focusSkill}
          onChange={(e) => setF({ ...f, focusSkill: e.currentTarget.value })}
        />
        {text('gap', t('coaching.gap'), t('coaching.gapHelp'))}
        {text('growGoal', t('coaching.grow.goal'), t('coaching.grow.goalHelp'))}
        {text('growReality', t('coaching.grow.reality'), t('coaching.grow.realityHelp'))}
        {text('growOptions', t('coaching.grow.options'), t('coaching.grow.optionsHelp'))}
        {text('growWill', t('coaching.grow.will'), t('coaching.grow.willHelp'))}
        <TextInput
          label={t('coaching.followUpOn')}
          type="date"
          value={f.followUpOn}
          onChange={(e) => setF({ ...f, followUpOn: e.currentTarget.value })}
        />
        <ErrorAlert error={create.error} />
        <Button type="submit" loading={create.isPending} w="fit-content">
          {t('coaching.start')}
        </Button>
      </Stack>
    </Card>
  );
}
