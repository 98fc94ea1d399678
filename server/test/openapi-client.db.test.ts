import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './http.js';
import { makeUser, PASSWORD } from './factories.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.resolve(serverDir, '../node_modules/typescript/bin/tsc');

/**
 * A client generated from the document, as an integrator would make one: openapi-typescript writes
 * the types (binary bodies as Blob), a small program calls the server through openapi-fetch, tsc
 * checks both with --strict (types that were `never`, `unknown` or a JSON string where a file is
 * sent would not compile), and the program runs against the server listening on loopback: sign-in,
 * a CSV download, a file upload and a typed problem.
 */
const CLIENT = `
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api.js';

type ErrorCode = components['schemas']['ErrorCode'];
const baseUrl = process.env.BASE_URL ?? '';
const cookies = new Map<string, string>();
let csrf = '';

// A cookie jar (a browser would be one) and the CSRF header on every state-changing request.
const session: Middleware = {
  onRequest({ request }) {
    if (cookies.size > 0) {
      request.headers.set('cookie', [...cookies].map(([k, v]) => k + '=' + v).join('; '));
    }
    if (csrf && request.method !== 'GET') request.headers.set('x-csrf-token', csrf);
    return request;
  },
  onResponse({ response }) {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  },
};

const client = createClient<paths>({ baseUrl });
client.use(session);

// 1. Sign in: the session state gives the pre-sign-in CSRF token (and sets its cookie).
const state = await client.GET('/api/v1/auth/session');
if (!state.data) throw new Error('no session state');
csrf = state.data.csrfToken;
const login = await client.POST('/api/v1/auth/login', {
  params: { header: { 'x-csrf-token': csrf }, cookie: { fl_csrf: csrf } },
  body: { email: process.env.EMAIL ?? '', password: process.env.PASSWORD ?? '' },
});
if (!login.data) throw new Error('sign-in failed: ' + JSON.stringify(login.error));
csrf = login.data.csrfToken;
const signedInAs: string | undefined = login.data.user?.email;

// 2. A download: the roster template is CSV text.
const template = await client.GET('/api/v1/people/import/template', { parseAs: 'text' });
const csv: string | undefined = template.data;

// 3. An upload: an export file as the raw body.
const file = new Blob(['Id,Assignee\\n1,Someone\\n'], { type: 'application/octet-stream' });
const upload = await client.POST('/api/v1/imports', {
  params: { query: { fileName: 'tickets.csv' } },
  body: file,
  bodySerializer: (body) => body,
  headers: { 'content-type': 'application/octet-stream' },
});
const batch: components['schemas']['ImportBatch'] | undefined = upload.data;

// 4. An error: a typed problem with a stable code.
const missing = await client.GET('/api/v1/people/{id}', {
  params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
});
const code: ErrorCode | undefined = missing.error?.code;

// The types are real: these do not compile.
export const typeChecks = () => {
  // @ts-expect-error -- the path parameter is required
  void client.GET('/api/v1/people/{id}');
  // @ts-expect-error -- not an error code
  const wrong: ErrorCode = 'no.such_code';
  // @ts-expect-error -- the upload needs its fileName
  void client.POST('/api/v1/imports', { body: file });
  return wrong;
};

console.log(
  JSON.stringify({
    signedInAs,
    template: { status: template.response.status, type: template.response.headers.get('content-type'), csv },
    upload: { status: upload.response.status, id: batch?.id, fileName: batch?.fileName, state: batch?.status },
    missing: { status: missing.response.status, type: missing.response.headers.get('content-type'), code },
  }),
);
`;

describe('a client generated from the OpenAPI document', () => {
  let t: TestApp;
  let dir: string;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    // Inside the workspace, so the program finds openapi-fetch and @types/node.
    const cache = path.join(serverDir, 'node_modules', '.cache');
    fs.mkdirSync(cache, { recursive: true });
    dir = fs.mkdtempSync(path.join(cache, 'openapi-client-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('type-checks with --strict and signs in, downloads, uploads and reads a problem', async () => {
    const user = await makeUser(t.services, ['admin']);
    const doc = await (await fetch(`${baseUrl}/api/openapi.json`)).text();
    const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
    const ast = await openapiTS(doc, {
      // binary bodies are files (the documented way to type them for openapi-fetch)
      transform: (schema) => (schema.format === 'binary' ? blob : undefined),
    });
    fs.writeFileSync(path.join(dir, 'api.ts'), astToString(ast));
    fs.writeFileSync(path.join(dir, 'client.ts'), CLIENT);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    fs.writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM'],
          types: ['node'],
          skipLibCheck: true, // the packages' own .d.ts; api.ts and client.ts are checked
          outDir: 'out',
        },
        files: ['api.ts', 'client.ts'],
      }),
    );

    const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(compiled.stdout + compiled.stderr, 'tsc --strict').toBe('');
    expect(compiled.status).toBe(0);

    // Not spawnSync: the server answers from this process.
    const run = await promisify(execFile)(process.execPath, [path.join(dir, 'out', 'client.js')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, BASE_URL: baseUrl, EMAIL: user.email, PASSWORD },
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as {
      signedInAs: string;
      template: { status: number; type: string; csv: string };
      upload: { status: number; id: string; fileName: string; state: string };
      missing: { status: number; type: string; code: string };
    };
    expect(out.signedInAs).toBe(user.email);
    expect(out.template.status).toBe(200);
    expect(out.template.type).toMatch(/^text\/csv/);
    expect(out.template.csv.split('\n')[0]).toMatch(/employee/i);
    expect(out.upload).toMatchObject({ status: 201, fileName: 'tickets.csv', state: 'uploaded' });
    expect(out.upload.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.missing).toMatchObject({ status: 404, code: 'person.not_found' });
    expect(out.missing.type).toMatch(/^application\/problem\+json/);
  }, 180_000);
});
