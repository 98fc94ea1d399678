import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { ImportBatch } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { ZENDESK_HEADER as HEADER, ticket } from '../../../test/zendesk-rows.js';

describe('imports: upload, validate, match, commit, re-import, undo, push', () => {
  let t: TestApp;
  let org: Org;
  let sup: Client;
  let supX: Client;
  let staff: Client;
  let admin: Client;
  let a1Name: string;

  const upload = async (c: Client, csv: string, fileName = 'zendesk.csv') =>
    c.request('POST', `/api/v1/imports?fileName=${fileName}`, Buffer.from(csv, 'utf8'), {
      'content-type': 'application/octet-stream',
    });
  const settle = async (c: Client, id: string): Promise<ImportBatch> => {
    await t.services.imports.idle();
    return (await c.request('GET', `/api/v1/imports/${id}`)).json() as ImportBatch;
  };
  const zendesk = { source: 'zendesk', timeZone: 'America/New_York', dateOrder: 'ymd' };
  const obs = async () =>
    (
      await sql<{ n: number; num: number; den: number }>`
        select count(*)::int as n, coalesce(sum(numerator),0)::float8 as num, coalesce(sum(denominator),0)::float8 as den
          from observation where source = 'zendesk'`.execute(t.database.db)
    ).rows[0]!;
  const daily = async () =>
    (
      await sql<{ n: number; num: number; den: number }>`
        select coalesce(sum(n),0)::int as n, coalesce(sum(num),0)::float8 as num, coalesce(sum(den),0)::float8 as den
          from observation_daily d join indicator i on i.id = d.indicator_id
         where i.code in ('CSAT','FRT','RESOLUTION_TIME','FCR')`.execute(t.database.db)
    ).rows[0]!;

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    await admin.request('POST', '/api/v1/indicators/presets');
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    supX = await loginClient(t.app, org.people.supX.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    const p1 = (await admin.request('GET', `/api/v1/people/${org.people.staffA1.id}`)).json();
    a1Name = `${p1.givenNameEn} ${p1.familyNameEn}`;
  });
  afterAll(() => t.close());

  let firstId = '';
  let secondId = '';

  it('reads a Zendesk export, days in the person’s own time zone, matches staff by name and by hand', async () => {
    const csv = [
      HEADER,
      // 23:30 in New York on 3 Nov is 12:30 on 4 Nov in Hong Kong (the team's zone)
      ticket({
        id: 101,
        assignee: a1Name,
        created: '2026-11-03 10:00:00',
        solved: '2026-11-03 23:30:00',
        score: 'Good',
        frt: 15,
        full: 810,
      }),
      ticket({
        id: 102,
        assignee: a1Name,
        created: '2026-11-04 09:00:00',
        solved: '2026-11-04 10:00:00',
        score: 'Bad',
        reopens: 1,
      }),
      ticket({
        id: 103,
        assignee: 'Ms A2 Nickname',
        created: '2026-11-04 09:00:00',
        solved: '2026-11-04 11:00:00',
        score: 'Good',
      }),
      ticket({ id: 104, assignee: '', status: 'New', created: '2026-11-04 11:00:00', score: 'Not Offered' }),
    ].join('\n');
    const up = await upload(sup, csv);
    expect(up.statusCode).toBe(201);
    const batch = up.json() as ImportBatch;
    expect(batch).toMatchObject({ status: 'uploaded', detectedSource: 'zendesk' });
    expect(batch.columns).toContain('Satisfaction Score');
    expect(batch.sample).toHaveLength(4);

    expect((await sup.request('POST', `/api/v1/imports/${batch.id}/validate`, zendesk)).statusCode).toBe(202);
    const v = await settle(sup, batch.id);
    expect(v.status).toBe('validated');
    // 3 solved tickets × (FRT, RESOLUTION_TIME, FCR) + 3 CSAT; ticket 104 has no assignee (a warning).
    expect(v.counts).toMatchObject({ records: 4, observations: 12, issues: 1 });
    expect(v.issues[0]).toMatchObject({ code: 'missing_staff', line: 5 });
    expect(v.unmatched).toHaveLength(1);
    expect(v.unmatched[0]).toMatchObject({ name: 'Ms A2 Nickname', rows: 4 });
    expect(v.counts.unmatchedObservations).toBe(4);

    // Nothing is written before the commit.
    expect((await obs()).n).toBe(0);
    const refused = await sup.request('POST', `/api/v1/imports/${batch.id}/commit`, { skipUnmatched: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('import.unmatched_staff');

    // A person outside the supervisor's team cannot be chosen (404, as if unknown).
    const outside = await sup.request('POST', `/api/v1/imports/${batch.id}/matches`, {
      matches: [{ staffKey: v.unmatched[0]!.staffKey, personId: org.people.staffX1.id }],
    });
    expect(outside.statusCode).toBe(404);
    const matched = await sup.request('POST', `/api/v1/imports/${batch.id}/matches`, {
      matches: [{ staffKey: v.unmatched[0]!.staffKey, personId: org.people.staffA2.id }],
    });
    expect(matched.statusCode).toBe(200);
    expect((matched.json() as ImportBatch).unmatched).toHaveLength(0);

    expect(
      (await sup.request('POST', `/api/v1/imports/${batch.id}/commit`, { skipUnmatched: false })).statusCode,
    ).toBe(202);
    const c = await settle(sup, batch.id);
    expect(c.status).toBe('committed');
    expect(c.counts).toMatchObject({ inserted: 12, updated: 0, unchanged: 0 });
    firstId = batch.id;

    const row = await sql<{ occurredOn: string }>`
      select o.occurred_on as "occurredOn" from observation o join indicator i on i.id = o.indicator_id
       where o.external_key = 'zendesk:ticket:101' and i.code = 'CSAT'`.execute(t.database.db);
    expect(row.rows[0]?.occurredOn).toBe('2026-11-04');
    const o = await obs();
    const d = await daily();
    expect(d).toEqual({ n: o.n, num: o.num, den: o.den });
  });

  it('changes nothing when the same file comes again, and updates only what changed', async () => {
    const before = await obs();
    const csv = [
      HEADER,
      ticket({
        id: 101,
        assignee: a1Name,
        created: '2026-11-03 10:00:00',
        solved: '2026-11-03 23:30:00',
        score: 'Good',
        frt: 15,
        full: 810,
      }),
      ticket({
        id: 102,
        assignee: a1Name,
        created: '2026-11-04 09:00:00',
        solved: '2026-11-04 10:00:00',
        score: 'Good',
        reopens: 1,
      }),
      ticket({
        id: 103,
        assignee: 'Ms A2 Nickname',
        created: '2026-11-04 09:00:00',
        solved: '2026-11-04 11:00:00',
        score: 'Good',
      }),
      // the same ticket twice in one file: the later line wins
      ticket({
        id: 103,
        assignee: 'Ms A2 Nickname',
        created: '2026-11-04 09:00:00',
        solved: '2026-11-04 11:00:00',
        score: 'Good',
      }),
    ].join('\n');
    const up = (await upload(sup, csv)).json() as ImportBatch;
    await sup.request('POST', `/api/v1/imports/${up.id}/validate`, zendesk);
    const v = await settle(sup, up.id);
    // The hand-made match is remembered for this source.
    expect(v.unmatched).toHaveLength(0);
    await sup.request('POST', `/api/v1/imports/${up.id}/commit`, { skipUnmatched: false });
    const c = await settle(sup, up.id);
    // Ticket 102's survey turned from Bad to Good: one row changed; the rest is the same.
    expect(c.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 11 });
    const after = await obs();
    expect(after.n).toBe(before.n);
    expect(after.num).toBe(before.num + 1);
    secondId = up.id;
    expect((await sup.request('GET', `/api/v1/imports/${firstId}`)).json().canUndo).toBe(false);
  });

  it('undoes batches in order, restoring what a later batch changed', async () => {
    const blocked = await sup.request('POST', `/api/v1/imports/${firstId}/undo`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('import.undo_blocked');
    const before = await obs();
    expect((await sup.request('POST', `/api/v1/imports/${secondId}/undo`)).json().status).toBe('undone');
    const mid = await obs();
    expect(mid.num).toBe(before.num - 1);
    expect(mid.n).toBe(before.n);
    const undone = await sup.request('POST', `/api/v1/imports/${firstId}/undo`);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(await obs()).toEqual({ n: 0, num: 0, den: 0 });
    expect(await daily()).toEqual({ n: 0, num: 0, den: 0 });
    const audit = await sql<{ action: string }>`
      select action from audit_event where entity_id = ${firstId} order by id`.execute(t.database.db);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'import.uploaded',
      'import.validation_started',
      'import.validated',
      'import.staff_matched',
      'import.commit_started',
      'import.committed',
      'import.undone',
    ]);
  });

  it('refuses to commit a file with bad rows and writes nothing', async () => {
    const csv = [
      HEADER,
      ticket({
        id: 201,
        assignee: a1Name,
        created: '2026-11-04 09:00:00',
        solved: '2026-11-04 10:00:00',
        frt: 'soon',
      }),
      ticket({ id: 202, assignee: a1Name, created: '2026-11-04 09:00:00', solved: 'yesterday' }),
    ].join('\n');
    const up = (await upload(sup, csv)).json() as ImportBatch;
    await sup.request('POST', `/api/v1/imports/${up.id}/validate`, zendesk);
    const v = await settle(sup, up.id);
    expect(v.issues.length).toBeGreaterThanOrEqual(2);
    expect(v.issues.find((i) => i.line === 2)).toMatchObject({ column: 'First reply time in minutes' });
    const r = await sup.request('POST', `/api/v1/imports/${up.id}/commit`, { skipUnmatched: true });
    expect(r.statusCode).toBe(409);
    expect(r.json().code).toBe('import.invalid_rows');
    expect((await obs()).n).toBe(0);
    expect((await sup.request('DELETE', `/api/v1/imports/${up.id}`)).statusCode).toBe(204);
  });

  it('fails a file that is not an export it can read, with the reason', async () => {
    const bin = await sup.request('POST', '/api/v1/imports?fileName=x.csv', Buffer.from([0, 1, 2, 3, 0]), {
      'content-type': 'application/octet-stream',
    });
    expect(bin.statusCode).toBe(400);
    expect(bin.json().code).toBe('import.invalid_file');
    const up = (await upload(sup, 'name,when\nA,B\n')).json() as ImportBatch;
    expect(up.detectedSource).toBeNull();
    await sup.request('POST', `/api/v1/imports/${up.id}/validate`, zendesk);
    const v = await settle(sup, up.id);
    expect(v.status).toBe('failed');
    expect(v.issues[0]?.code).toBe('missing_column');
    const bad = await sup.request('POST', `/api/v1/imports/${up.id}/validate`, {
      ...zendesk,
      timeZone: 'Mars/Olympus',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('keeps imports private to their importer and closed to staff', async () => {
    expect((await supX.request('GET', `/api/v1/imports/${firstId}`)).statusCode).toBe(404);
    expect((await supX.request('POST', `/api/v1/imports/${firstId}/undo`)).statusCode).toBe(404);
    expect((await staff.request('GET', '/api/v1/imports')).statusCode).toBe(403);
    expect((await admin.request('GET', `/api/v1/imports/${firstId}`)).statusCode).toBe(200);
    const mine = (await supX.request('GET', '/api/v1/imports')).json();
    expect(mine.total).toBe(0);
  });

  it('takes pushed rows from an integration token: all or nothing', async () => {
    const created = await admin.request('POST', '/api/v1/api-tokens', { name: 'helpdesk sync' });
    expect(created.statusCode).toBe(201);
    const secret = created.json().secret as string;
    const p1 = (await admin.request('GET', `/api/v1/people/${org.people.staffA1.id}`)).json();
    const push = (rows: unknown[], token = secret) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/push/observations',
        headers: { authorization: `Bearer ${token}` },
        payload: { source: 'helpdesk', rows },
      });
    const good = {
      employeeNumber: p1.employeeNumber,
      indicator: 'CSAT',
      occurredOn: '2026-11-10',
      numerator: 9,
      denominator: 10,
      key: 'd1',
    };
    const bad = await push([good, { ...good, employeeNumber: 'NOPE' }, { ...good, indicator: 'XYZ' }]);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().issues.map((i: { row: number }) => i.row)).toEqual([2, 3]);
    const count = async () =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from observation where source = 'api:helpdesk'`.execute(t.database.db)
      ).rows[0]!.n;
    expect(await count()).toBe(0);
    const ok = await push([good]);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().counts).toMatchObject({ inserted: 1 });
    expect((await push([good])).json().counts).toMatchObject({ inserted: 0, unchanged: 1 });
    expect(await count()).toBe(1);
    expect((await push([good], 'flt_wrong')).statusCode).toBe(401);
    // Session cookies do not work on the push route, and tokens do not work elsewhere.
    expect(
      (await admin.request('POST', '/api/v1/push/observations', { source: 'x', rows: [good] })).statusCode,
    ).toBe(401);
    const other = await t.app.inject({
      method: 'GET',
      url: '/api/v1/imports',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(other.statusCode).toBe(401);
    const id = created.json().token.id as string;
    expect((await admin.request('DELETE', `/api/v1/api-tokens/${id}`)).statusCode).toBe(204);
    expect((await push([good])).statusCode).toBe(401);
  });
});
