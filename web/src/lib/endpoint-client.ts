import {
  endpointPath,
  type Page,
  type Endpoint,
  type EndpointBody,
  type EndpointParams,
  type EndpointQuery,
  type EndpointResponse,
} from '@frontline/contract';
import { api, qs, type QueryValue } from './api-client';

type Part<K extends string, T> = [T] extends [Record<string, never>] | [undefined]
  ? { [P in K]?: T }
  : { [P in K]: T };

/** A body that is not JSON (`consumes`): its text, or without a body schema a file sent as it is. */
type BodyOf<E extends Endpoint> = E extends { consumes: readonly string[] }
  ? [EndpointBody<E>] extends [undefined]
    ? Blob
    : EndpointBody<E>
  : EndpointBody<E>;

/** What a call needs: the endpoint's params, query and body, each only when it has one. */
export type CallInput<E extends Endpoint> = Part<'params', EndpointParams<E>> &
  Part<'query', EndpointQuery<E>> &
  Part<'body', BodyOf<E>>;

/**
 * Calls an endpoint defined in the contract: the path, method and answer type come from there
 * (no hand-written paths or return types). CSRF, problem+json errors and the sign-in redirect are
 * api-client's.
 */
export function call<E extends Endpoint>(e: E, input: CallInput<E>): Promise<EndpointResponse<E>> {
  const { params, query, body } = input as {
    params?: Record<string, string | number>;
    query?: Record<string, QueryValue>;
    body?: unknown;
  };
  const path = endpointPath(e.path, params) + (query ? qs(query) : '');
  // A 204 has no body: api() gives undefined, the contract's void.
  return api<EndpointResponse<E>>(e.method, path, body, { contentType: e.consumes?.[0] });
}

/** The address of a GET endpoint, for a link (a download the browser saves). */
export function endpointUrl<E extends Endpoint & { method: 'GET' }>(
  e: E,
  input: Omit<CallInput<E>, 'body'>,
): string {
  const { params, query } = input as {
    params?: Record<string, string | number>;
    query?: Record<string, QueryValue>;
  };
  return endpointPath(e.path, params) + (query ? qs(query) : '');
}

/** Every item of a paged endpoint, fetched page by page (the API allows at most 500 a page). */
export async function callAll<E extends Endpoint & { method: 'GET' }>(
  e: E,
  query: Omit<EndpointQuery<E>, 'limit' | 'offset'>,
): Promise<EndpointResponse<E> extends Page<infer T> ? T[] : never> {
  type Item = EndpointResponse<E> extends Page<infer T> ? T : never;
  const out: Item[] = [];
  const limit = 500;
  for (let offset = 0; ; offset += limit) {
    const path = endpointPath(e.path) + qs({ ...(query as Record<string, QueryValue>), limit, offset });
    const page = await api<Page<Item>>('GET', path);
    out.push(...page.items);
    if (page.items.length < limit || out.length >= page.total) return out as never;
  }
}
