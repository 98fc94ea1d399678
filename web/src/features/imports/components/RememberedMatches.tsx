import { Stack, Table, Text } from '@mantine/core';
import type { ImportRemembered } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/i18n';

/** Staff matched by someone's earlier hand-made choice: to whom, remembered by whom and when. */
export function RememberedMatches({ rows }: { rows: ImportRemembered[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack>
      <Text size="sm">{t('imports.rememberedHelp')}</Text>
      <Table.ScrollContainer minWidth={700}>
        <Table fz="sm" withTableBorder data-testid="import-remembered">
          <Table.Caption>{t('imports.rememberedCaption', { count: rows.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.staffInFile')}</Table.Th>
              <Table.Th scope="col">{t('imports.rows')}</Table.Th>
              <Table.Th scope="col">{t('imports.person')}</Table.Th>
              <Table.Th scope="col">{t('imports.rememberedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.staffKey}>
                <Table.Th scope="row" fw={500}>
                  {r.name ?? r.email ?? r.employeeNumber ?? r.staffKey}
                </Table.Th>
                <Table.Td>{r.rows}</Table.Td>
                <Table.Td>{r.personName}</Table.Td>
                <Table.Td>
                  {t('imports.rememberedByOn', {
                    name: r.rememberedBy ?? '—',
                    when: formatDateTime(r.rememberedAt, i18n.language),
                  })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
