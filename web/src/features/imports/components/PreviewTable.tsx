import { Box, Table } from '@mantine/core';
import type { ImportPreviewRow } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/i18n';

/** The first rows as they will be stored: who, which indicator, when and the values. */
export function PreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Box
      tabIndex={0}
      role="region"
      aria-label={t('imports.previewCaption', { count: rows.length })}
      style={{ overflowX: 'auto' }}
    >
      <Table miw={700} fz="sm" withTableBorder striped>
        <Table.Caption>{t('imports.previewCaption', { count: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('imports.line')}</Table.Th>
            <Table.Th scope="col">{t('imports.staffInFile')}</Table.Th>
            <Table.Th scope="col">{t('imports.person')}</Table.Th>
            <Table.Th scope="col">{t('imports.indicator')}</Table.Th>
            <Table.Th scope="col">{t('imports.occurred')}</Table.Th>
            <Table.Th scope="col">{t('imports.numerator')}</Table.Th>
            <Table.Th scope="col">{t('imports.denominator')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.line}-${r.indicatorCode}`}>
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>{r.staffKey}</Table.Td>
              <Table.Td>{r.personName ?? t('imports.notMatched')}</Table.Td>
              <Table.Td ff="monospace">{r.indicatorCode}</Table.Td>
              <Table.Td>
                {r.occurredAt ? formatDateTime(r.occurredAt, i18n.language) : (r.occurredOn ?? '—')}
              </Table.Td>
              <Table.Td>{r.numerator}</Table.Td>
              <Table.Td>{r.denominator}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
