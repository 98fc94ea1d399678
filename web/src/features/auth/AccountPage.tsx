import { Button, Card, Group, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '@frontline/contract';
import { del, get, post } from '../../lib/api-client';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { LanguageSwitch } from '../shell/LanguageSwitch';

export function AccountPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const qc = useQueryClient();
  const sessions = useQuery({
    queryKey: ['sessions'],
    queryFn: () => get<SessionView[]>('/api/v1/auth/sessions'),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => del(`/api/v1/auth/sessions/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['sessions'] }),
  });
  const [pw, setPw] = useState({ currentPassword: '', newPassword: '' });
  const [done, setDone] = useState(false);
  const change = useMutation({
    mutationFn: () => post('/api/v1/auth/password', pw),
    onSuccess: () => setDone(true),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    change.mutate();
  };
  const fmt = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <Stack maw={720}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('shell.language')}
          </Title>
          <Group>
            <Text>{me?.email}</Text>
            <LanguageSwitch me={me} />
          </Group>
        </Card>
        <Card withBorder component="form" onSubmit={submit}>
          <Stack>
            <Title order={2} size="h4">
              {t('account.changePassword')}
            </Title>
            <PasswordInput
              label={t('account.currentPassword')}
              required
              autoComplete="current-password"
              value={pw.currentPassword}
              onChange={(e) => setPw({ ...pw, currentPassword: e.currentTarget.value })}
            />
            <PasswordInput
              label={t('account.newPassword')}
              description={t('account.passwordRule')}
              required
              autoComplete="new-password"
              value={pw.newPassword}
              onChange={(e) => setPw({ ...pw, newPassword: e.currentTarget.value })}
            />
            <ErrorAlert error={change.error} />
            {done && <Text c="green.8">{t('account.passwordChanged')}</Text>}
            <Group>
              <Button type="submit" loading={change.isPending}>
                {t('account.changePassword')}
              </Button>
            </Group>
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('account.sessions')}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.device')}</Table.Th>
                <Table.Th>{t('account.lastSeen')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(sessions.data ?? []).map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.userAgent?.slice(0, 60) ?? '—'}</Table.Td>
                  <Table.Td>{fmt(s.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    {s.current ? (
                      <Text size="sm">{t('account.thisSession')}</Text>
                    ) : (
                      <Button size="xs" variant="light" color="red" onClick={() => revoke.mutate(s.id)}>
                        {t('account.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      </Stack>
    </>
  );
}
