import type { TFunction } from 'i18next';
import { ApiError, type ProblemIssue } from './api-client';

/** The translation key of an error's code: `errors.<code>` (codes are dotted, so keys nest). */
export function problemKey(err: unknown): string {
  return `errors.${err instanceof ApiError ? err.code : 'internal'}`;
}

/** What went wrong, in the user's language: the code's text, or a generic message for an unknown code. */
export function problemMessage(t: TFunction, err: unknown): string {
  return t(problemKey(err), { defaultValue: t('errors.internal') });
}

/** The row/column (or field) issues of a problem, if it has any. */
export function problemIssues(err: unknown): ProblemIssue[] {
  return err instanceof ApiError ? err.issues : [];
}

/** A field name from an issue path such as `/orgUnitId` or `/rows/2/email`. */
export function issueField(issue: ProblemIssue): string {
  if (issue.column) return issue.column;
  const parts = issue.path.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}
