import {
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobRole } from '@frontline/contract';
import { patch, post } from '../../lib/api-client';
import { localName } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { useJobRoles } from './api';

const EMPTY = {
  code: '',
  nameEn: '',
  nameZh: '',
  description: '',
  performanceStandards: '',
  workOutputs: '',
};

export function JobRolesPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const roles = useJobRoles();
  const [editing, setEditing] = useState<string | null>(null);
  const [f, setF] = useState(EMPTY);
  const save = useMutation({
    mutationFn: () => {
      const body = { ...f, nameZh: f.nameZh || null };
      return editing
        ? patch<JobRole>(`/api/v1/job-roles/${editing}`, body)
        : post<JobRole>('/api/v1/job-roles', body);
    },
    onSuccess: async () => {
      setF(EMPTY);
      setEditing(null);
      await qc.invalidateQueries({ queryKey: ['job-roles'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const canEdit = can('job_roles.write');
  return (
    <>
      <PageTitle>{t('jobRoles.title')}</PageTitle>
      <Stack>
        {canEdit && (
          <Card withBorder component="form" onSubmit={submit}>
            <Title order={2} size="h4" mb="sm">
              {editing ? t('jobRoles.edit') : t('jobRoles.add')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
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
            </SimpleGrid>
            <Textarea
              label={t('jobRoles.description')}
              value={f.description}
              onChange={(e) => setF({ ...f, description: e.currentTarget.value })}
              autosize
              minRows={2}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Textarea
                label={t('jobRoles.standards')}
                description={t('jobRoles.onePerLine')}
                value={f.performanceStandards}
                onChange={(e) => setF({ ...f, performanceStandards: e.currentTarget.value })}
                autosize
                minRows={3}
              />
              <Textarea
                label={t('jobRoles.outputs')}
                description={t('jobRoles.onePerLine')}
                value={f.workOutputs}
                onChange={(e) => setF({ ...f, workOutputs: e.currentTarget.value })}
                autosize
                minRows={3}
              />
            </SimpleGrid>
            <ErrorAlert error={save.error} />
            <Group mt="sm">
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
          </Card>
        )}
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orgUnits.name')}</Table.Th>
              <Table.Th>{t('jobRoles.standards')}</Table.Th>
              <Table.Th>{t('jobRoles.outputs')}</Table.Th>
              <Table.Th>{t('jobRoles.people')}</Table.Th>
              {canEdit && <Table.Th>{t('common.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(roles.data ?? []).map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text fw={600}>{localName(r.nameEn, r.nameZh, i18n.language)}</Text>
                  <Text size="xs" c="dimmed">
                    {r.code}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{r.performanceStandards}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{r.workOutputs}</Table.Td>
                <Table.Td>{r.peopleCount}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => {
                        setEditing(r.id);
                        setF({
                          code: r.code,
                          nameEn: r.nameEn,
                          nameZh: r.nameZh ?? '',
                          description: r.description,
                          performanceStandards: r.performanceStandards,
                          workOutputs: r.workOutputs,
                        });
                      }}
                    >
                      {t('common.edit')}
                    </Button>
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
