import { Button, Group, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useCreateCheckin } from '../hooks/useCheckins';

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
  const navigate = useNavigate();
  const create = useCreateCheckin();
  const [person, setPerson] = useState<string | null>(personId ?? null);
  const [when, setWhen] = useState('');
  const [duration, setDuration] = useState<number | string>(30);
  const [location, setLocation] = useState('');
  const [agenda, setAgenda] = useState('');
  const [error, setError] = useState<string | null>(null);
  const chosen = personId ?? person;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosen || !when) {
      setError(t('validation.required'));
      return;
    }
    setError(null);
    create.mutate(
      {
        personId: chosen,
        scheduledAt: new Date(when).toISOString(),
        durationMinutes: typeof duration === 'number' ? duration : 30,
        location: location.trim() || null,
        ...(agenda.trim() ? { sharedNotes: agenda.trim() } : {}),
      },
      { onSuccess: (c) => void navigate(`/checkins/${c.id}`) },
    );
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('checkins.schedule')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          {!personId && (
            <PersonSelect
              label={t('checkins.person')}
              required
              value={person}
              onChange={setPerson}
              exclude={exclude}
              error={error && !person ? error : undefined}
            />
          )}
          <TextInput
            label={t('checkins.when')}
            type="datetime-local"
            required
            value={when}
            onChange={(e) => setWhen(e.currentTarget.value)}
            error={error && !when ? error : undefined}
          />
          <NumberInput
            label={t('checkins.duration')}
            min={5}
            max={480}
            step={5}
            value={duration}
            onChange={setDuration}
          />
          <TextInput
            label={t('checkins.location')}
            value={location}
            onChange={(e) => setLocation(e.currentTarget.value)}
          />
          <Textarea
            label={t('checkins.sharedNotes')}
            description={t('checkins.sharedNotesHelp')}
            autosize
            minRows={2}
            value={agenda}
            onChange={(e) => setAgenda(e.currentTarget.value)}
          />
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('checkins.scheduleSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
