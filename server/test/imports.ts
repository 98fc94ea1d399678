import { expect } from 'vitest';
import type { ImportBatch } from '@frontline/contract';
import type { Client, TestApp } from './http.js';

/**
 * The steps of a file import as a user takes them through the API: upload, validate (waits for
 * the job, then reads the batch), commit (waits for the job). Each expects the step's accepted
 * status.
 */
export function importSteps(t: TestApp, client: Client) {
  return {
    async upload(text: string, fileName: string): Promise<ImportBatch> {
      const r = await client.request(
        'POST',
        `/api/v1/imports?fileName=${fileName}`,
        Buffer.from(text, 'utf8'),
        {
          'content-type': 'application/octet-stream',
        },
      );
      expect(r.statusCode, r.body).toBe(201);
      return r.json() as ImportBatch;
    },
    async validate(id: string, settings: object): Promise<ImportBatch> {
      const r = await client.request('POST', `/api/v1/imports/${id}/validate`, settings);
      expect(r.statusCode, r.body).toBe(202);
      await t.services.imports.idle();
      return (await client.request('GET', `/api/v1/imports/${id}`)).json() as ImportBatch;
    },
    async commit(id: string, skipUnmatched = false) {
      const r = await client.request('POST', `/api/v1/imports/${id}/commit`, { skipUnmatched });
      await t.services.imports.idle();
      return r;
    },
  };
}
