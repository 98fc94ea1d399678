import { Anchor, Table } from '@mantine/core';
import type { CheckinSummary } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/i18n';
import { CheckinStatusBadge } from './CheckinStatusBadge';
import { usePersonName } from '../../people/hooks/usePersonName';

/** Check-ins as a table; `caption` names the list for screen readers. */
export function CheckinTable({
  items,
  caption,
  showPerson,
}: {
  items: CheckinSummary[];
  caption: string;
  showPerson: boolean;
}) {
  const { t, i18n } = useTranslation();
  const pn = usePersonName();
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped withTableBorder verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('checkins.when')}</Table.Th>
            <Table.Th scope="col">{showPerson ? t('checkins.person') : t('checkins.leader')}</Table.Th>
            <Table.Th scope="col">{t('checkins.location')}</Table.Th>
            <Table.Th scope="col">{t('checkins.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/checkins/${c.id}`}>
                  {formatDateTime(c.scheduledAt, i18n.language)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {showPerson
                  ? pn(c.personId, c.personName)
                  : c.leaderName
                    ? pn(c.leaderPersonId, c.leaderName)
                    : '—'}
              </Table.Td>
              <Table.Td>{c.location ?? '—'}</Table.Td>
              <Table.Td>
                <CheckinStatusBadge status={c.status} />
              </Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>{t('checkins.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
