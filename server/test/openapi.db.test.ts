import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createConfig, lint } from '@redocly/openapi-core';
import type { RulesetDefinition } from '@stoplight/spectral-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@frontline/contract';
import { OPENAPI_TAGS } from '../src/http/openapi.js';
import { createTestApp, loginClient, type TestApp } from './http.js';
import { makeUser, PASSWORD } from './factories.js';

// Spectral is CommonJS.
const require = createRequire(import.meta.url);
const { Spectral, Document } =
  require('@stoplight/spectral-core') as typeof import('@stoplight/spectral-core');
const Parsers = require('@stoplight/spectral-parsers') as typeof import('@stoplight/spectral-parsers');
const { oas } = require('@stoplight/spectral-rulesets') as typeof import('@stoplight/spectral-rulesets');

type Obj = Record<string, unknown>;
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Array<Record<string, string[]>>;
  parameters?: Obj[];
  requestBody?: { content: Record<string, { schema: Obj }> };
  responses: Record<
    string,
    { $ref?: string; description?: string; content?: Record<string, { schema: Obj }> }
  >;
}
interface OpenApiDoc {
  openapi: string;
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Obj>;
    responses: Record<string, { content: Record<string, { schema: Obj }> }>;
    securitySchemes: Record<string, Obj>;
    parameters: Record<string, Obj>;
  };
}

const PUBLIC = [
  'GET /api/health',
  'GET /api/v1/auth/session',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/setup',
];

