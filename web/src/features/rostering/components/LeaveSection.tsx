import { Button, Group, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { LEAVE_KINDS, type Leave, type LeaveKind } from '@frontline/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { QueryState } from '../../../ui/QueryState';
import { ScrollRegion } from '../../../ui/ScrollRegion';
import { StatusBadge } from '../../../ui/StatusBadge';
import { SuccessAlert } from '../../../ui/SuccessAlert';
import { useSession } from '../../auth/hooks/useSession';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useLeave, useLeaveChange } from '../hooks/useLeave';

const STATUS_COLORS: Record<Leave['status'], string> = {
  requested: 'yellow',
  approved: 'green',
  declined: 'red',
  cancelled: 'gray',
};

/** "Annual leave, 17–18 Nov 2026 (2 days)". */
function LeaveDates({ l }: { l: Leave }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const from = formatDate(l.startsOn, lang);
  return (
    <>
      {l.startsOn === l.endsOn ? from : `${from} – ${formatDate(l.endsOn, lang)}`}{' '}
      <Text span size="sm" c="dimmed">
        {t('rostering.leave.days', { count: l.days })}
      </Text>
    </>
  );
}

/**
 * The fields of a leave record: kind, first and last day, note; with a person to choose when a
 * leader records leave for one of their people (approved at once), else for oneself (a request).
 */
function LeaveForm({ personId, exclude }: { personId: string | null; exclude?: string | null }) {
  const { t } = useTranslation();
  const change = useLeaveChange();
  const [who, setWho] = useState<string | null>(null);
  const [kind, setKind] = useState<LeaveKind>('annual');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const target = personId ?? who;
  const send = () => {
    if (!target) return;
    change.mutate(
      { kind: 'request', body: { personId: target, kind, startsOn: from, endsOn: to || from, note } },
      {
        onSuccess: () => {
          setFrom('');
          setTo('');
          setNote('');
        },
      },
    );
  };
  return (
    <Stack gap="sm">
      {!personId && (
        <PersonSelect
          label={t('rostering.leave.person')}
          required
          value={who}
          onChange={setWho}
          exclude={exclude}
          maw={360}
        />
      )}
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('rostering.leave.kind')}
          data={LEAVE_KINDS.map((k) => ({ value: k, label: t(`rostering.leave.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v as LeaveKind)}
          allowDeselect={false}
          w={180}
        />
        <TextInput
          type="date"
          label={t('rostering.leave.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          required
          w={170}
        />
        <TextInput
          type="date"
          label={t('rostering.leave.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          w={170}
        />
      </Group>
      <Textarea
        label={t('rostering.leave.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={1000}
        rows={2}
        maw={560}
      />
      <ErrorAlert error={change.error} />
      {change.isSuccess && (
        <SuccessAlert title={personId ? t('rostering.leave.sent') : t('rostering.leave.recorded')} />
      )}
      <Button onClick={send} disabled={!from || !target} loading={change.isPending} w="fit-content">
        {personId ? t('rostering.leave.ask') : t('rostering.leave.recordButton')}
      </Button>
    </Stack>
  );
}

/**
 * My leave: ask for days away (my leader approves or declines) and follow what became of each
 * request; leave not yet over can be cancelled.
 */
export function MyLeave() {
  const { t } = useTranslation();
  const { me } = useSession();
  const q = useLeave(me?.personId ? { personId: me.personId } : {});
  if (!me?.personId) return null;
  return (
    <Stack aria-labelledby="my-leave">
      <Title order={2} size="h4" id="my-leave">
        {t('rostering.leave.mine')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('rostering.leave.mineHelp')}
      </Text>
      <LeaveForm personId={me.personId} />
      <QueryState query={q}>{(items) => <LeaveTable items={items} showPerson={false} />}</QueryState>
    </Stack>
  );
}

/** The team's leave for a leader: requests to approve or decline first, then the rest. */
export function TeamLeave() {
  const { t } = useTranslation();
  const { me } = useSession();
  const q = useLeave({ team: true });
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('rostering.leave.teamHelp')}
      </Text>
      <QueryState query={q}>
        {(items) => {
          const order = (l: Leave) => (l.status === 'requested' ? 0 : 1);
          return <LeaveTable items={[...items].sort((a, b) => order(a) - order(b))} showPerson decide />;
        }}
      </QueryState>
      <Title order={3} size="h5">
        {t('rostering.leave.record')}
      </Title>
      <LeaveForm personId={null} exclude={me?.personId ?? null} />
    </Stack>
  );
}

function LeaveTable({
  items,
  showPerson,
  decide = false,
}: {
  items: Leave[];
  showPerson: boolean;
  decide?: boolean;
}) {
  const { t } = useTranslation();
  const change = useLeaveChange();
  const [reasons, setReasons] = useState<Record<string, string>>({});
  if (items.length === 0) return <Text c="dimmed">{t('rostering.leave.none')}</Text>;
  return (
    <Stack gap="xs">
      <ErrorAlert error={change.error} />
      <ScrollRegion label={t('rostering.leave.caption')}>
        <Table
          miw={showPerson ? 760 : 560}
          striped
          withTableBorder
          verticalSpacing={4}
          data-testid="leave-table"
        >
          <Table.Caption>{t('rostering.leave.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {showPerson && <Table.Th scope="col">{t('rostering.leave.person')}</Table.Th>}
              <Table.Th scope="col">{t('rostering.leave.kind')}</Table.Th>
              <Table.Th scope="col">{t('rostering.leave.dates')}</Table.Th>
              <Table.Th scope="col">{t('rostering.leave.status')}</Table.Th>
              <Table.Th scope="col">{t('rostering.leave.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((l) => (
              <Table.Tr key={l.id}>
                {showPerson && (
                  <Table.Th scope="row" fw={400}>
                    {l.personName}
                  </Table.Th>
                )}
                <Table.Td>
                  {t(`rostering.leave.kinds.${l.kind}`)}
                  {l.note && (
                    <Text size="xs" c="dimmed">
                      {l.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <LeaveDates l={l} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge
                    value={l.status}
                    color={STATUS_COLORS[l.status]}
                    label={t(`rostering.leave.statuses.${l.status}`)}
                  />
                  {l.reason && (
                    <Text size="xs" c="dimmed">
                      {l.reason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="wrap">
                    {decide && l.canDecide && (
                      <>
                        <TextInput
                          size="xs"
                          w={160}
                          aria-label={t('rostering.leave.reasonFor', { name: l.personName })}
                          placeholder={t('rostering.leave.reason')}
                          value={reasons[l.id] ?? ''}
                          onChange={(e) => {
                            const v = e.currentTarget.value;
                            setReasons((r) => ({ ...r, [l.id]: v }));
                          }}
                        />
                        {(['approve', 'decline'] as const).map((decision) => (
                          <Button
                            key={decision}
                            size="xs"
                            variant={decision === 'approve' ? 'filled' : 'default'}
                            loading={change.isPending}
                            onClick={() =>
                              change.mutate({
                                kind: 'decide',
                                id: l.id,
                                body: { decision, reason: reasons[l.id] ?? '' },
                              })
                            }
                          >
                            {t(`rostering.leave.${decision}`)}
                          </Button>
                        ))}
                      </>
                    )}
                    {l.canCancel && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={change.isPending}
                        onClick={() => change.mutate({ kind: 'cancel', id: l.id })}
                      >
                        {t('rostering.leave.cancel')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}
