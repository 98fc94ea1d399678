import type { ErrorCode } from '@frontline/contract';

export interface ErrorIssue {
  path: string;
  message: string;
  row?: number;
  column?: string;
}

/** An error a user can act on. Mapped to RFC 9457 problem+json by the HTTP error handler. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** 429: too many tries; the answer says in Retry-After how many seconds to wait. */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterMs: number, message: string) {
    super('rate_limited', 429, message);
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  }
}

export const NotFound = (code: ErrorCode, message = 'Not found') => new AppError(code, 404, message);
export const Forbidden = (code: ErrorCode, message = 'Forbidden') => new AppError(code, 403, message);
export const Conflict = (code: ErrorCode, message: string) => new AppError(code, 409, message);
export const Unauthenticated = (message = 'Sign in first') =>
  new AppError('auth.unauthenticated', 401, message);
export const Invalid = (code: ErrorCode, message: string, issues?: ErrorIssue[]) =>
  new AppError(code, 400, message, issues);
export const Unprocessable = (code: ErrorCode, message: string, issues?: ErrorIssue[]) =>
  new AppError(code, 422, message, issues);

/** PostgreSQL unique_violation on a named constraint or index. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; message?: string } | null;
  if (!e || e.code !== '23505') return false;
  if (!constraint) return true;
  return e.constraint === constraint || (e.message ?? '').includes(constraint);
}
