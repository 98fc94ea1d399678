import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type Services } from '../src/app.js';
import { testConfig, type Config } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import type { RegisteredRoute } from '../src/http/access-guard.js';
import type { App } from '../src/http/types.js';
import type { Clock } from '../src/lib/clock.js';
import { createTestDatabase } from './db.js';

export interface TestApp {
  app: App;
  database: Database;
  services: Services;
  routes: RegisteredRoute[];
  close(): Promise<void>;
}

export const TEST_SETUP_TOKEN = 'test-setup-token-0123456789';

export async function createTestApp(
  opts: { clock?: Clock; config?: Partial<Config>; database?: Database } = {},
): Promise<TestApp> {
  const database = opts.database ?? (await createTestDatabase());
  const config = testConfig({ webDist: '/nonexistent', ...opts.config });
  const { app, routes, services } = await buildApp(config, {
    database,
    setupToken: TEST_SETUP_TOKEN,
    onJobError: (job, err) => console.error(`background job failed: ${job}`, err),
    onRequestError: (err) => console.error('unhandled error', err),
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    services,
    routes,
    close: async () => {
      await app.close();
      if (!opts.database) await database.close();
    },
  };
}

export interface Client {
  cookies: Record<string, string>;
  csrf: string;
  request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

function cookieHeader(cookies: Record<string, string>) {
  return Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

/** A browser-like client: keeps cookies, sends the CSRF token on every request. */
export async function anonymousClient(app: App): Promise<Client> {
  const client: Client = {
    cookies: {},
    csrf: '',
    async request(method, url, body, headers = {}) {
      const isText = typeof body === 'string';
      const res = await app.inject({
        method,
        url,
        headers: {
          ...(Object.keys(client.cookies).length ? { cookie: cookieHeader(client.cookies) } : {}),
          ...(client.csrf ? { 'x-csrf-token': client.csrf } : {}),
          ...(isText ? { 'content-type': 'text/csv' } : {}),
          ...headers,
        },
        ...(body === undefined ? {} : isText ? { payload: body } : { payload: body as object }),
      });
      for (const c of res.cookies) {
        if (
          c.value === '' ||
          (c.maxAge !== undefined && c.maxAge <= 0) ||
          (c.expires && c.expires.getTime() < Date.now())
        ) {
          delete client.cookies[c.name];
        } else client.cookies[c.name] = c.value;
      }
      return res;
    },
  };
  const s = await client.request('GET', '/api/v1/auth/session');
  client.csrf = (s.json() as { csrfToken: string }).csrfToken;
  return client;
}

export async function loginClient(app: App, email: string, password: string): Promise<Client> {
  const client = await anonymousClient(app);
  const res = await client.request('POST', '/api/v1/auth/login', { email, password });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  client.csrf = (res.json() as { csrfToken: string }).csrfToken;
  return client;
}
