import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { ImportBatch } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { importSteps } from '../../../test/imports.js';

/**
 * Implausible values (issue item 9): dates in 0001, 1899 and 9999, a +25:00 offset, a first reply
 * of 1e23 minutes, a denominator of 1.5 on CSAT and negative counts are row errors with their
 * codes, and nothing is written; unusual but possible values are warnings and are imported. The
 * same through a generic file, a Zendesk export and the push API.
 */
describe('imports: implausible values are errors, unusual ones warnings', () => {
  let t: TestApp;
  let org: Org;
  let admin: Client;
  let sup: Client;
  let number = '';
  let name = '';

  const upload = (csv: string, fileName: string) => importSteps(t, sup).upload(csv, fileName);
  const validate = (id: string, settings: object) => importSteps(t, sup).validate(id, settings);
  const commit = (id: string) => importSteps(t, sup).commit(id);
  const written = async (source: string) =>
    (
      await sql<{ n: number }>`select count(*)::int as n from observation where source = ${source}`.execute(
        t.database.db,
      )
    ).rows[0]!.n;
  const generic = {
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
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    expect((await admin.request('POST', '/api/v1/indicators/presets')).statusCode).toBeLessThan(300);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    const p = (await admin.request('GET', `/api/v1/people/${org.people.staffA1.id}`)).json();
    number = p.employeeNumber as string;
    name = `${p.givenNameEn} ${p.familyNameEn}`;
  });
  afterAll(() => t.close());

  it('a generic file: each probe is a row error with its code, the commit is refused, nothing is written', async () => {
    const csv = [
      'staff_no,day,kpi,value,out_of',
      `${number},0001-01-01,CSAT,1,1`, // 2
      `${number},1899-12-31,CSAT,1,1`, // 3
      `${number},9999-12-31,CSAT,1,1`, // 4
      `${number},2026-11-04T10:00:00+25:00,CSAT,1,1`, // 5
      `${number},2026-11-04,FRT,1e23,1`, // 6
      `${number},2026-11-04,CSAT,1,1.5`, // 7
      `${number},2026-11-04,CSAT,-3,10`, // 8
      `${number},2026-11-04,CSAT,12,10`, // 9
      `${number},2026-11-04,FRT,21600,1`, // 10: 15 days: unusual, a warning
      `${number},2026-11-04,CSAT,9,10`, // 11: fine
    ].join('\n');
    const v = await validate((await upload(csv, 'probe.csv')).id, generic);
    expect(v.status).toBe('validated');
    const byLine = Object.fromEntries(v.issues.map((i) => [i.line, i.code]));
    expect(byLine).toEqual({
      2: 'date_out_of_range',
      3: 'date_out_of_range',
      4: 'date_out_of_range',
      5: 'bad_offset',
      6: 'implausible_value',
      7: 'not_whole',
      8: 'negative',
      9: 'above_denominator',
      10: 'unusual_value',
    });
    expect(v.issues.find((i) => i.line === 6)?.params).toMatchObject({ indicator: 'FRT', value: '1e+23' });
    expect(v.counts).toMatchObject({ observations: 2, issues: 9, errors: 8, warnings: 1 });
    const refused = await commit(v.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('import.invalid_rows');
    expect(await written('generic')).toBe(0);
  });

  it('a Zendesk export: out-of-range dates, a +25:00 offset and a 1e23-minute first reply are errors', async () => {
    const header =
      'Id,Assignee,Status,Created at,Solved at,Satisfaction Score,Reopens,First reply time in minutes,Full resolution time in minutes';
    const csv = [
      header,
      `301,${name},Solved,1899-12-30 09:00:00,1899-12-31 10:00:00,Good,0,10,60`, // 2
      `302,${name},Solved,0001-01-01 09:00:00,0001-01-01 10:00:00,Good,0,10,60`, // 3
      `303,${name},Solved,9999-12-31 09:00:00,9999-12-31 10:00:00,Good,0,10,60`, // 4
      `304,${name},Solved,2026-11-04T09:00:00+25:00,2026-11-04T10:00:00+25:00,Good,0,10,60`, // 5
      `305,${name},Solved,2026-11-04 09:00:00,2026-11-04 10:00:00,Good,0,100000000000000000000000,60`, // 6
      `306,${name},Solved,2026-11-04 09:00:00,2026-11-04 10:00:00,Good,-1,10,60`, // 7: negative reopens
    ].join('\n');
    const v = await validate((await upload(csv, 'zendesk.csv')).id, {
      source: 'zendesk',
      timeZone: 'Asia/Hong_Kong',
      dateOrder: 'ymd',
    });
    expect(v.status).toBe('validated');
    expect(v.issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'date_out_of_range'],
      [3, 'date_out_of_range'],
      [4, 'date_out_of_range'],
      [5, 'bad_offset'],
      [6, 'implausible_value'],
      [7, 'negative'],
    ]);
    expect(v.issues[0]?.column).toBe('Solved at');
    const refused = await commit(v.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('import.invalid_rows');
    expect(await written('zendesk')).toBe(0);
  });

  it('imports unusual but possible values, with the warning in the review', async () => {
    const csv = [
      'staff_no,day,kpi,value,out_of',
      `${number},2026-11-04,FRT,21600,1`, // 15 days to the first reply
      `${number},2026-11-04,AHT,18000,1`, // 5 hours on one contact
      `${number},2026-11-05,CSAT,9,10`,
    ].join('\n');
    const v = await validate((await upload(csv, 'unusual.csv')).id, generic);
    expect(v.issues.map((i) => [i.line, i.code])).toEqual([
      [2, 'unusual_value'],
      [3, 'unusual_value'],
    ]);
    expect(v.counts).toMatchObject({ observations: 3, errors: 0, warnings: 2 });
    expect((await commit(v.id)).statusCode).toBe(202);
    const c = (await sup.request('GET', `/api/v1/imports/${v.id}`)).json() as ImportBatch;
    expect(c.status).toBe('committed');
    expect(c.counts.inserted).toBe(3);
    expect(await written('generic')).toBe(3);
  });

  it('keeps the errors in the stored list when warnings fill it, and still refuses the commit', async () => {
    const rows = Array.from(
      { length: 520 },
      (_, i) => `${number},2026-10-${String((i % 28) + 1).padStart(2, '0')},FRT,21600,1,k${i}`,
    );
    const csv = [
      'staff_no,day,kpi,value,out_of,key',
      ...rows,
      `${number},9999-12-31,CSAT,1,1,bad`, // line 522
    ].join('\n');
    const v = await validate((await upload(csv, 'many.csv')).id, {
      ...generic,
      mapping: { ...generic.mapping, key: 'key' },
    });
    expect(v.counts).toMatchObject({ issues: 521, errors: 1, warnings: 520 });
    expect(v.issues).toHaveLength(500);
    expect(v.issues.find((i) => i.code === 'date_out_of_range')).toMatchObject({ line: 522 });
    const before = await written('generic');
    const refused = await commit(v.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('import.invalid_rows');
    expect(await written('generic')).toBe(before);
  });

  it('the push API: each probe is a 422 with its code and nothing is written', async () => {
    const created = await admin.request('POST', '/api/v1/api-tokens', { name: 'probe' });
    const secret = created.json().secret as string;
    const push = (rows: unknown[]) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/push/observations',
        headers: { authorization: `Bearer ${secret}` },
        payload: { source: 'probe', rows },
      });
    const good = {
      employeeNumber: number,
      indicator: 'CSAT',
      occurredOn: '2026-11-10',
      numerator: 9,
      denominator: 10,
    };
    const { occurredOn: _, ...undated } = good;
    const probes: [object, string][] = [
      [{ ...good, occurredOn: '0001-01-01' }, 'date_out_of_range'],
      [{ ...good, occurredOn: '1899-12-31' }, 'date_out_of_range'],
      [{ ...good, occurredOn: '9999-12-31' }, 'date_out_of_range'],
      [{ ...undated, occurredAt: '9999-12-31T10:00:00Z' }, 'date_out_of_range'],
      [{ ...undated, occurredAt: '2026-11-10T10:00:00+25:00' }, 'bad_offset'],
      [{ ...undated, occurredAt: '2026-11-10T10:00:00+14:30' }, 'bad_offset'],
      [{ ...good, occurredOn: '2026-02-30' }, 'bad_date'],
      [{ ...good, indicator: 'FRT', numerator: 1e11, denominator: 1 }, 'implausible_value'],
      [{ ...good, denominator: 1.5, numerator: 1 }, 'not_whole'],
      [{ ...good, numerator: -3 }, 'negative'],
      [{ ...good, numerator: 11 }, 'above_denominator'],
      [{ ...good, numerator: 0, denominator: 0 }, 'zero_denominator'],
    ];
    for (const [row, code] of probes) {
      const r = await push([good, row]);
      expect(r.statusCode, JSON.stringify(row)).toBe(422);
      expect(r.json().code).toBe('import.invalid_rows');
      expect(r.json().issues, JSON.stringify(row)).toEqual([expect.objectContaining({ row: 2, code })]);
    }
    const all = await push([good, ...probes.map(([row]) => row)]);
    expect(all.statusCode).toBe(422);
    expect(all.json().issues.map((i: { code: string }) => i.code)).toEqual(probes.map(([, code]) => code));
    // Beyond the schema's bounds (±1e12, denominators ≥ 0) the request itself is refused.
    for (const row of [
      { ...good, indicator: 'FRT', numerator: 1e23, denominator: 1 },
      { ...good, numerator: 1, denominator: -1 },
    ]) {
      const r = await push([good, row]);
      expect(r.statusCode).toBe(400);
      expect(r.json().code).toBe('validation');
    }
    expect(await written('api:probe')).toBe(0);

    // Unusual but possible: taken, and said.
    const ok = await push([
      good,
      { ...good, indicator: 'FRT', numerator: 21600, denominator: 1, key: 'slow' },
    ]);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().warnings).toEqual([expect.objectContaining({ row: 2, code: 'unusual_value' })]);
    expect(ok.json().counts).toMatchObject({ inserted: 2, warnings: 1, errors: 0 });
    expect(await written('api:probe')).toBe(2);
    const batch = (await admin.request('GET', `/api/v1/imports/${ok.json().batchId}`)).json() as ImportBatch;
    expect(batch.issues).toEqual([expect.objectContaining({ line: 2, code: 'unusual_value' })]);
  });
});
