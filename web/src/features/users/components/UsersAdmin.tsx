import { Badge, Button, Group, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@frontline/contract';
import { formatDateTime } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { Pager } from '../../../ui/Pager';
import { StatusBadge } from '../../../ui/StatusBadge';
import { useUsers } from '../hooks/useUsers';
import { UserFormModal } from './UserFormModal';

const PAGE_SIZE = 50;

export function UsersAdmin({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const users = useUsers({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const [editing, setEditing] = useState<User | null>(null);
  const [open, setOpen] = useState(false);
  if (users.isPending) return <Loading />;
  const edit = (u: User | null) => {
    setEditing(u);
    setOpen(true);
  };
  return (
    <>
      {canEdit && (
        <Group mb="md">
          <Button onClick={() => edit(null)}>{t('users.add')}</Button>
        </Group>
      )}
      <ErrorAlert error={users.error} />
      <Table.ScrollContainer minWidth={860}>
        <Table striped>
          <Table.Caption className="fl-sr-only">{t('users.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('login.email')}</Table.Th>
              <Table.Th scope="col">{t('users.displayName')}</Table.Th>
              <Table.Th scope="col">{t('users.person')}</Table.Th>
              <Table.Th scope="col">{t('users.roles')}</Table.Th>
              <Table.Th scope="col">{t('users.lastLogin')}</Table.Th>
              <Table.Th scope="col">{t('users.state')}</Table.Th>
              {canEdit && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(users.data?.items ?? []).map((u) => (
              <Table.Tr key={u.id}>
                <Table.Th scope="row" fw={400}>
                  {u.email}
                </Table.Th>
                <Table.Td>{u.displayName}</Table.Td>
                <Table.Td>{u.personName ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.roles.map((r) => (
                      <Badge key={r} variant="light" autoContrast tt="none">
                        {t(`roles.${r}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt, i18n.language) : '—'}</Table.Td>
                <Table.Td>
                  <StatusBadge
                    value={u.disabled ? 'disabled' : 'active'}
                    label={u.disabled ? t('users.disabled') : t('users.enabled')}
                  />
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('common.editNamed', { name: u.email })}
                      onClick={() => edit(u)}
                    >
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager total={users.data?.total ?? 0} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
      {canEdit && <UserFormModal opened={open} user={editing} onClose={() => setOpen(false)} />}
    </>
  );
}
