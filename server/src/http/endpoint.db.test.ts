import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingEndpoints, type Endpoint } from '@frontline/contract';
import { createTestApp, type TestApp } from '../../test/http.js';

/** Endpoints defined in the contract are the routes the server registers (issue 11 item 4). */
const CONTRACT: Record<string, Record<string, Endpoint>> = { training: trainingEndpoints };

describe('contract endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

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
