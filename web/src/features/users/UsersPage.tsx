import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  PasswordInput,
  Select,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type User } from '@frontline/contract';
import { get, patch, post } from '../../lib/api-client';
import { localName } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { usePeople, type Page } from '../people/api';

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const users = useQuery({ queryKey: ['users'], queryFn: () => get<Page<User>>('/api/v1/users?limit=500') });
  const people = usePeople({ limit: 500 });
  const [f, setF] = useState({
    email: '',
    displayName: '',
    password: '',
    personId: '',
    roles: ['staff'] as string[],
  });
  const create = useMutation({
    mutationFn: () => post<User>('/api/v1/users', { ...f, personId: f.personId || null }),
    onSuccess: async () => {
      setF({ email: '', displayName: '', password: '', personId: '', roles: ['staff'] });
      await qc.invalidateQueries({ queryKey: ['users'] });
    },
  });
  const update = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) =>
      patch<User>(`/api/v1/users/${id}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      <Stack>
        {can('users.write') && (
          <Card withBorder component="form" onSubmit={submit}>
            <Title order={2} size="h4" mb="sm">
              {t('users.add')}
            </Title>
            <Group align="end" wrap="wrap">
              <TextInput
                label={t('login.email')}
                type="email"
                required
                value={f.email}
                onChange={(e) => setF({ ...f, email: e.currentTarget.value })}
              />
              <TextInput
                label={t('users.displayName')}
                required
                value={f.displayName}
                onChange={(e) => setF({ ...f, displayName: e.currentTarget.value })}
              />
              <PasswordInput
                label={t('users.initialPassword')}
                required
                value={f.password}
                onChange={(e) => setF({ ...f, password: e.currentTarget.value })}
              />
              <Select
                label={t('users.person')}
                searchable
                clearable
                value={f.personId || null}
                onChange={(v) => setF({ ...f, personId: v ?? '' })}
                data={(people.data?.items ?? []).map((p) => ({
                  value: p.id,
                  label: localName(p.nameEn, p.nameZh, i18n.language),
                }))}
              />
              <MultiSelect
                label={t('users.roles')}
                value={f.roles}
                onChange={(v) => setF({ ...f, roles: v })}
                data={roleOptions}
              />
              <Button type="submit" loading={create.isPending}>
                {t('common.save')}
              </Button>
            </Group>
            <ErrorAlert error={create.error} />
          </Card>
        )}
        <ErrorAlert error={update.error ?? users.error} />
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('login.email')}</Table.Th>
              <Table.Th>{t('users.displayName')}</Table.Th>
              <Table.Th>{t('users.person')}</Table.Th>
              <Table.Th>{t('users.roles')}</Table.Th>
              <Table.Th>{t('users.disabled')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(users.data?.items ?? []).map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>{u.personName ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.roles.map((r) => (
                      <Badge key={r} variant="light" autoContrast>
                        {t(`roles.${r}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${t('users.disabled')}: ${u.email}`}
                    checked={u.disabled}
                    disabled={!can('users.write')}
                    onChange={(e) => update.mutate({ id: u.id, body: { disabled: e.currentTarget.checked } })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </>
  );
}
