import { Button, Group, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';
import { EditDeleteActions } from '../../../ui/EditDeleteActions';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useDeleteOrgUnit, useOrgUnits } from '../hooks/useOrg';
import { flatten, unitForest } from '../utils/tree';
import { OrgUnitFormModal } from './OrgUnitFormModal';

/** The org units as an indented table; with org.write, add, change and delete them. */
export function OrgUnitsAdmin({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const name = useLocalName();
  const units = useOrgUnits();
  const remove = useDeleteOrgUnit();
  const [editing, setEditing] = useState<OrgUnit | null>(null);
  const [open, setOpen] = useState(false);
  const rows = useMemo(() => flatten(unitForest(units.data ?? [])), [units.data]);
  const byId = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u])), [units.data]);
  if (units.isPending) return <Loading />;
  const edit = (u: OrgUnit | null) => {
    remove.reset();
    setEditing(u);
    setOpen(true);
  };
  return (
    <>
      {canEdit && (
        <Group mb="md">
          <Button onClick={() => edit(null)}>{t('orgUnits.add')}</Button>
        </Group>
      )}
      <ErrorAlert error={units.error ?? remove.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Caption className="fl-sr-only">{t('orgUnits.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('orgUnits.name')}</Table.Th>
              <Table.Th scope="col">{t('orgUnits.code')}</Table.Th>
              <Table.Th scope="col">{t('orgUnits.kind')}</Table.Th>
              <Table.Th scope="col">{t('orgUnits.parent')}</Table.Th>
              <Table.Th scope="col">{t('orgUnits.headcount')}</Table.Th>
              {canEdit && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ item: u, depth }) => {
              const unitName = name(u.nameEn, u.nameZh);
              const parent = u.parentId ? byId.get(u.parentId) : undefined;
              return (
                <Table.Tr key={u.id}>
                  <Table.Th scope="row" fw={depth === 0 ? 700 : 500}>
                    <Text span inherit pl={depth * 16}>
                      {unitName}
                    </Text>
                  </Table.Th>
                  <Table.Td ff="monospace">{u.code}</Table.Td>
                  <Table.Td>{t(`unitKind.${u.kind}`)}</Table.Td>
                  <Table.Td>{parent ? name(parent.nameEn, parent.nameZh) : '—'}</Table.Td>
                  <Table.Td>{u.headcount}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <EditDeleteActions
                        name={unitName}
                        onEdit={() => edit(u)}
                        deleteTitle={t('orgUnits.deleteTitle', { name: unitName })}
                        deleteMessage={t('orgUnits.deleteText')}
                        onDelete={() => remove.mutate(u.id)}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canEdit && (
        <OrgUnitFormModal
          opened={open}
          unit={editing}
          units={units.data ?? []}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
