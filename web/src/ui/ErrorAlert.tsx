import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';

/** An error as the user should read it: the translated code, and any row/column issues. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'internal';
  const issues = error instanceof ApiError ? (error.problem?.issues ?? []) : [];
  return (
    <Alert color="red" title={t(`errors.${code}`, { defaultValue: t('errors.internal') })} role="alert">
      {issues.length > 0 && (
        <List size="sm" data-testid="error-issues">
          {issues.slice(0, 50).map((i, n) => (
            <List.Item key={n}>
              {i.row !== undefined ? `${t('common.row')} ${i.row}` : ''}
              {i.column ? ` · ${i.column}` : i.row === undefined ? i.path : ''}: {i.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
