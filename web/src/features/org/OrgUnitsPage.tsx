import { Button, Card, Group, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_UNIT_KINDS, type OrgUnit } from '@frontline/contract';
import { del, patch, post } from '../../lib/api-client';
import { localName } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { useOrgUnits } from './api';

const EMPTY = { parentId: '', kind: 'team', code: '', nameEn: '', nameZh: '', timezone: 'Asia/Hong_Kong' };

export function OrgUnitsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const units = useOrgUnits();
  const [editing, setEditing] = useState<string | null>(null);
  const [f, setF] = useState(EMPTY);
  const save = useMutation({
    mutationFn: () => {
      const body = {
        parentId: f.parentId || null,
        kind: f.kind,
        code: f.code,
        nameEn: f.nameEn,
        nameZh: f.nameZh || null,
        timezone: f.timezone,
      };
      return editing
        ? patch<OrgUnit>(`/api/v1/org-units/${editing}`, body)
        : post<OrgUnit>('/api/v1/org-units', body);
    },
    onSuccess: async () => {
      setF(EMPTY);
      setEditing(null);
      await qc.invalidateQueries({ queryKey: ['org-units'] });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => del(`/api/v1/org-units/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['org-units'] }),
  });
  const name = (id: string | null) => {
    const u = units.data?.find((x) => x.id === id);
    return u ? localName(u.nameEn, u.nameZh, i18n.language) : '—';
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const canEdit = can('org.write');
  return (
    <>
      <PageTitle>{t('orgUnits.title')}</PageTitle>
      <Stack>
        {canEdit && (
          <Card withBorder component="form" onSubmit={submit}>
            <Title order={2} size="h4" mb="sm">
              {editing ? t('orgUnits.edit') : t('orgUnits.add')}
            </Title>
            <Group align="end" wrap="wrap">
              <Select
                label={t('orgUnits.parent')}
                clearable
                searchable
                value={f.parentId || null}
                onChange={(v) => setF({ ...f, parentId: v ?? '' })}
                data={(units.data ?? []).map((u) => ({
                  value: u.id,
                  label: localName(u.nameEn, u.nameZh, i18n.language),
                }))}
              />
              <Select
                label={t('orgUnits.kind')}
                value={f.kind}
                onChange={(v) => setF({ ...f, kind: v ?? 'team' })}
                data={ORG_UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
              />
              <TextInput
                label={t('orgUnits.code')}
                required
                value={f.code}
                onChange={(e) => setF({ ...f, code: e.currentTarget.value })}
              />
              <TextInput
                label={t('orgUnits.nameEn')}
                required
                value={f.nameEn}
                onChange={(e) => setF({ ...f, nameEn: e.currentTarget.value })}
              />
              <TextInput
                label={t('orgUnits.nameZh')}
                value={f.nameZh}
                onChange={(e) => setF({ ...f, nameZh: e.currentTarget.value })}
              />
              <TextInput
                label={t('orgUnits.timezone')}
                value={f.timezone}
                onChange={(e) => setF({ ...f, timezone: e.currentTarget.value })}
              />
              <Button type="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
              {editing && (
                <Button
                  variant="default"
                  onClick={() => {
                    setEditing(null);
                    setF(EMPTY);
                  }}
                >
                  {t('common.cancel')}
                </Button>
              )}
            </Group>
            <ErrorAlert error={save.error} />
          </Card>
        )}
        <ErrorAlert error={remove.error ?? units.error} />
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orgUnits.code')}</Table.Th>
              <Table.Th>{t('orgUnits.name')}</Table.Th>
              <Table.Th>{t('orgUnits.kind')}</Table.Th>
              <Table.Th>{t('orgUnits.parent')}</Table.Th>
              <Table.Th>{t('orgUnits.headcount')}</Table.Th>
              {canEdit && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(units.data ?? []).map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.code}</Table.Td>
                <Table.Td>{localName(u.nameEn, u.nameZh, i18n.language)}</Table.Td>
                <Table.Td>{t(`unitKind.${u.kind}`)}</Table.Td>
                <Table.Td>{name(u.parentId)}</Table.Td>
                <Table.Td>{u.headcount}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap="xs">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => {
                          setEditing(u.id);
                          setF({
                            parentId: u.parentId ?? '',
                            kind: u.kind,
                            code: u.code,
                            nameEn: u.nameEn,
                            nameZh: u.nameZh ?? '',
                            timezone: u.timezone,
                          });
                        }}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(u.id)}>
                        {t('common.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </>
  );
}
