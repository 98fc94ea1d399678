import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonSummary } from '@frontline/contract';
import { useLocalName } from '../../../lib/i18n';
import { StatusBadge } from '../../../ui/StatusBadge';

export function PeopleTable({
  people,
  managers,
}: {
  people: PersonSummary[];
  managers: Map<string, PersonSummary>;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  if (people.length === 0) return <Text c="dimmed">{t('people.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Caption className="fl-sr-only">{t('people.tableCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('people.name')}</Table.Th>
            <Table.Th scope="col">{t('people.employeeNumber')}</Table.Th>
            <Table.Th scope="col">{t('people.orgUnit')}</Table.Th>
            <Table.Th scope="col">{t('people.jobRole')}</Table.Th>
            <Table.Th scope="col">{t('people.manager')}</Table.Th>
            <Table.Th scope="col">{t('people.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => {
            const manager = p.managerId ? managers.get(p.managerId) : undefined;
            return (
              <Table.Tr key={p.id}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/people/${p.id}`}>
                    {name(p.nameEn, p.nameZh)}
                  </Anchor>
                </Table.Th>
                <Table.Td>{p.employeeNumber}</Table.Td>
                <Table.Td>{name(p.orgUnitName, p.orgUnitNameZh)}</Table.Td>
                <Table.Td>{p.jobRoleName ? name(p.jobRoleName, p.jobRoleNameZh) : '—'}</Table.Td>
                <Table.Td>{manager ? name(manager.nameEn, manager.nameZh) : '—'}</Table.Td>
                <Table.Td>
                  <StatusBadge value={p.status} label={t(`status.${p.status}`)} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
