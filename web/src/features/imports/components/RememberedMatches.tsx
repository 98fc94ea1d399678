import { Stack, Text } from '@mantine/core';
import type { ImportRemembered } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/i18n';
import { DataTable } from '../../../ui/DataTable';

/** Staff matched by someone's earlier hand-made choice: to whom, remembered by whom and when. */
export function RememberedMatches({ rows }: { rows: ImportRemembered[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack>
      <Text size="sm">{t('imports.rememberedHelp')}</Text>
      <DataTable
        caption={t('imports.rememberedCaption', { count: rows.length })}
        columns={[
          {
            header: t('imports.staffInFile'),
            cellProps: { fw: 500 },
            cell: (r) => r.name ?? r.email ?? r.employeeNumber ?? r.staffKey,
          },
          { header: t('imports.rows'), cell: (r) => r.rows },
          { header: t('imports.person'), cell: (r) => r.personName },
          {
            header: t('imports.rememberedBy'),
            cell: (r) =>
              t('imports.rememberedByOn', {
                name: r.rememberedBy ?? '—',
                when: formatDateTime(r.rememberedAt, i18n.language),
              }),
          },
        ]}
        rows={rows}
        rowKey={(r) => r.staffKey}
        minWidth={700}
        tableProps={{ striped: false, verticalSpacing: undefined, fz: 'sm' }}
        testId="import-remembered"
      />
    </Stack>
  );
}
