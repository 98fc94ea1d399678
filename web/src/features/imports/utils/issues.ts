import type { TFunction } from 'i18next';
import type { ImportIssue } from '@frontline/contract';

/**
 * An import issue in the user's language: `importIssue.<code>` with the issue's params (and its
 * column) interpolated; the server's English message when the code has no text.
 */
export function issueText(t: TFunction, issue: ImportIssue): string {
  return t(`importIssue.${issue.code}`, {
    column: issue.column ?? '—',
    value: '—',
    ...(issue.params ?? {}),
    defaultValue: issue.message,
  });
}
