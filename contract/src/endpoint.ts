import type { Static, TSchema } from 'typebox';
import type { RouteAccess } from './permissions.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One endpoint, defined once: method, path (`:name` parameters), who may call it, its params,
 * query, body and answer. The server registers its route from it (server/src/http/endpoint.ts)
 * and the web calls it through one typed client (web/src/lib/endpoint-client.ts): no path or
 * return type is written twice.
 */
export interface Endpoint {
  method: HttpMethod;
  path: `/api/${string}`;
  access: RouteAccess;
  summary: string;
  params?: TSchema;
  query?: TSchema;
  body?: TSchema;
  response: TSchema;
  /** The success status; 200 unless said. 204 answers no body: its response is `Type.Null()`. */
  status?: 200 | 201 | 202 | 204;
  /**
   * Media types of a body that is not JSON, the first one the web sends: a text checked by `body`
   * (e.g. a CSV), or, without `body`, a file the server reads as it is (a Blob from the web).
   */
  consumes?: readonly string[];
}

/**
 * The answer of a download (CSV, PDF …) in place of a schema: the web links to it (endpointUrl in
 * web/src/lib/endpoint-client.ts) and never parses it. `schema` is the file's, as OpenAPI shows it.
 */
export function FileResponse<S extends TSchema>(mediaType: string, description: string, schema: S) {
  return { description, content: { [mediaType]: { schema } } };
}

/** Keeps the endpoint's literal types (path, method, schemas) for the server and the client. */
export const endpoint = <const E extends Endpoint>(e: E): E => e;

type StaticOr<S, D> = S extends TSchema ? Static<S> : D;
export type EndpointParams<E extends Endpoint> = StaticOr<E['params'], Record<string, never>>;
export type EndpointQuery<E extends Endpoint> = StaticOr<E['query'], Record<string, never>>;
export type EndpointBody<E extends Endpoint> = StaticOr<E['body'], undefined>;
/** The answer's type; nothing (void) for a 204. */
export type EndpointResponse<E extends Endpoint> = E extends { status: 204 } ? void : Static<E['response']>;

/** The path with its parameters filled in (each URI-encoded). */
export function endpointPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`${path}: no value for :${name}`);
    return encodeURIComponent(String(v));
  });
}
