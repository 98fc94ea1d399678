import { Button, Group, List, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobRole } from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';
import { EditDeleteActions } from '../../../ui/EditDeleteActions';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useDeleteJobRole, useJobRoles } from '../hooks/useOrg';
import { JobRoleFormModal } from './JobRoleFormModal';

/** Multi-line text as a list, one line an item. */
function Lines({ text }: { text: string }) {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);
  if (lines.length === 0) return <>—</>;
  return (
    <List size="sm" spacing={2}>
      {lines.map((l, i) => (
        <List.Item key={i}>{l}</List.Item>
      ))}
    </List>
  );
}

export function JobRolesAdmin({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const roles = useJobRoles();
  const remove = useDeleteJobRole();
  const [editing, setEditing] = useState<JobRole | null>(null);
  const [open, setOpen] = useState(false);
  if (roles.isPending) return <Loading />;
  const edit = (r: JobRole | null) => {
    remove.reset();
    setEditing(r);
    setOpen(true);
  };
  return (
    <>
      {canEdit && (
        <Group mb="md">
          <Button onClick={() => edit(null)}>{t('jobRoles.add')}</Button>
        </Group>
      )}
      <ErrorAlert error={roles.error ?? remove.error} />
      <Table.ScrollContainer minWidth={860}>
        <Table striped verticalSpacing="sm">
          <Table.Caption className="fl-sr-only">{t('jobRoles.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="22%">
                {t('orgUnits.name')}
              </Table.Th>
              <Table.Th scope="col">{t('jobRoles.standards')}</Table.Th>
              <Table.Th scope="col">{t('jobRoles.outputs')}</Table.Th>
              <Table.Th scope="col">{t('jobRoles.people')}</Table.Th>
              {canEdit && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(roles.data ?? []).map((r) => {
              const roleName = name(r.nameEn, r.nameZh);
              return (
                <Table.Tr key={r.id} style={{ verticalAlign: 'top' }}>
                  <Table.Th scope="row" fw={400}>
                    <Text fw={600}>{roleName}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {r.code}
                    </Text>
                    {r.description && (
                      <Text size="sm" mt={4} className="fl-pre-line">
                        {r.description}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <Lines text={r.performanceStandards} />
                  </Table.Td>
                  <Table.Td>
                    <Lines text={r.workOutputs} />
                  </Table.Td>
                  <Table.Td>{r.peopleCount}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <EditDeleteActions
                        name={roleName}
                        onEdit={() => edit(r)}
                        deleteTitle={t('jobRoles.deleteTitle', { name: roleName })}
                        deleteMessage={t('jobRoles.deleteText')}
                        onDelete={() => remove.mutate(r.id)}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canEdit && <JobRoleFormModal opened={open} role={editing} onClose={() => setOpen(false)} />}
    </>
  );
}
