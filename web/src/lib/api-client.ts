import { authEndpoints, type ErrorCode, type Page, type Problem } from '@frontline/contract';

/** What went wrong, as a stable code: one of the API's codes, or `network` when it could not be reached. */
export type ApiErrorCode = ErrorCode | 'network';
export type ProblemIssue = NonNullable<Problem['issues']>[number];

/** A problem+json answer from the API (or a failed request), with its stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get issues(): ProblemIssue[] {
    return this.problem?.issues ?? [];
  }
}

/** A 404 from the API: the record does not exist or is not the user's to see. */
export function isNotFound(err: unknown): boolean {
  return err instanceof ApiError && err.status === 404;
}

let csrfToken = '';
/** The session's CSRF token, kept in memory only, sent as x-csrf-token on every state-changing request. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}
export function getCsrfToken(): string {
  return csrfToken;
}

type Listener = () => void;
let onUnauthenticated: Listener | null = null;
/** Called when a request answers 401 (the session ended): the app then shows the sign-in page. */
export function setUnauthenticatedHandler(fn: Listener | null): void {
  onUnauthenticated = fn;
}

export const SESSION_PATH = authEndpoints.session.path;
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function isProblem(v: unknown): v is Problem {
  return typeof v === 'object' && v !== null && typeof (v as { code?: unknown }).code === 'string';
}

async function send(method: Method, path: string, body: unknown, contentType: string | undefined) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (MUTATING.has(method)) headers['x-csrf-token'] = csrfToken;
  let payload: string | Blob | undefined;
  if (body !== undefined) {
    if (typeof Blob !== 'undefined' && body instanceof Blob) {
      // A file is streamed as it is (never read into memory here).
      headers['content-type'] = contentType ?? 'application/octet-stream';
      payload = body;
    } else if (typeof body === 'string') {
      headers['content-type'] = contentType ?? 'text/plain';
      payload = body;
    } else {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
  }
  try {
    return await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', null);
  }
}

async function readBody(res: Response): Promise<unknown> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) return res.json();
  return res.text();
}

/**
 * One API request. JSON in and out (a string or a Blob/File body is sent as is, with `contentType`); an answer that
 * is not 2xx becomes an ApiError carrying the problem's code. A mutation refused for a stale CSRF
 * token fetches a fresh token and is tried once more.
 */
export async function api<T>(
  method: Method,
  path: string,
  body?: unknown,
  opts: { contentType?: string } = {},
): Promise<T> {
  let res = await send(method, path, body, opts.contentType);
  if (res.status === 403 && MUTATING.has(method)) {
    const data = await readBody(res.clone());
    if (isProblem(data) && data.code === 'auth.csrf') {
      const fresh = await send('GET', SESSION_PATH, undefined, undefined);
      const state = (await readBody(fresh)) as { csrfToken?: unknown };
      if (fresh.ok && typeof state.csrfToken === 'string') {
        setCsrfToken(state.csrfToken);
        res = await send(method, path, body, opts.contentType);
      }
    }
  }
  if (res.status === 204) return undefined as T;
  const data = await readBody(res);
  if (!res.ok) {
    const problem = isProblem(data) ? data : null;
    const code = (problem?.code as ErrorCode | undefined) ?? (res.status === 404 ? 'not_found' : 'internal');
    if (res.status === 401 && code === 'auth.unauthenticated' && path !== SESSION_PATH) onUnauthenticated?.();
    throw new ApiError(res.status, code, problem);
  }
  return data as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const del = <T = void>(path: string) => api<T>('DELETE', path);

export type QueryValue = string | number | boolean | undefined | null;
/** A query string from the defined, non-empty values only ('' when there are none). */
export function qs(params: Record<string, QueryValue>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}

/** The contract's page type, for the features not yet calling through endpoint-client. */
export type { Page };

/** Every item of a paged list, fetched page by page (the API allows at most 500 a page). */
export async function getAll<T>(path: string, params: Record<string, QueryValue> = {}): Promise<T[]> {
  const out: T[] = [];
  const limit = 500;
  for (let offset = 0; ; offset += limit) {
    const page = await get<Page<T>>(`${path}${qs({ ...params, limit, offset })}`);
    out.push(...page.items);
    if (page.items.length < limit || out.length >= page.total) return out;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether an id from the address can be a record id at all (the API answers 400, not 404, otherwise). */
export function isUuid(v: string | null | undefined): v is string {
  return !!v && UUID.test(v);
}
