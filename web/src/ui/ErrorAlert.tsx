import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemIssues, problemMessage } from '../lib/problem';
import { IssuesTable } from './IssuesTable';

/** An error as the user should read it: the translated code, and any row/column issues in a table. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const issues = problemIssues(error);
  const message = problemMessage(t, error);
  // The message is the heading when a table of issues follows; otherwise it is the text itself.
  const heading = title ?? (issues.length > 0 ? message : undefined);
  return (
    <Alert color="red" variant="light" role="alert" title={heading}>
      {heading === message ? null : message}
      {issues.length > 0 && <IssuesTable issues={issues} />}
    </Alert>
  );
}
