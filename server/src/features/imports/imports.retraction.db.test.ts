import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { ImportBatch } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { ZENDESK_HEADER as HEADER, ticket } from '../../../test/zendesk-rows.js';
import { zip } from './sources/test-files.js';

/**
 * Issue 19 item 1: a later, overlapping export in which a solved ticket comes back reopened
 * leaves the ticket contributing only what its current state yields; what it no longer yields
 * is retracted, kept as a revision, and undo puts it back.
 */
describe('imports: a record that comes back changed keeps only what its state yields', () => {
  let t: TestApp;
  let org: Org;
  let sup: Client;
  let admin: Client;
  let a1Name: string;
  const zendesk = { source: 'zendesk', timeZone: 'Asia/Hong_Kong', dateOrder: 'ymd' };

  const run = async (csv: string): Promise<ImportBatch> => {
    const up = (
      await sup.request('POST', '/api/v1/imports?fileName=zendesk.csv', Buffer.from(csv, 'utf8'), {
        'content-type': 'application/octet-stream',
      })
    ).json() as ImportBatch;
    await sup.request('POST', `/api/v1/imports/${up.id}/validate`, zendesk);
    await t.services.imports.idle();
    const v = (await sup.request('GET', `/api/v1/imports/${up.id}`)).json() as ImportBatch;
    expect(v.status, JSON.stringify(v.issues)).toBe('validated');
    await sup.request('POST', `/api/v1/imports/${up.id}/commit`, { skipUnmatched: false });
    await t.services.imports.idle();
    return (await sup.request('GET', `/api/v1/imports/${up.id}`)).json() as ImportBatch;
  };
  /** Each ticket's observations, as indicator code → numerator/denominator. */
  const held = async () => {
    const rows = await sql<{ key: string; code: string; num: number; den: number; id: string }>`
      select o.external_key as key, i.code, o.numerator as num, o.denominator as den, o.id::text as id
        from observation o join indicator i on i.id = o.indicator_id
       where o.source = 'zendesk' order by o.external_key, i.code`.execute(t.database.db);
    const out: Record<string, Record<string, string>> = {};
    for (const r of rows.rows) (out[r.key] ??= {})[r.code] = `${r.num}/${r.den}`;
    return { byTicket: out, ids: rows.rows.map((r) => `${r.key}:${r.code}:${r.id}`) };
  };
  const fcr = async () =>
    (
      await sql<{ num: number; den: number }>`
        select coalesce(sum(d.num),0)::float8 as num, coalesce(sum(d.den),0)::float8 as den
          from observation_daily d join indicator i on i.id = d.indicator_id where i.code = 'FCR'`.execute(
        t.database.db,
      )
    ).rows[0]!;

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    await admin.request('POST', '/api/v1/indicators/presets');
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    const p1 = (await admin.request('GET', `/api/v1/people/${org.people.staffA1.id}`)).json();
    a1Name = `${p1.givenNameEn} ${p1.familyNameEn}`;
  });
  afterAll(() => t.close());

  let first: ImportBatch;
  let second: ImportBatch;
  let before: Awaited<ReturnType<typeof held>>;

  it('retracts the FCR and resolution time of a ticket that came back open, and nothing else', async () => {
    first = await run(
      [
        HEADER,
        ticket({
          id: 501,
          assignee: a1Name,
          created: '2026-11-02 09:00:00',
          solved: '2026-11-02 11:00:00',
          frt: 20,
          full: 120,
        }),
        ticket({
          id: 502,
          assignee: a1Name,
          created: '2026-11-02 09:30:00',
          solved: '2026-11-02 10:00:00',
          frt: 5,
          full: 30,
        }),
      ].join('\n'),
    );
    expect(first.counts).toMatchObject({ inserted: 6, updated: 0, retracted: 0 });
    before = await held();
    expect(before.byTicket['zendesk:ticket:501']).toEqual({
      FCR: '1/1',
      FRT: '20/1',
      RESOLUTION_TIME: '2/1',
    });
    expect(await fcr()).toEqual({ num: 2, den: 2 });

    // The later export: 501 reopened (status Open, Reopens 1, no Solved at); 502 as before; 503 new.
    second = await run(
      [
        HEADER,
        ticket({
          id: 501,
          assignee: a1Name,
          status: 'Open',
          created: '2026-11-02 09:00:00',
          reopens: 1,
          frt: 20,
          full: '',
        }),
        ticket({
          id: 502,
          assignee: a1Name,
          created: '2026-11-02 09:30:00',
          solved: '2026-11-02 10:00:00',
          frt: 5,
          full: 30,
        }),
        ticket({
          id: 503,
          assignee: a1Name,
          created: '2026-11-03 09:00:00',
          solved: '2026-11-03 09:45:00',
          reopens: 1,
          frt: 7,
          full: 45,
        }),
      ].join('\n'),
    );
    // 501's FRT is unchanged (its instant moved from Solved at to Created at: same day, so same fact).
    expect(second.counts).toMatchObject({ inserted: 3, retracted: 2 });
    const after = await held();
    expect(after.byTicket['zendesk:ticket:501']).toEqual({ FRT: '20/1' });
    expect(after.byTicket['zendesk:ticket:502']).toEqual(before.byTicket['zendesk:ticket:502']);
    // FCR: 502 resolved first time, 503 reopened once; 501 no longer counts.
    expect(await fcr()).toEqual({ num: 1, den: 2 });
    const kept = await sql<{ n: number }>`
      select count(*)::int as n from import_revision where batch_id = ${second.id} and kind = 'retracted'`.execute(
      t.database.db,
    );
    expect(kept.rows[0]!.n).toBe(2);
  });

  it('blocks undoing the earlier import while the retraction stands, and undo restores it with its ids', async () => {
    expect((await sup.request('GET', `/api/v1/imports/${first.id}`)).json().canUndo).toBe(false);
    expect((await sup.request('POST', `/api/v1/imports/${first.id}/undo`)).statusCode).toBe(409);
    const undone = await sup.request('POST', `/api/v1/imports/${second.id}/undo`);
    expect(undone.statusCode, undone.body).toBe(200);
    const restored = await held();
    expect(restored.ids).toEqual(before.ids);
    expect(restored.byTicket).toEqual(before.byTicket);
    expect(await fcr()).toEqual({ num: 2, den: 2 });
  });

  it('refuses to put back a retracted observation that a later import made again', async () => {
    const again = await run(
      [
        HEADER,
        ticket({
          id: 501,
          assignee: a1Name,
          status: 'Open',
          created: '2026-11-02 09:00:00',
          reopens: 1,
          full: '',
        }),
      ].join('\n'),
    );
    expect(again.counts.retracted).toBe(2);
    const solvedAgain = await run(
      [
        HEADER,
        ticket({
          id: 501,
          assignee: a1Name,
          created: '2026-11-02 09:00:00',
          solved: '2026-11-05 11:00:00',
          reopens: 1,
          frt: 20,
          full: 4440,
        }),
      ].join('\n'),
    );
    expect(solvedAgain.counts).toMatchObject({ inserted: 2 });
    expect((await held()).byTicket['zendesk:ticket:501']).toMatchObject({ FCR: '0/1' });
    const blocked = await sup.request('POST', `/api/v1/imports/${again.id}/undo`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('import.undo_blocked');
    // In order it works: the later one first, then the retraction.
    expect((await sup.request('POST', `/api/v1/imports/${solvedAgain.id}/undo`)).statusCode).toBe(200);
    expect((await sup.request('POST', `/api/v1/imports/${again.id}/undo`)).statusCode).toBe(200);
    expect((await held()).byTicket).toEqual(before.byTicket);
  });

  it('keeps the suggestions for unmatched staff with the batch, not in the process', async () => {
    const given = a1Name.split(' ')[0]!;
    const up = (
      await sup.request(
        'POST',
        '/api/v1/imports?fileName=zendesk.csv',
        Buffer.from(
          [
            HEADER,
            ticket({
              id: 900,
              assignee: `${given} Unknownson`,
              created: '2026-11-02 09:00:00',
              solved: '2026-11-02 10:00:00',
            }),
          ].join('\n'),
          'utf8',
        ),
        { 'content-type': 'application/octet-stream' },
      )
    ).json() as ImportBatch;
    await sup.request('POST', `/api/v1/imports/${up.id}/validate`, zendesk);
    await t.services.imports.idle();
    const stored = await sql<{ suggestions: string[] }>`
      select suggestions from import_staff where batch_id = ${up.id}`.execute(t.database.db);
    expect(stored.rows[0]!.suggestions).toContain(org.people.staffA1.id);
    const v = (await sup.request('GET', `/api/v1/imports/${up.id}`)).json() as ImportBatch;
    expect(v.unmatched[0]!.suggestions.map((x) => x.personId)).toContain(org.people.staffA1.id);
  });

  it('takes Zendesk’s zipped export, and says what a zip holds when it is not one CSV (issue 19 item 3)', async () => {
    const csv = [
      HEADER,
      ticket({ id: 700, assignee: a1Name, created: '2026-11-02 09:00:00', solved: '2026-11-02 10:00:00' }),
    ].join('\n');
    const send = (body: Buffer) =>
      sup.request('POST', '/api/v1/imports?fileName=export-2026-11-30.zip', body, {
        'content-type': 'application/octet-stream',
      });
    const ok = await send(zip([{ name: 'export-2026-11-30-1234.csv', data: csv }]));
    expect(ok.statusCode, ok.body).toBe(201);
    expect((ok.json() as ImportBatch).detectedSource).toBe('zendesk');
    const two = await send(
      zip([
        { name: 'a.csv', data: csv },
        { name: 'b.txt', data: 'x' },
      ]),
    );
    expect(two.statusCode).toBe(400);
    expect(two.json().code).toBe('import.zip_contents');
    expect(JSON.stringify(two.json())).toContain('a.csv');
  });
});
