import { Button, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobRole } from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';
import { DataTable } from '../../../ui/DataTable';
import { EditDeleteActions } from '../../../ui/EditDeleteActions';
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
      <DataTable
        caption={t('jobRoles.caption')}
        captionHidden
        columns={[
          {
            header: t('orgUnits.name'),
            headerProps: { w: '22%' },
            cellProps: { fw: 400 },
            cell: (r) => (
              <>
                <Text fw={600}>{name(r.nameEn, r.nameZh)}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {r.code}
                </Text>
                {r.description && (
                  <Text size="sm" mt={4} className="fl-pre-line">
                    {r.description}
                  </Text>
                )}
              </>
            ),
          },
          { header: t('jobRoles.standards'), cell: (r) => <Lines text={r.performanceStandards} /> },
          { header: t('jobRoles.outputs'), cell: (r) => <Lines text={r.workOutputs} /> },
          { header: t('jobRoles.people'), cell: (r) => r.peopleCount },
          canEdit && {
            header: t('common.actions'),
            cell: (r) => {
              const roleName = name(r.nameEn, r.nameZh);
              return (
                <EditDeleteActions
                  name={roleName}
                  onEdit={() => edit(r)}
                  deleteTitle={t('jobRoles.deleteTitle', { name: roleName })}
                  deleteMessage={t('jobRoles.deleteText')}
                  onDelete={() => remove.mutate(r.id)}
                />
              );
            },
          },
        ]}
        rows={roles.data ?? []}
        error={roles.error ?? remove.error}
        rowKey={(r) => r.id}
        rowProps={() => ({ style: { verticalAlign: 'top' } })}
        minWidth={860}
        tableProps={{ withTableBorder: false, verticalSpacing: 'sm' }}
      />
      {canEdit && <JobRoleFormModal opened={open} role={editing} onClose={() => setOpen(false)} />}
    </>
  );
}
