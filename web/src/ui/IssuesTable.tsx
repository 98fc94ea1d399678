import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProblemIssue } from '../lib/api-client';
import { issueField } from '../lib/problem';

const MAX = 200;

/** The issues of a problem: row and column for file imports, else the field, with the message. */
export function IssuesTable({ issues }: { issues: ProblemIssue[] }) {
  const { t } = useTranslation();
  const hasRows = issues.some((i) => i.row !== undefined);
  return (
    <>
      <Table
        data-testid="error-issues"
        mt="xs"
        fz="sm"
        withTableBorder
        verticalSpacing={4}
        bg="var(--mantine-color-body)"
      >
        <Table.Caption>{t('issues.caption', { count: issues.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {hasRows && <Table.Th scope="col">{t('issues.row')}</Table.Th>}
            <Table.Th scope="col">{hasRows ? t('issues.column') : t('issues.field')}</Table.Th>
            <Table.Th scope="col">{t('issues.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.slice(0, MAX).map((issue, n) => (
            <Table.Tr key={n}>
              {hasRows && <Table.Td>{issue.row ?? '—'}</Table.Td>}
              <Table.Td ff="monospace">{issueField(issue) || '—'}</Table.Td>
              <Table.Td>{issue.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {issues.length > MAX && (
        <Text size="sm" mt={4}>
          {t('issues.more', { count: issues.length - MAX })}
        </Text>
      )}
    </>
  );
}
