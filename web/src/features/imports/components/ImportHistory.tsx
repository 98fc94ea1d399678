import { Anchor, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/i18n';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { Pager } from '../../../ui/Pager';
import { useImports } from '../hooks/useImports';
import { ImportStatusBadge } from './ImportStatusBadge';

const PAGE = 25;

/** Every import: what, from where, by whom and when, its status and counts; each links to its detail. */
export function ImportHistory() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useImports({ limit: PAGE, offset: (page - 1) * PAGE });
  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.data) return <Loading />;
  const { items, total } = list.data;
  return (
    <>
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover>
          <Table.Caption>{t('imports.historyCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.file')}</Table.Th>
              <Table.Th scope="col">{t('imports.source')}</Table.Th>
              <Table.Th scope="col">{t('imports.status')}</Table.Th>
              <Table.Th scope="col">{t('imports.counts.observations')}</Table.Th>
              <Table.Th scope="col">{t('imports.counts.inserted')}</Table.Th>
              <Table.Th scope="col">{t('imports.counts.updated')}</Table.Th>
              <Table.Th scope="col">{t('imports.counts.issues')}</Table.Th>
              <Table.Th scope="col">{t('imports.by')}</Table.Th>
              <Table.Th scope="col">{t('imports.when')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/imports/${b.id}`}>
                    {b.fileName}
                  </Anchor>
                  {b.via === 'api' && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {t('imports.viaApi')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{b.source ? t(`importSource.${b.source}`) : '—'}</Table.Td>
                <Table.Td>
                  <ImportStatusBadge status={b.status} />
                </Table.Td>
                <Table.Td>{b.counts.observations}</Table.Td>
                <Table.Td>{b.counts.inserted}</Table.Td>
                <Table.Td>{b.counts.updated}</Table.Td>
                <Table.Td>{b.counts.issues}</Table.Td>
                <Table.Td>{b.createdBy ?? '—'}</Table.Td>
                <Table.Td>{formatDateTime(b.createdAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
            {items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={9}>{t('imports.none')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager total={total} pageSize={PAGE} page={page} onChange={setPage} />
    </>
  );
}
