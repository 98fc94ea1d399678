import { Box, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The header and first rows of an uploaded file, as read by the server. */
export function SampleTable({ columns, rows }: { columns: string[]; rows: string[][] }) {
  const { t } = useTranslation();
  return (
    // A focusable region: a wide file scrolls sideways, also from the keyboard (axe at phone width).
    <Box
      tabIndex={0}
      role="region"
      aria-label={t('imports.sampleCaption', { count: rows.length })}
      style={{ overflowX: 'auto' }}
    >
      <Table fz="sm" withTableBorder striped miw={600}>
        <Table.Caption>{t('imports.sampleCaption', { count: rows.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th scope="col" key={`${i}-${c}`} style={{ whiteSpace: 'nowrap' }}>
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, n) => (
            <Table.Tr key={n}>
              {columns.map((_, i) => (
                <Table.Td key={i} style={{ whiteSpace: 'nowrap' }}>
                  {r[i] ?? ''}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
