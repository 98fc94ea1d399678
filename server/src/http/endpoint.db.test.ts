import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as contract from '@frontline/contract';
import type { Endpoint } from '@frontline/contract';
import { createTestApp, type TestApp } from '../../test/http.js';

/**
 * Endpoints defined in the contract are the routes the server registers (issue 11 item 4): every
 * export of the contract named `<feature>Endpoints` is checked, so a feature moved over is covered
 * without being listed here.
 */
const CONTRACT: Record<string, Record<string, Endpoint>> = Object.fromEntries(
  Object.entries(contract)
    .filter(([name]) => name.endsWith('Endpoints'))
    .map(([name, v]) => [name.slice(0, -'Endpoints'.length), v as Record<string, Endpoint>]),
);

describe('contract endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('are found in the contract', () => {
    expect(Object.keys(CONTRACT)).toContain('training');
  });

  it('are each registered once, with the access and schemas the contract gives', () => {
    for (const [feature, endpoints] of Object.entries(CONTRACT)) {
      for (const [name, e] of Object.entries(endpoints)) {
        const found = t.routes.filter((r) => r.method === e.method && r.url === e.path);
        expect(found, `${feature}.${name}`).toHaveLength(1);
        expect(found[0]!.access, `${feature}.${name}`).toBe(e.access);
        const schema = found[0]!.schema as {
          body?: unknown;
          querystring?: unknown;
          response?: Record<string, unknown>;
        };
        expect(schema.body, `${feature}.${name} body`).toBe(e.body);
        expect(schema.querystring, `${feature}.${name} query`).toBe(e.query);
        expect(schema.response?.[String(e.status ?? 200)], `${feature}.${name} answer`).toBe(e.response);
      }
    }
  });
});
