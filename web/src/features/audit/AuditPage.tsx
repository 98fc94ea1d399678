import { Button, Code, Group, Pagination, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@frontline/contract';
import { get, qs } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import type { Page } from '../people/api';

const PAGE = 50;

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState('');
  const [entityType, setEntityType] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<number | null>(null);
  const q = useQuery({
    queryKey: ['audit', action, entityType, page],
    queryFn: () =>
      get<Page<AuditEntry>>(
        `/api/v1/audit${qs({ action, entityType, limit: PAGE, offset: (page - 1) * PAGE })}`,
      ),
  });
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <Group mb="md" align="end">
        <TextInput
          label={t('audit.action')}
          placeholder="person.updated"
          value={action}
          onChange={(e) => {
            setAction(e.currentTarget.value);
            setPage(1);
          }}
        />
        <TextInput
          label={t('audit.entityType')}
          placeholder="person"
          value={entityType}
          onChange={(e) => {
            setEntityType(e.currentTarget.value);
            setPage(1);
          }}
        />
      </Group>
      <ErrorAlert error={q.error} />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.when')}</Table.Th>
            <Table.Th>{t('audit.who')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(q.data?.items ?? []).map((e) => (
            <Fragment key={e.id}>
              <Table.Tr>
                <Table.Td>{new Date(e.occurredAt).toLocaleString(i18n.language)}</Table.Td>
                <Table.Td>{e.actorName ?? t('audit.system')}</Table.Td>
                <Table.Td>
                  <Code>{e.action}</Code>
                </Table.Td>
                <Table.Td>
                  {e.entityType}{' '}
                  {e.entityId ? (
                    <Text span size="xs" c="dimmed">
                      {e.entityId.slice(0, 8)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {(e.before !== null || e.after !== null) && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setOpen(open === e.id ? null : e.id)}
                      aria-expanded={open === e.id}
                    >
                      {open === e.id ? t('audit.hide') : t('audit.show')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
              {open === e.id && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Group align="start" grow>
                      <div>
                        <Text size="xs" fw={700}>
                          {t('audit.before')}
                        </Text>
                        <Code block>{JSON.stringify(e.before, null, 2)}</Code>
                      </div>
                      <div>
                        <Text size="xs" fw={700}>
                          {t('audit.after')}
                        </Text>
                        <Code block>{JSON.stringify(e.after, null, 2)}</Code>
                      </div>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt="md">
        <Text size="sm">{t('common.total', { count: q.data?.total ?? 0 })}</Text>
        <Pagination
          total={Math.max(1, Math.ceil((q.data?.total ?? 0) / PAGE))}
          value={page}
          onChange={setPage}
          aria-label={t('common.pages')}
          getControlProps={(control) => ({ 'aria-label': t(`common.page_${control}`) })}
          getItemProps={(n) => ({ 'aria-label': t('common.page_n', { n }) })}
        />
      </Group>
    </>
  );
}
