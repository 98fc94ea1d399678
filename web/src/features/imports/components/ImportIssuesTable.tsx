import { Box, Table, Text } from '@mantine/core';
import type { ImportIssue } from '@frontline/contract';
import { useTranslation } from 'react-i18next';
import { issueText } from '../utils/issues';

const MAX = 200;

/** The problems found in a file: line, column and what is wrong, in the user's language. */
export function ImportIssuesTable({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Box
        tabIndex={0}
        role="region"
        aria-label={t('issues.caption', { count: issues.length })}
        style={{ overflowX: 'auto' }}
      >
        <Table miw={500} fz="sm" withTableBorder data-testid="import-issues">
          <Table.Caption>{t('issues.caption', { count: issues.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.line')}</Table.Th>
              <Table.Th scope="col">{t('issues.column')}</Table.Th>
              <Table.Th scope="col">{t('issues.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.slice(0, MAX).map((issue, n) => (
              <Table.Tr key={n}>
                <Table.Td>{issue.line ?? '—'}</Table.Td>
                <Table.Td ff="monospace">{issue.column ?? '—'}</Table.Td>
                <Table.Td>{issueText(t, issue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      {issues.length > MAX && (
        <Text size="sm" mt={4}>
          {t('issues.more', { count: issues.length - MAX })}
        </Text>
      )}
    </>
  );
}
