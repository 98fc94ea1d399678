import { Button, Card, Group, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { Checkin } from '@frontline/contract';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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

/** One check-in: when and where, the agenda, notes (private ones for the leader side only) and action items. */
export function CheckinDetail({ checkin: c }: { checkin: Checkin }) {
  const { t, i18n } = useTranslation();
  const pn = usePersonName();
  const action = useCheckinAction(c.id);
  return (
    <Stack>
      <Card withBorder component="section" aria-labelledby="checkin-when">
        <Title id="checkin-when" order={2} size="h4" mb="sm">
          {t('checkins.details')}
        </Title>
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
          {c.abilities.edit && c.status === 'planned' && (
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
      </Card>
      <Card withBorder component="section" aria-labelledby="checkin-agenda">
        <Title id="checkin-agenda" order={2} size="h4" mb="sm">
          {t('checkins.agenda')}
        </Title>
        <CheckinAgendaView agenda={c.agenda} />
      </Card>
      <CheckinNotes checkin={c} />
      <Card withBorder component="section" aria-labelledby="checkin-actions">
        <Title id="checkin-actions" order={2} size="h4" mb="sm">
          {t('checkins.actionItems')}
        </Title>
        <ActionItemList items={c.actionItems} />
        {c.abilities.edit && <AddActionItem checkin={c} />}
      </Card>
    </Stack>
  );
}

function CheckinNotes({ checkin: c }: { checkin: Checkin }) {
  const { t } = useTranslation();
  const update = useUpdateCheckin(c.id);
  const [shared, setShared] = useState(c.sharedNotes);
  const [priv, setPriv] = useState(c.privateNotes ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ sharedNotes: shared, ...(c.abilities.seePrivate ? { privateNotes: priv } : {}) });
  };
  return (
    <Card withBorder component="section" aria-labelledby="checkin-notes">
      <Title id="checkin-notes" order={2} size="h4" mb="sm">
        {t('checkins.notes')}
      </Title>
      {c.abilities.edit ? (
        <form onSubmit={submit}>
          <Stack>
            <Textarea
              label={t('checkins.sharedNotes')}
              description={t('checkins.sharedNotesHelp')}
              autosize
              minRows={3}
              value={shared}
              onChange={(e) => setShared(e.currentTarget.value)}
            />
            {c.abilities.seePrivate && (
              <Textarea
                label={t('checkins.privateNotes')}
                description={t('checkins.privateNotesHelp')}
                autosize
                minRows={2}
                value={priv}
                onChange={(e) => setPriv(e.currentTarget.value)}
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
    </Card>
  );
}

function AddActionItem({ checkin: c }: { checkin: Checkin }) {
  const { t } = useTranslation();
  const create = useCreateActionItem();
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<'person' | 'leader'>('person');
  const [dueOn, setDueOn] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    create.mutate(
      { personId: c.personId, checkinId: c.id, owner, title: title.trim(), dueOn: dueOn || null },
      {
        onSuccess: () => {
          setTitle('');
          setDueOn('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('checkins.addAction')}>
      <Group align="flex-end" mt="md" wrap="wrap">
        <TextInput
          label={t('checkins.actionTitle')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          miw={260}
        />
        <Select
          label={t('checkins.actionOwner')}
          value={owner}
          onChange={(v) => setOwner(v === 'leader' ? 'leader' : 'person')}
          allowDeselect={false}
          data={[
            { value: 'person', label: c.personName },
            { value: 'leader', label: c.leaderName ?? t('checkins.leader') },
          ]}
        />
        <TextInput
          label={t('checkins.actionDue')}
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
        />
        <Button type="submit" loading={create.isPending}>
          {t('checkins.addAction')}
        </Button>
      </Group>
      <ErrorAlert error={create.error} />
    </form>
  );
}