/**
 * The OpenAPI document at /api/openapi.json as an integrator meets it: linted by two independent
 * tools (Redocly's recommended rules and Spectral's spectral:oas) with no error, and complete where
 * a client generator needs it (see server/src/http/openapi.ts).
 */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDoc;
  let text: string;
  let dir: string;
  let file: string;
  const operations: Array<{ key: string; method: string; path: string; op: Operation }> = [];

  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    text = res.body;
    doc = res.json() as OpenApiDoc;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-openapi-'));
    file = path.join(dir, 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(item)) {
        operations.push({ key: `${m.toUpperCase()} ${p}`, method: m.toUpperCase(), path: p, op });
      }
    }
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('passes Redocly’s recommended rules with no error', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lint({ ref: file, config });
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warn');
    console.log(
      `redocly lint (recommended): ${errors.length} errors, ${warnings.length} warnings` +
        (warnings.length ? `: ${[...new Set(warnings.map((w) => w.ruleId))].join(', ')}` : ''),
    );
    expect(errors.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`)).toEqual([]);
  });

  it('passes Spectral’s spectral:oas rules with no error', async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as RulesetDefinition, 'recommended']] });
    const results = await spectral.run(new Document(fs.readFileSync(file, 'utf8'), Parsers.Json, file));
    const errors = results.filter((r) => r.severity === 0);
    const warnings = results.filter((r) => r.severity === 1);
    console.log(
      `spectral lint (spectral:oas): ${errors.length} errors, ${warnings.length} warnings` +
        (warnings.length ? `: ${[...new Set(warnings.map((w) => String(w.code)))].join(', ')}` : ''),
    );
    expect(errors.map((r) => `${String(r.code)}: ${r.message} at ${r.path.join('.')}`)).toEqual([]);
  });

  it('names every operation: a unique operationId, a summary, a description and a declared tag', () => {
    expect(operations.length).toBeGreaterThan(100);
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.find((o) => o.key === 'GET /api/v1/people/{id}')?.op.operationId).toBe('getPeopleById');
    const declared = new Set((doc.tags ?? []).map((tag) => tag.name));
    expect([...declared]).toEqual(OPENAPI_TAGS.map((tag) => tag.name));
    for (const { key, op } of operations) {
      expect(op.summary, key).toBeTruthy();
      expect(op.summary, key).not.toMatch(/[/{]/); // written (openapi-summaries.ts), not made from the path
      expect(op.description, key).toBeTruthy();
      expect(op.tags?.length, key).toBe(1);
      expect(declared.has(op.tags![0]!), key).toBe(true);
    }
    expect(doc.servers?.length).toBe(1);
  });

  it('says “security: []” on public operations and names the session, CSRF and token schemes', () => {
    for (const { key, method, op } of operations) {
      if (PUBLIC.includes(key)) {
        expect(op.security, key).toEqual([]);
      } else if (key === 'POST /api/v1/push/observations') {
        expect(op.security, key).toEqual([{ bearer: [] }]);
      } else {
        const mutating = method !== 'GET';
        expect(op.security, key).toEqual([mutating ? { session: [], csrf: [] } : { session: [] }]);
      }
    }
    expect(operations.filter((o) => o.op.security?.length === 0).map((o) => o.key)).toEqual(
      expect.arrayContaining(PUBLIC),
    );
    const { session, csrf, bearer } = doc.components.securitySchemes;
    expect(session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'fl_session' });
    expect(String(session!.description)).toContain('__Host-fl_session');
    expect(csrf).toMatchObject({ type: 'apiKey', in: 'header', name: 'x-csrf-token' });
    expect(bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    // before sign-in: the double-submit cookie and header, as parameters of login and set-up
    expect(doc.components.parameters.CsrfCookie).toMatchObject({
      in: 'cookie',
      name: 'fl_csrf',
      required: true,
    });
    expect(String(doc.components.parameters.CsrfCookie!.description)).toContain('__Host-fl_csrf');
    const login = operations.find((o) => o.key === 'POST /api/v1/auth/login')!.op;
    expect(login.parameters).toEqual([
      { $ref: '#/components/parameters/CsrfHeader' },
      { $ref: '#/components/parameters/CsrfCookie' },
    ]);
  });

  it('answers every error as one shared problem+json response whose code is the list of error codes', () => {
    const problem = doc.components.schemas.Problem as { properties: Record<string, Obj> };
    expect(problem.properties.code).toEqual({ $ref: '#/components/schemas/ErrorCode' });
    expect(doc.components.schemas.ErrorCode).toMatchObject({ type: 'string', enum: [...ERROR_CODES] });
    for (const r of Object.values(doc.components.responses)) {
      expect(Object.keys(r.content)).toEqual(['application/problem+json']);
    }
    for (const { key, op } of operations) {
      for (const [status, res] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        if (res.$ref) expect(res.$ref, `${key} ${status}`).toMatch(/^#\/components\/responses\//);
        else expect(Object.keys(res.content ?? {}), `${key} ${status}`).toEqual(['application/problem+json']);
      }
      expect(op.responses['500'], key).toEqual({ $ref: '#/components/responses/InternalError' });
    }
    // no JSON error media type, no problem schema written out inline
    expect(text).not.toMatch(/"Default Response"/);
    const inlined = (JSON.stringify(doc.paths).match(/"requestId":\{/g) ?? []).length;
    expect(inlined).toBe(0); // only in components.schemas
    const statuses = (key: string) =>
      Object.keys(operations.find((o) => o.key === key)!.op.responses).map(Number);
    // by kind: public read; signed-in write with a body and an id; a permission read
    expect(statuses('GET /api/health')).toEqual([200, 500]);
    expect(statuses('PATCH /api/v1/people/{id}')).toEqual(
      expect.arrayContaining([400, 401, 403, 404, 409, 413, 415, 422, 500]),
    );
    expect(statuses('GET /api/v1/audit')).toEqual(expect.arrayContaining([400, 401, 403, 500]));
    expect(statuses('POST /api/v1/auth/login')).toEqual(expect.arrayContaining([400, 403, 413, 415, 429]));
    expect(statuses('POST /api/v1/auth/login')).not.toContain(404);
  });

  it('declares the statuses the server really answers, as problem+json with a listed code', async () => {
    const user = await makeUser(t.services, ['admin']);
    const admin = await loginClient(t.app, user.email, PASSWORD);
    const someId = '00000000-0000-4000-8000-000000000000';
    const xml = { 'content-type': 'application/xml' };
    const cases: Array<[string, number, Promise<{ statusCode: number; headers: Obj; json(): unknown }>]> = [
      ['POST /api/v1/org-units', 415, admin.request('POST', '/api/v1/org-units', '<unit/>', xml)],
      [`DELETE /api/v1/targets/{id}`, 415, admin.request('DELETE', `/api/v1/targets/${someId}`, '<x/>', xml)],
      [
        'POST /api/v1/org-units',
        413,
        admin.request('POST', '/api/v1/org-units', { name: 'x'.repeat(1_100_000), kind: 'team' }),
      ],
      [
        'PATCH /api/v1/people/{id}',
        403,
        admin.request('PATCH', `/api/v1/people/${someId}`, {}, { 'x-csrf-token': 'no' }),
      ],
      [
        'PATCH /api/v1/people/{id}',
        404,
        admin.request('PATCH', `/api/v1/people/${someId}`, { givenNameEn: 'A' }),
      ],
      ['GET /api/v1/people/{id}', 400, admin.request('GET', '/api/v1/people/not-an-id')],
    ];
    const codes = new Set<string>(ERROR_CODES);
    for (const [key, status, answer] of cases) {
      const res = await answer;
      expect(res.statusCode, key).toBe(status);
      expect(String(res.headers['content-type']), key).toMatch(/^application\/problem\+json/);
      expect(codes.has((res.json() as { code: string }).code), key).toBe(true);
      const op = operations.find((o) => o.key === key)!.op;
      expect(op.responses[String(status)], `${key} declares ${status}`).toBeDefined();
    }
  });

  it('declares the media types of downloads and uploads, and binary bodies as format: binary', () => {
    const op = (key: string) => operations.find((o) => o.key === key)!.op;
    const ok = (key: string) => op(key).responses['200']!.content!;
    expect(ok('GET /api/v1/people/import/template')).toEqual({ 'text/csv': { schema: { type: 'string' } } });
    expect(ok('GET /api/v1/people/{id}/file.csv')).toEqual({ 'text/csv': { schema: { type: 'string' } } });
    expect(ok('GET /api/v1/people/{id}/file.pdf')).toEqual({
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    });
    expect(ok('GET /api/v1/checkins/{id}/invite.ics')).toEqual({
      'text/calendar': { schema: { type: 'string' } },
    });
    expect(op('POST /api/v1/imports').requestBody?.content['application/octet-stream']).toEqual({
      schema: { type: 'string', format: 'binary' },
    });
    expect(Object.keys(op('POST /api/v1/people/import').requestBody!.content)).toEqual([
      'text/csv',
      'text/plain',
    ]);
  });

  it('holds the contract’s named schemas in components and refers to them', () => {
    for (const name of [
      'Person',
      'PersonSummary',
      'Goal',
      'GoalSnapshot',
      'Problem',
      'ImportBatch',
      'AuditEntry',
    ]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    const op = (key: string) => operations.find((o) => o.key === key)!.op;
    expect(op('GET /api/v1/people/{id}').responses['200']!.content!['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/Person',
    });
    // an alias keeps the name of the route's own schema
    expect(op('POST /api/v1/goals/{id}/decline').requestBody!.content['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/DeclineGoalBody',
    });
    // every $ref resolves
    for (const ref of text.match(/"\$ref":"[^"]+"/g) ?? []) {
      const [, kind, name] = /#\/components\/(\w+)\/([^"]+)/.exec(ref) ?? [];
      expect((doc.components as Record<string, Obj>)[kind!]?.[name!], ref).toBeDefined();
    }
    // what was unknown is typed
    const audit = doc.components.schemas.AuditEntry as { properties: Record<string, Obj> };
    expect(audit.properties.before).toEqual({
      anyOf: [{ $ref: '#/components/schemas/JsonObject' }, { type: 'null' }],
    });
    const version = doc.components.schemas.GoalVersion as { properties: Record<string, Obj> };
    expect(version.properties.snapshot).toEqual({ $ref: '#/components/schemas/GoalSnapshot' });
    const note = doc.components.schemas.Notification as { properties: Record<string, Obj> };
    expect(note.properties.data).toEqual({ $ref: '#/components/schemas/NotificationData' });
    // a qualitative goal's criteria are required in the schema, with the answer's code
    const create = doc.components.schemas.CreateGoalBody as Obj;
    expect(create.then).toMatchObject({
      required: ['successCriteria'],
      'x-error-code': 'goal.criteria_required',
    });
    console.log(
      `openapi.json: ${Buffer.byteLength(text)} bytes, ${operations.length} operations, ` +
        `${Object.keys(doc.components.schemas).length} named schemas`,
    );
    // Named schemas are referred to, not copied into each operation: about 2 KB per operation
    // (an inlined Review alone would add 6 KB to every review route).
    expect(Buffer.byteLength(text) / operations.length).toBeLessThan(2_500);
  });
});
