import { Anchor, Button, Group, Pagination, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { StatusBadge } from '../../ui/StatusBadge';
import { useOrgUnits } from '../org/api';
import { usePeople } from './api';

const PAGE = 25;

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const units = useOrgUnits();
  const people = usePeople({
    q,
    orgUnitId: orgUnitId ?? undefined,
    status: status ?? undefined,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  });
  return (
    <>
      <PageTitle
        actions={
          can('people.write') && (
            <Group>
              <Button component={Link} to="/people/new">
                {t('people.add')}
              </Button>
              {can('people.import') && (
                <Button variant="light" component={Link} to="/people/import">
                  {t('nav.rosterImport')}
                </Button>
              )}
            </Group>
          )
        }
      >
        {t('people.title')}
      </PageTitle>
      <Group mb="md" align="end">
        <TextInput
          label={t('people.search')}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            setPage(1);
          }}
        />
        <Select
          label={t('people.orgUnit')}
          clearable
          searchable
          value={orgUnitId}
          onChange={(v) => {
            setOrgUnitId(v);
            setPage(1);
          }}
          data={(units.data ?? []).map((u) => ({
            value: u.id,
            label: localName(u.nameEn, u.nameZh, i18n.language),
          }))}
        />
        <Select
          label={t('people.status')}
          clearable
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          data={['active', 'on_leave', 'left'].map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
      </Group>
      <ErrorAlert error={people.error} />
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.name')}</Table.Th>
            <Table.Th>{t('people.employeeNumber')}</Table.Th>
            <Table.Th>{t('people.orgUnit')}</Table.Th>
            <Table.Th>{t('people.jobRole')}</Table.Th>
            <Table.Th>{t('people.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(people.data?.items ?? []).map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/people/${p.id}`}>
                  {localName(p.nameEn, p.nameZh, i18n.language)}
                </Anchor>
              </Table.Td>
              <Table.Td>{p.employeeNumber}</Table.Td>
              <Table.Td>{localName(p.orgUnitName, p.orgUnitNameZh, i18n.language)}</Table.Td>
              <Table.Td>
                {p.jobRoleName ? localName(p.jobRoleName, p.jobRoleNameZh, i18n.language) : '—'}
              </Table.Td>
              <Table.Td>
                <StatusBadge value={p.status} label={t(`status.${p.status}`)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between" mt="md">
        <Text size="sm">{t('common.total', { count: people.data?.total ?? 0 })}</Text>
        <Pagination
          total={Math.max(1, Math.ceil((people.data?.total ?? 0) / PAGE))}
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
