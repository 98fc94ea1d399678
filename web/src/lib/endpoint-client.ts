import {
  endpointPath,
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

/** What a call needs: the endpoint's params, query and body, each only when it has one. */
export type CallInput<E extends Endpoint> = Part<'params', EndpointParams<E>> &
  Part<'query', EndpointQuery<E>> &
  Part<'body', EndpointBody<E>>;

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
  return api<EndpointResponse<E>>(e.method, path, body);
}
