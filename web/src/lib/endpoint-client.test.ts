import { afterEach, describe, expect, it, vi } from 'vitest';
import { Type } from 'typebox';
import { endpoint, IdParams, trainingEndpoints } from '@frontline/contract';
import { call } from './endpoint-client';
import { setCsrfToken } from './api-client';

afterEach(() => vi.unstubAllGlobals());

describe('endpoint client', () => {
  it('calls an endpoint by its contract: method, path with parameters, query, body', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ ok: true }), { headers: { 'content-type': 'application/json' } });
    });
    setCsrfToken('tok');
    const id = '0b7e1f5e-7c55-4f36-9d0e-2d4b1a7c9e11';
    await call(trainingEndpoints.complete, { params: { id }, body: { note: 'done' } as never });
    await call(trainingEndpoints.listCourses, { query: { active: true } as never });
    await call(trainingEndpoints.needs, {});
    expect(calls.map((c) => [c.init.method, c.url])).toEqual([
      ['POST', `/api/v1/training/assignments/${id}/complete`],
      ['GET', '/api/v1/courses?active=true'],
      ['GET', '/api/v1/training/needs'],
    ]);
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ note: 'done' });
  });

  it('encodes parameters and refuses a path whose parameter is missing', async () => {
    vi.stubGlobal(
      'fetch',
      async () => new Response('{}', { headers: { 'content-type': 'application/json' } }),
    );
    expect(() => call(trainingEndpoints.updateCourse, { params: {} as never, body: {} as never })).toThrow(
      /no value for :id/,
    );
  });

  it('answers nothing for a 204 (no body)', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    const remove = endpoint({
      method: 'DELETE',
      path: '/api/v1/things/:id',
      access: 'authenticated',
      summary: 'Delete a thing',
      params: IdParams,
      response: Type.Null(),
      status: 204,
    });
    const out: void = await call(remove, { params: { id: '0b7e1f5e-7c55-4f36-9d0e-2d4b1a7c9e11' } });
    expect(out).toBeUndefined();
  });
});
