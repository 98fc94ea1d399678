import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { importSteps } from '../../../test/imports.js';

/**
 * The review previews a validated file's first staged rows. Only those rows are marked (`head`)
 * and indexed, so staging a large file does not maintain an index for every row (#19 item 7).
 */
describe('imports: the preview of a validated file', () => {
  let t: TestApp;
  let org: Org;
  let sup: Client;
  let number = '';

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    const admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    expect((await admin.request('POST', '/api/v1/indicators/presets')).statusCode).toBeLessThan(300);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    number = (await admin.request('GET', `/api/v1/people/${org.people.staffA1.id}`)).json()
      .employeeNumber as string;
  });
  afterAll(() => t.close());

  it('shows the first 20 staged lines in order, marks only those, and leaves no stage after the commit', async () => {
    const lines = ['staff_no,day,kpi,value,out_of', 'nobody,2026-11-01,CSAT,1,1']; // line 2: staff not matched
    for (let i = 0; i < 40; i++) {
      lines.push(`${number},2026-11-${String(1 + (i % 28)).padStart(2, '0')},CSAT,${i % 2},1`);
    }
    const steps = importSteps(t, sup);
    const { id } = await steps.upload(lines.join('\n'), 'preview.csv');
    const batch = await steps.validate(id, {
      source: 'generic',
      timeZone: 'Asia/Hong_Kong',
      dateOrder: 'ymd',
      mapping: {
        staff: 'staff_no',
        date: 'day',
        indicatorColumn: 'kpi',
        numerator: 'value',
        denominator: 'out_of',
      },
    });
    expect(batch.status).toBe('validated');
    expect(batch.preview.map((p) => p.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect(batch.preview[0]).toMatchObject({ personId: null });
    expect(batch.preview[1]).toMatchObject({
      personId: org.people.staffA1.id,
      indicatorCode: 'CSAT',
      occurredOn: '2026-11-01',
    });
    const stage = await sql<{ rows: number; head: number }>`
      select count(*)::int as rows, count(*) filter (where head)::int as head from import_stage where batch_id = ${id}`.execute(
      t.database.db,
    );
    expect(stage.rows[0]).toEqual({ rows: 41, head: 20 });

    const c = await steps.commit(id, true);
    expect(c.statusCode, c.body).toBeLessThan(300);
    const left = await sql<{
      n: number;
    }>`select count(*)::int as n from import_stage where batch_id = ${id}`.execute(t.database.db);
    expect(left.rows[0]!.n).toBe(0);
  });
});
