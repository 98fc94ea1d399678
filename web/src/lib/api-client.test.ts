import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  ApiError,
  getAll,
  getCsrfToken,
  isUuid,
  qs,
  setCsrfToken,
  setUnauthenticatedHandler,
} from './api-client';

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(null);
});

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: 'about:blank', title: 'x', status, code, ...extra }, 'application/problem+json');
const header = (init: RequestInit | undefined, name: string) =>
  (init?.headers as Record<string, string>)[name];

describe('api client', () => {
  it('sends x-csrf-token on every POST, PUT, PATCH and DELETE, and not on GET', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return init.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, { ok: true });
    });
    setCsrfToken('tok-123');
    await api('GET', '/api/v1/people');
    await api('POST', '/api/v1/people', { a: 1 });
    await api('PUT', '/api/v1/me/locale', { locale: 'en' });
    await api('PATCH', '/api/v1/people/x', { a: 2 });
    expect(await api('DELETE', '/api/v1/org-units/x')).toBeUndefined();
    expect(header(calls[0]?.init, 'x-csrf-token')).toBeUndefined();
    for (const c of calls.slice(1)) expect(header(c.init, 'x-csrf-token'), c.init.method).toBe('tok-123');
    expect(header(calls[1]?.init, 'content-type')).toBe('application/json');
    expect(calls[1]?.init.body).toBe('{"a":1}');
    expect(calls.every((c) => c.init.credentials === 'same-origin')).toBe(true);
  });

  it('sends a string body as is, with its content type (the roster CSV)', async () => {
    let seen: RequestInit | undefined;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      seen = init;
      return json(200, { dryRun: true, rows: 1, created: 1, updated: 0, unchanged: 0 });
    });
    await api('POST', '/api/v1/people/import?dryRun=true', 'a,b\n1,2\n', { contentType: 'text/csv' });
    expect(header(seen, 'content-type')).toBe('text/csv');
    expect(seen?.body).toBe('a,b\n1,2\n');
  });

  it('turns a problem+json answer into a typed ApiError with its code and row/column issues', async () => {
    vi.stubGlobal('fetch', async () =>
      problem(422, 'person.import_invalid', {
        detail: 'The roster has 1 problem(s)',
        issues: [{ path: '/rows/2/hire_date', row: 2, column: 'hire_date', message: 'a date as YYYY-MM-DD' }],
      }),
    );
    const err = await api('POST', '/api/v1/people/import', 'a,b', { contentType: 'text/csv' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiError);
    const e = err as ApiError;
    expect(e.status).toBe(422);
    expect(e.code).toBe('person.import_invalid');
    expect(e.issues).toEqual([
      { path: '/rows/2/hire_date', row: 2, column: 'hire_date', message: 'a date as YYYY-MM-DD' },
    ]);
    expect(e.message).toBe('The roster has 1 problem(s)');
  });

  it('gives an answer that is not problem+json a generic code', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(api('GET', '/api/v1/people')).rejects.toMatchObject({ status: 502, code: 'internal' });
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
    await expect(api('GET', '/api/v1/nothing')).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });

  it('reports a network failure as its own code', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('failed');
    });
    await expect(api('GET', '/x')).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('on a stale CSRF token, fetches a fresh one and tries the mutation once more', async () => {
    setCsrfToken('old');
    const sent: (string | undefined)[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      if (url === '/api/v1/auth/session') return json(200, { user: null, csrfToken: 'fresh' });
      sent.push(header(init, 'x-csrf-token'));
      return header(init, 'x-csrf-token') === 'fresh' ? json(201, { id: 'p1' }) : problem(403, 'auth.csrf');
    });
    await expect(api('POST', '/api/v1/people', {})).resolves.toEqual({ id: 'p1' });
    expect(sent).toEqual(['old', 'fresh']);
    expect(getCsrfToken()).toBe('fresh');
  });

  it('tells the app when a request finds the session gone (401)', async () => {
    const onGone = vi.fn();
    setUnauthenticatedHandler(onGone);
    vi.stubGlobal('fetch', async () => problem(401, 'auth.unauthenticated'));
    await expect(api('GET', '/api/v1/people')).rejects.toMatchObject({ code: 'auth.unauthenticated' });
    expect(onGone).toHaveBeenCalledTimes(1);
    // a wrong password at sign-in is not "the session ended"
    vi.stubGlobal('fetch', async () => problem(401, 'auth.invalid_credentials'));
    await expect(api('POST', '/api/v1/auth/login', {})).rejects.toMatchObject({
      code: 'auth.invalid_credentials',
    });
    expect(onGone).toHaveBeenCalledTimes(1);
  });

  it('fetches every page of a paged list', async () => {
    const all = Array.from({ length: 1203 }, (_, i) => ({ id: i }));
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      urls.push(url);
      const u = new URL(url, 'http://x');
      const limit = Number(u.searchParams.get('limit'));
      const offset = Number(u.searchParams.get('offset'));
      return json(200, { items: all.slice(offset, offset + limit), total: all.length, limit, offset });
    });
    const got = await getAll<{ id: number }>('/api/v1/people', { status: 'active' });
    expect(got).toHaveLength(1203);
    expect(urls).toEqual([
      '/api/v1/people?status=active&limit=500&offset=0',
      '/api/v1/people?status=active&limit=500&offset=500',
      '/api/v1/people?status=active&limit=500&offset=1000',
    ]);
  });

  it('tells a record id from a made-up address', () => {
    expect(isUuid('c582d73b-4031-4ebc-81b6-dd3a7a1e4ad2')).toBe(true);
    expect(isUuid('new')).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });

  it('builds query strings from defined values only', () => {
    expect(qs({ a: 'x y', b: undefined, c: null, d: '', e: 0, f: false })).toBe('?a=x+y&e=0&f=false');
    expect(qs({})).toBe('');
  });
});
