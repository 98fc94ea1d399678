import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@frontline/contract';
import { buildApp } from './app.js';
import { testConfig } from './config.js';
import { anonymousClient, createTestApp, loginClient, type TestApp } from '../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../test/factories.js';

const KNOWN_ACCESS = new Set<string>([...PERMISSIONS, 'public', 'authenticated', 'token']);
// The only routes anyone may call without signing in. A new public route must be added here on purpose.
const PUBLIC_ROUTES = [
  'GET /*',
  'GET /api/health',
  'GET /api/openapi.json',
  'GET /api/v1/auth/session',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/setup',
];
const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('the app: routes, docs and HTTP conventions', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
  });
  afterAll(() => t.close());

  it('registers every route with a known access declaration, and only the expected ones are public', () => {
    expect(t.routes.length).toBeGreaterThan(40);
    for (const r of t.routes) {
      expect(KNOWN_ACCESS.has(r.access), `${r.method} ${r.url} → ${r.access}`).toBe(true);
    }
    const publicRoutes = t.routes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
    // the routes this module owns, with the permission each needs
    const of = (method: string, url: string) => t.routes.find((r) => r.method === method && r.url === url);
    expect(of('GET', '/api/v1/people')?.access).toBe('people.read');
    expect(of('POST', '/api/v1/people')?.access).toBe('people.write');
    expect(of('POST', '/api/v1/people/import')?.access).toBe('people.import');
    expect(of('GET', '/api/v1/users')?.access).toBe('users.read');
    expect(of('PATCH', '/api/v1/users/:id')?.access).toBe('users.write');
    expect(of('GET', '/api/v1/audit')?.access).toBe('audit.read');
    expect(of('DELETE', '/api/v1/org-units/:id')?.access).toBe('org.write');
    expect(of('POST', '/api/v1/job-roles')?.access).toBe('job_roles.write');
  });

  it('serves an OpenAPI 3.1 document listing every /api/v1 route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const api = t.routes.filter((r) => r.url.startsWith('/api/v1/'));
    expect(api.length).toBeGreaterThan(30);
    const missing = api.filter((r) => !doc.paths[openApiPath(r.url)]?.[r.method.toLowerCase()]);
    expect(missing).toEqual([]);
    // and it documents nothing that is not served
    const served = new Set(api.map((r) => `${r.method.toLowerCase()} ${openApiPath(r.url)}`));
    const documented = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/v1/'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`));
    expect(documented.filter((d) => !served.has(d))).toEqual([]);
  });

  it('serves the interactive API docs as HTML', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toMatch(/<html/i);
  });

  it('answers an unknown /api/v1 route with a 404 problem, signed in or not, for any method', async () => {
    const anon = await anonymousClient(t.app);
    const staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    for (const [client, method] of [
      [anon, 'GET'],
      [anon, 'POST'],
      [staff, 'GET'],
      [staff, 'DELETE'],
    ] as const) {
      const res = await client.request(
        method,
        '/api/v1/no-such-thing?x=1',
        method === 'GET' ? undefined : {},
      );
      expect(res.statusCode, method).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = res.json();
      expect(body).toMatchObject({ status: 404, code: 'not_found', title: 'Not found' });
      expect(body.detail).toContain('/api/v1/no-such-thing');
      expect(body.detail).not.toContain('x=1');
    }
  });

  it('marks every /api/v1 answer no-store and echoes a request id, on success and on error', async () => {
    const anon = await anonymousClient(t.app);
    const hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
    const answers = [
      await anon.request('GET', '/api/v1/auth/session'), // 200, public
      await anon.request('GET', '/api/v1/people'), // 401
      await hr.request('GET', '/api/v1/people'), // 200
      await hr.request('GET', '/api/v1/people/not-a-uuid'), // 400
      await hr.request('GET', '/api/v1/people/00000000-0000-4000-8000-000000000000'), // 404
      await anon.request('GET', '/api/v1/nothing-here'), // 404
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 200, 400, 404, 404]);
    const ids = new Set<string>();
    for (const res of answers) {
      expect(res.headers['cache-control'], res.body).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const id = res.headers['x-request-id'];
      expect(typeof id).toBe('string');
      expect(id).toMatch(/^[0-9a-f]{16}$/);
      ids.add(id as string);
      if (res.statusCode >= 400) expect(res.json().requestId).toBe(id);
    }
    expect(ids.size).toBe(answers.length);
  });

  it('reports the database in the health check', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.database.kind });
  });
});

describe('building the app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const build = () =>
    buildApp(testConfig({ webDist: '/nonexistent' }), { database: t.database, setupToken: 'x'.repeat(20) });

  it('refuses at boot a route that declares no access, or an unknown one', async () => {
    const { app } = await build();
    try {
      expect(() => app.get('/api/v1/x', async () => 1)).toThrow(
        /GET \/api\/v1\/x does not declare config\.access/,
      );
      expect(() =>
        app.post(
          '/api/v1/y',
          // @ts-expect-error -- an access the contract does not know
          { config: { access: 'people.everything' } },
          async () => 1,
        ),
      ).toThrow(/POST \/api\/v1\/y does not declare config\.access/);
      // a route that does declare access is accepted on the same app
      expect(() =>
        app.get('/api/v1/z', { config: { access: 'authenticated' } }, async () => 1),
      ).not.toThrow();
    } finally {
      await app.close();
    }
  });

  it('refuses to become ready when a plugin adds a route without access', async () => {
    const { app } = await build();
    void app.register(async (plugin) => {
      plugin.get('/api/v1/from-a-plugin', async () => 1);
    });
    await expect(app.ready()).rejects.toThrow(/\/api\/v1\/from-a-plugin does not declare config\.access/);
    await app.close().catch(() => undefined);
  });

  it('turns an unexpected error into a 500 problem that leaks nothing', async () => {
    const { app } = await build();
    app.get('/api/v1/boom', { config: { access: 'public' } }, async () => {
      throw new Error('secret detail: password_hash=$argon2id$…');
    });
    await app.ready();
    try {
      const res = await app.inject({ method: 'GET', url: '/api/v1/boom' });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toMatchObject({ code: 'internal', status: 500 });
      expect(res.body).not.toMatch(/secret|argon|password_hash|stack/i);
      expect(res.headers['cache-control']).toBe('no-store');
    } finally {
      await app.close();
    }
  });
});
