import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, qs, setCsrfToken } from './api-client';

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('sends the CSRF token on state-changing requests only', async () => {
    const calls: RequestInit[] = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      calls.push(init);
      return new Response(JSON.stringify({ ok: true }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    setCsrfToken('tok-123');
    await api('GET', '/api/v1/people');
    await api('POST', '/api/v1/people', { a: 1 });
    await api('DELETE', '/api/v1/targets/x');
    expect((calls[0]!.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect((calls[1]!.headers as Record<string, string>)['x-csrf-token']).toBe('tok-123');
    expect((calls[1]!.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect((calls[2]!.headers as Record<string, string>)['x-csrf-token']).toBe('tok-123');
  });

  it('turns a problem+json answer into an ApiError with its code and issues', async () => {
    vi.stubGlobal(
      'fetch',
      async () =>
        new Response(
          JSON.stringify({
            type: 'x',
            title: 'Unprocessable',
            status: 422,
            code: 'person.import_invalid',
            issues: [{ path: '/rows/2/hire_date', row: 2, column: 'hire_date', message: 'bad' }],
          }),
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        ),
    );
    const err = await api('POST', '/api/v1/people/import', 'a,b', { contentType: 'text/csv' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('person.import_invalid');
    expect((err as ApiError).problem?.issues?.[0]?.row).toBe(2);
  });

  it('reports a network failure as its own code', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('failed');
    });
    await expect(api('GET', '/x')).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('builds query strings from defined values only', () => {
    expect(qs({ a: 'x y', b: undefined, c: null, d: '', e: 0, f: false })).toBe('?a=x+y&e=0&f=false');
    expect(qs({})).toBe('');
  });
});
