import { NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CreateCheckinBody } from '@frontline/contract';
import { numberValue, useContractForm } from '../../../lib/form';
import { Dialog } from '../../../ui/Dialog';
import { FormFooter } from '../../../ui/FormFooter';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useCreateCheckin } from '../hooks/useCheckins';

/** A `datetime-local` value as an instant ('' and nonsense stay as they are, for the schema to refuse). */
function instant(local: string): string {
  const d = new Date(local);
  return local === '' || Number.isNaN(d.getTime()) ? local : d.toISOString();
}

/** Schedules a check-in with one person (picked here, or given); opens it once saved. */
export function ScheduleCheckinDialog({
  opened,
  onClose,
  personId,
  exclude,
}: {
  opened: boolean;
  onClose: () => void;
  personId?: string | null;
  exclude?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Dialog opened={opened} onClose={onClose} title={t('checkins.schedule')} centered>
      <ScheduleCheckinForm onClose={onClose} personId={personId} exclude={exclude} />
    </Dialog>
  );
}

function ScheduleCheckinForm({
  onClose,
  personId,
  exclude,
}: {
  onClose: () => void;
  personId?: string | null;
  exclude?: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCheckin();
  const form = useContractForm({
    schema: CreateCheckinBody,
    initialValues: {
      personId: personId ?? null,
      when: '',
      duration: 30 as number | string,
      location: '',
      agenda: '',
    },
    toBody: (v) => ({
      personId: v.personId ?? '',
      scheduledAt: instant(v.when),
      durationMinutes: v.duration === '' ? 30 : numberValue(v.duration),
      location: v.location.trim() || null,
      ...(v.agenda.trim() ? { sharedNotes: v.agenda.trim() } : {}),
    }),
    fields: { scheduledAt: 'when', durationMinutes: 'duration', sharedNotes: 'agenda' },
  });
  const submit = form.onSubmit((body) =>
    create.mutate(body, {
      onSuccess: (c) => void navigate(`/checkins/${c.id}`),
      onError: form.applyServerErrors,
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {!personId && (
          <PersonSelect
            label={t('checkins.person')}
            required
            exclude={exclude}
            {...form.getInputProps('personId')}
            value={form.values.personId}
          />
        )}
        <TextInput
          label={t('checkins.when')}
          type="datetime-local"
          required
          {...form.getInputProps('when')}
        />
        <NumberInput
          label={t('checkins.duration')}
          min={5}
          max={480}
          step={5}
          {...form.getInputProps('duration')}
        />
        <TextInput label={t('checkins.location')} {...form.getInputProps('location')} />
        <Textarea
          label={t('checkins.sharedNotes')}
          description={t('checkins.sharedNotesHelp')}
          autosize
          minRows={2}
          {...form.getInputProps('agenda')}
        />
        <FormFooter
          error={create.error}
          pending={create.isPending}
          onCancel={onClose}
          submitLabel={t('checkins.scheduleSubmit')}
        />
      </Stack>
    </form>
  );
}
