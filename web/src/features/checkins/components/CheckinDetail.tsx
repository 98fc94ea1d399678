import { Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { CreateActionItemBody, UpdateCheckinBody, type Checkin } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { useContractForm } from '../../../lib/form';
import { formatDateTime } from '../../../lib/i18n';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { DataList } from '../../../ui/DataList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { inviteUrl } from '../api';
import { useCheckinAction, useCreateActionItem, useUpdateCheckin } from '../hooks/useCheckins';
import { ActionItemList } from './ActionItemList';
import { CheckinAgendaView } from './CheckinAgendaView';
import { CheckinStatusBadge } from './CheckinStatusBadge';
import { usePersonName } from '../../people/hooks/usePersonName';
import { Section } from '../../../ui/Section';

/** One check-in: when and where, the agenda, notes (private ones for the leader side only) and action items. */
export function CheckinDetail({ checkin: c }: { checkin: Checkin }) {
  const { t, i18n } = useTranslation();
  const pn = usePersonName();
  const action = useCheckinAction(c.id);
  return (
    <Stack>
      <Section title={t('checkins.details')}>
        <DataList
          items={[
            { label: t('checkins.when'), value: formatDateTime(c.scheduledAt, i18n.language) },
            { label: t('checkins.duration'), value: t('checkins.minutes', { count: c.durationMinutes }) },
            { label: t('checkins.location'), value: c.location },
            { label: t('checkins.leader'), value: c.leaderName ? pn(c.leaderPersonId, c.leaderName) : null },
            { label: t('checkins.state'), value: <CheckinStatusBadge status={c.status} /> },
            { label: t('checkins.heldAt'), value: c.heldAt ? formatDateTime(c.heldAt, i18n.language) : null },
          ]}
        />
        <Group mt="md" gap="sm">
          <Button component="a" href={inviteUrl(c.id)} download={`checkin-${c.id}.ics`} variant="default">
            {t('checkins.addToCalendar')}
          </Button>
          {c.abilities.hold && (
            <Button
              onClick={() => action.mutate('hold')}
              loading={action.isPending && action.variables === 'hold'}
            >
              {t('checkins.markHeld')}
            </Button>
          )}
          {c.abilities.refreshAgenda && (
            <Button variant="default" onClick={() => action.mutate('refresh-agenda')}>
              {t('checkins.refreshAgenda')}
            </Button>
          )}
          {c.abilities.cancel && (
            <ConfirmButton
              color="red"
              variant="outline"
              title={t('checkins.cancelTitle')}
              message={t('checkins.cancelMessage')}
              onConfirm={() => action.mutate('cancel')}
            >
              {t('checkins.cancel')}
            </ConfirmButton>
          )}
        </Group>
        <ErrorAlert error={action.error} />
      </Section>
      <Section title={t('checkins.agenda')}>
        <CheckinAgendaView agenda={c.agenda} />
      </Section>
      <CheckinNotes checkin={c} />
      <Section title={t('checkins.actionItems')}>
        <ActionItemList items={c.actionItems} />
        {c.abilities.edit && <AddActionItem checkin={c} />}
      </Section>
    </Stack>
  );
}

function CheckinNotes({ checkin: c }: { checkin: Checkin }) {
  const { t } = useTranslation();
  const update = useUpdateCheckin(c.id);
  const form = useContractForm({
    schema: UpdateCheckinBody,
    initialValues: { sharedNotes: c.sharedNotes, privateNotes: c.privateNotes ?? '' },
    toBody: (v) => ({
      sharedNotes: v.sharedNotes,
      ...(c.abilities.seePrivate ? { privateNotes: v.privateNotes } : {}),
    }),
  });
  const submit = form.onSubmit((body) => update.mutate(body, { onError: form.applyServerErrors }));
  return (
    <Section title={t('checkins.notes')}>
      {c.abilities.edit ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Textarea
              label={t('checkins.sharedNotes')}
              description={t('checkins.sharedNotesHelp')}
              autosize
              minRows={3}
              {...form.getInputProps('sharedNotes')}
            />
            {c.abilities.seePrivate && (
              <Textarea
                label={t('checkins.privateNotes')}
                description={t('checkins.privateNotesHelp')}
                autosize
                minRows={2}
                {...form.getInputProps('privateNotes')}
              />
            )}
            <ErrorAlert error={update.error} />
            {update.isSuccess && <SuccessAlert title={t('checkins.notesSaved')} />}
            <Button type="submit" loading={update.isPending} w="fit-content">
              {t('checkins.saveNotes')}
            </Button>
          </Stack>
        </form>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {t('checkins.sharedNotes')}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.sharedNotes || t('checkins.noNotes')}</Text>
          {c.abilities.seePrivate && c.privateNotes && (
            <>
              <Text size="sm" c="dimmed">
                {t('checkins.privateNotes')}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{c.privateNotes}</Text>
            </>
          )}
        </Stack>
      )}
    </Section>
  );
}

function AddActionItem({ checkin: c }: { checkin: Checkin }) {
  const { t } = useTranslation();
  const create = useCreateActionItem();
  const form = useContractForm({
    schema: CreateActionItemBody,
    initialValues: { title: '', owner: 'person' as string | null, dueOn: '' },
    toBody: (v) => ({
      personId: c.personId,
      checkinId: c.id,
      owner: v.owner === 'leader' ? ('leader' as const) : ('person' as const),
      title: v.title.trim(),
      dueOn: v.dueOn || null,
    }),
  });
  const submit = form.onSubmit((body) =>
    create.mutate(body, {
      // The owner stays as chosen for the next item.
      onSuccess: () => form.setValues({ title: '', dueOn: '' }),
      onError: form.applyServerErrors,
    }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('checkins.addAction')}>
      <Group align="flex-end" mt="md" wrap="wrap">
        <TextInput label={t('checkins.actionTitle')} required miw={260} {...form.getInputProps('title')} />
        <Select
          label={t('checkins.actionOwner')}
          allowDeselect={false}
          {...form.getInputProps('owner')}
          data={[
            { value: 'person', label: c.personName },
            { value: 'leader', label: c.leaderName ?? t('checkins.leader') },
          ]}
        />
        <TextInput label={t('checkins.actionDue')} type="date" {...form.getInputProps('dueOn')} />
        <Button type="submit" loading={create.isPending}>
          {t('checkins.addAction')}
        </Button>
      </Group>
      <ErrorAlert error={create.error} />
    </form>
  );
}
