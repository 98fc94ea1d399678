import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { EvaluationSummary, ImportBatch, Evaluation, ScorecardContent } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { installIndicators, makeUser, PASSWORD } from '../../../test/factories.js';
import { systemActor } from '../../access/actor.js';
import { hashPassword } from '../auth/password.js';
import { fixedClock } from '../../lib/clock.js';
import { DEMO_MYSTERY } from './assessments.demo.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/imports');
const fixture = (name: string) => readFileSync(path.join(fixtures, name));

/**
 * The demo's mystery-shop scorecard with the greeting made critical for the whole visit: weights
 * greeted 1, need (1–5) 2, knowledge (0–5 points) 2, add-on 1, thanks 1, tidy 1 — 8 points possible.
 */
const CARD: ScorecardContent = DEMO_MYSTERY.map((s) => ({
  ...s,
  items: s.items.map((i) => (i.id === 'greeted' ? { ...i, critical: 'evaluation' as const } : i)),
}));

/**
 * #12 item 1, the third kind: a CSV of mystery-shopper visits imported through the import pipeline
 * (server/test/fixtures/imports/mystery-shop-visits*.csv, 30 visits in two stores).
 */
describe('mystery-shop visits through the import pipeline', () => {
  let t: TestApp;
  let admin: Client;
  let taiMan: Client;
  const ids: Record<string, string> = {};
  const units: Record<string, string> = {};
  let cardId: string;
  const settings = () => ({
    source: 'mystery_shop',
    timeZone: 'Asia/Hong_Kong',
    dateOrder: 'ymd',
    scorecardId: cardId,
  });

  const upload = async (file: string, name = file) =>
    (
      await admin.request('POST', `/api/v1/imports?fileName=${name}`, fixture(file), {
        'content-type': 'application/octet-stream',
      })
    ).json() as ImportBatch;
  const check = async (id: string, body: Record<string, unknown> = settings()) => {
    const res = await admin.request('POST', `/api/v1/imports/${id}/validate`, body);
    await t.services.imports.idle();
    return { res, batch: (await admin.request('GET', `/api/v1/imports/${id}`)).json() as ImportBatch };
  };
  const commit = async (id: string) => {
    const res = await admin.request('POST', `/api/v1/imports/${id}/commit`, { skipUnmatched: false });
    await t.services.imports.idle();
    return { res, batch: (await admin.request('GET', `/api/v1/imports/${id}`)).json() as ImportBatch };
  };
  /** Points earned, points possible and visits of a person's or a store's MYSTERY_SHOP observations. */
  const figure = async (where: { personId?: string; unitId?: string }) =>
    (
      await sql<{ num: number; den: number; n: number }>`
        select coalesce(sum(o.numerator), 0)::float8 as num, coalesce(sum(o.denominator), 0)::float8 as den,
               count(*)::int as n
          from observation o join indicator i on i.id = o.indicator_id join person p on p.id = o.person_id
         where i.code = 'MYSTERY_SHOP'
           and (${where.personId ?? null}::uuid is null or o.person_id = ${where.personId ?? null}::uuid)
           and (${where.unitId ?? null}::uuid is null or p.org_unit_id = ${where.unitId ?? null}::uuid)`.execute(
        t.database.db,
      )
    ).rows[0]!;
  const visits = async () =>
    Number(
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from evaluation where visit_key is not null`.execute(t.database.db)
      ).rows[0]!.n,
    );
  const snapshot = async () =>
    (
      await sql<{ k: string }>`
        select string_agg(o.external_key || '=' || o.numerator || '/' || o.denominator || '@' || o.occurred_on
                          || ':' || e.id || ':' || e.percent, ',' order by o.external_key) as k
          from observation o left join evaluation e on e.observation_id = o.id
         where o.external_key like 'mystery:%'`.execute(t.database.db)
    ).rows[0]!.k;

  beforeAll(async () => {
    t = await createTestApp({ clock: fixedClock(new Date('2026-12-01T02:00:00Z')) });
    await installIndicators(t.services);
    const sys = systemActor('test');
    const company = await t.services.org.createUnit(sys, {
      parentId: null,
      kind: 'company',
      code: 'CO',
      nameEn: 'Company',
      nameZh: '公司',
    });
    for (const [code, en, zh] of [
      ['CWB', 'Causeway Bay', '銅鑼灣店'],
      ['MK', 'Mong Kok', '旺角店'],
    ] as const) {
      const u = await t.services.org.createUnit(sys, {
        parentId: company.id,
        kind: 'store',
        code,
        nameEn: en,
        nameZh: zh,
        timezone: 'Asia/Hong_Kong',
      });
      units[code] = u.id;
    }
    for (const [emp, given, family, zh, unit] of [
      ['S301', 'Tai Man', 'Chan', '陳大文', 'CWB'],
      ['S302', 'Mei Ling', 'Wong', '黃美玲', 'CWB'],
      ['S303', 'Ka Ho', 'Lee', '李家豪', 'MK'],
      ['S304', 'Wing Yan', 'Cheung', '張詠欣', 'MK'],
    ] as const) {
      const p = await t.services.people.create(sys, {
        employeeNumber: emp,
        givenNameEn: given,
        familyNameEn: family,
        nameZh: zh,
        email: `${emp.toLowerCase()}@shop.example`,
        orgUnitId: units[unit]!,
        managerId: null,
        jobRoleId: null,
      });
      ids[emp] = p.id;
    }
    await t.services.users.create(
      sys,
      {
        email: 's301@shop.example',
        displayName: 'Tai Man',
        password: PASSWORD,
        personId: ids.S301!,
        roles: ['staff'],
      },
      { passwordHash: await hashPassword(PASSWORD) },
    );
    const a = await makeUser(t.services, ['admin']);
    admin = await loginClient(t.app, a.email, PASSWORD);
    taiMan = await loginClient(t.app, 's301@shop.example', PASSWORD);
    const res = await admin.request('POST', '/api/v1/scorecards', {
      code: 'MYSTERY-VISIT',
      kind: 'mystery_shop',
      titleEn: 'Mystery-shopper visit',
      titleZh: '神秘顧客到訪',
      sections: CARD,
    });
    expect(res.statusCode).toBe(201);
    cardId = res.json().id;
  });
  afterAll(() => t.close());

  it('recognises the file and refuses a batch without a scorecard to score on when there are two', async () => {
    const b = await upload('mystery-shop-visits.csv');
    expect(b.detectedSource).toBe('mystery_shop');
    const other = await admin.request('POST', '/api/v1/scorecards', {
      code: 'MYSTERY-PHONE',
      kind: 'mystery_shop',
      titleEn: 'Mystery call',
      titleZh: '神秘來電',
      sections: CARD,
    });
    expect(other.statusCode).toBe(201);
    const { res } = await check(b.id, {
      source: 'mystery_shop',
      timeZone: 'Asia/Hong_Kong',
      dateOrder: 'ymd',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues[0].path).toBe('/scorecardId');
    const wrong = await check(b.id, { ...settings(), scorecardId: '00000000-0000-4000-8000-000000000000' });
    expect(wrong.res.statusCode).toBe(400);
    expect((await admin.request('GET', `/api/v1/imports/${b.id}`)).json().status).toBe('uploaded');
    await admin.request('DELETE', `/api/v1/imports/${b.id}`);
  });

  it('finds every bad row, row by row, and commits nothing', async () => {
    const b = await upload('mystery-shop-visits-bad.csv');
    const { batch } = await check(b.id);
    expect(batch.status).toBe('validated');
    const byLine = batch.issues.map((i) => `${i.line}:${i.code}:${i.column ?? ''}`).sort();
    expect(byLine).toEqual(
      [
        '9:out_of_scale:knowledge',
        '14:out_of_scale:Staff found what I needed',
        '17:missing_visit_id:Visit ID',
        '22:out_of_scale:greeted',
        '24:unknown_store:Store',
      ].sort(),
    );
    expect(batch.issues.find((i) => i.line === 9)!.params).toMatchObject({
      value: '7',
      item: 'knowledge',
      scale: 'points',
      max: 5,
    });
    const { res } = await commit(b.id);
    expect(res.statusCode).toBe(409);
    expect(await visits()).toBe(0);
    expect((await figure({})).n).toBe(0);
    await admin.request('DELETE', `/api/v1/imports/${b.id}`);
  });

  it('refuses a column that is no item of the scorecard, at the header', async () => {
    const csv = Buffer.from(
      'Visit ID,Visit Date,Store,Staff ID,greeted,Smiled\nX1,2026-11-02,CWB,S301,yes,yes\n',
    );
    const up = (
      await admin.request('POST', '/api/v1/imports?fileName=smiled.csv', csv, {
        'content-type': 'application/octet-stream',
      })
    ).json() as ImportBatch;
    const { batch } = await check(up.id);
    expect(batch.status).toBe('failed');
    expect(batch.issues.map((i) => [i.code, i.column])).toEqual([['unknown_item_column', 'Smiled']]);
    await admin.request('DELETE', `/api/v1/imports/${up.id}`);
  });

  let first: ImportBatch;
  it('matches the staff served (one by a suggestion), commits, and the figures are the scorecard’s', async () => {
    const b = await upload('mystery-shop-visits.csv');
    const { batch } = await check(b.id);
    expect(batch.status).toBe('validated');
    expect(batch.issues).toEqual([]);
    // "Ka Ho" (no staff id) is left to the importer, with Lee Ka Ho suggested.
    expect(batch.unmatched.map((u) => [u.name, u.suggestions.map((s) => s.personId)])).toEqual([
      ['Ka Ho', [ids.S303]],
    ]);
    expect((await commit(b.id)).res.statusCode).toBe(409);
    const m = await admin.request('POST', `/api/v1/imports/${b.id}/matches`, {
      matches: [{ staffKey: batch.unmatched[0]!.staffKey, personId: ids.S303 }],
    });
    expect(m.statusCode).toBe(200);
    const done = await commit(b.id);
    expect(done.res.statusCode).toBe(202);
    first = done.batch;
    expect(first.status).toBe('committed');
    expect(first.counts).toMatchObject({ inserted: 30, records: 30 });
    // Tai Man Chan's four visits, by hand (greeting critical; N/A out of the points possible):
    //  MS-2611-001 yes, need 4, knowledge 5, add-on yes, thanks yes, tidy yes → 1+1.5+2+1+1+1 = 7.5 / 8
    //  MS-2611-011 yes, need 3, knowledge 4, add-on N/A, thanks no, tidy yes → 1+1+1.6+0+1 = 4.6 / 7
    //  MS-2611-018 not greeted (critical) → 0 / 8
    //  MS-2611-025 yes, need 2, knowledge 3, add-on no, thanks yes, tidy N/A → 1+0.5+1.2+0+1 = 3.7 / 7
    //  → 15.8 / 30 = 52.7 %, n = 4.
    const mine = await figure({ personId: ids.S301! });
    expect(mine.n).toBe(4);
    expect(mine.num).toBeCloseTo(15.8, 9);
    expect(mine.den).toBe(30);
    // Causeway Bay: Tai Man's 15.8 / 30 and Mei Ling's eight visits, 26.9 / 60 → 42.7 / 90, n = 12.
    const cwb = await figure({ unitId: units.CWB! });
    expect([cwb.n, cwb.den]).toEqual([12, 90]);
    expect(cwb.num).toBeCloseTo(42.7, 9);
    const mk = await figure({ unitId: units.MK! });
    expect([mk.n, mk.den]).toEqual([18, 129]);
    expect(mk.num).toBeCloseTo(82.8, 9);
    // One released evaluation per visit, linked to its observation (so counted once).
    expect(await visits()).toBe(30);
    const linked = await sql<{ n: number }>`
      select count(*)::int as n from evaluation e join observation o on o.id = e.observation_id
       where e.visit_key = o.external_key and e.status = 'released' and e.purpose = 'official'`.execute(
      t.database.db,
    );
    expect(linked.rows[0]!.n).toBe(30);
    const assessment = await sql<{ n: number }>`
      select count(*)::int as n from observation where source = 'assessment'`.execute(t.database.db);
    expect(assessment.rows[0]!.n).toBe(0);
  });

  it('shows the visit to the person served, with its items and its score', async () => {
    const list = (await taiMan.request('GET', '/api/v1/evaluations')).json() as EvaluationSummary[];
    expect(list.map((e) => e.channel)).toEqual(['visit', 'visit', 'visit', 'visit']);
    const crit = list.find((e) => e.criticalFailed)!;
    const ev = (await taiMan.request('GET', `/api/v1/evaluations/${crit.id}`)).json() as Evaluation;
    expect(ev).toMatchObject({ status: 'released', ticketKey: 'MS-2611-018', occurredOn: '2026-11-19' });
    expect(ev.evidenceText).toBe('Not greeted for two minutes.');
    expect(ev.result).toMatchObject({ earned: 0, possible: 8, criticalFailed: true });
    const first = list.find((e) => e.percent !== null && Math.abs(e.percent - 93.75) < 1e-9);
    expect(first).toBeDefined();
    // The shopper's visit, recorded by the importer: not disputable (the provider corrects it by file).
    expect(list.every((e) => e.imported)).toBe(true);
    expect(ev).toMatchObject({ imported: true, abilities: { acknowledge: true, dispute: false } });
    const before = await snapshot();
    const res = await taiMan.request('POST', `/api/v1/evaluations/${crit.id}/disputes`, {
      items: [{ itemId: 'greeted', reason: 'I greeted her at the door.' }],
    });
    expect([res.statusCode, res.json().code]).toEqual([409, 'evaluation.imported_visit']);
    expect(await snapshot()).toEqual(before);
    const disputes = await sql<{ n: number }>`select count(*)::int as n from evaluation_dispute`.execute(
      t.database.db,
    );
    expect(disputes.rows[0]!.n).toBe(0);
  });

  it('changes nothing when the same visits come again, in Chinese headers', async () => {
    const before = await snapshot();
    const b = await upload('mystery-shop-visits-zh-Hant.csv');
    expect(b.detectedSource).toBe('mystery_shop');
    const { batch } = await check(b.id);
    expect(batch.issues).toEqual([]);
    // The remembered match of "Ka Ho" makes it known this time.
    expect(batch.unmatched).toEqual([]);
    const done = await commit(b.id);
    expect(done.batch.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 30, retracted: 0 });
    expect(await snapshot()).toBe(before);
    expect(await visits()).toBe(30);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot();
    const b = await upload('mystery-shop-visits.csv', 'mystery-shop-visits-again.csv');
    const { batch } = await check(b.id);
    expect(batch.unmatched).toEqual([]);
    const done = await commit(b.id);
    expect(done.batch.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 30, retracted: 0 });
    expect(await snapshot()).toBe(before);
  });

  let fix: ImportBatch;
  it('replaces a corrected visit, and undo puts it back', async () => {
    const before = await snapshot();
    const beforeEval = (
      await sql<{ id: string }>`select id from evaluation where visit_key = 'mystery:MS-2611-018'`.execute(
        t.database.db,
      )
    ).rows[0]!.id;
    // The agency corrects visit 018: Tai Man did greet the shopper.
    const csv = fixture('mystery-shop-visits.csv')
      .toString('utf8')
      .split('\r\n')
      .filter((l, i) => i === 0 || l.startsWith('MS-2611-018,'))
      .map((l) => l.replace(',Tai Man Chan,S301,no,', ',Tai Man Chan,S301,yes,'))
      .join('\r\n');
    const up = (
      await admin.request('POST', '/api/v1/imports?fileName=correction.csv', Buffer.from(csv), {
        'content-type': 'application/octet-stream',
      })
    ).json() as ImportBatch;
    await check(up.id);
    fix = (await commit(up.id)).batch;
    expect(fix.counts).toMatchObject({ inserted: 0, updated: 1 });
    // 018 is now 1 + 2 + 2 + 1 + 1 + 1 = 8 / 8 → Tai Man 23.8 / 30.
    const mine = await figure({ personId: ids.S301! });
    expect([mine.n, mine.den]).toEqual([4, 30]);
    expect(mine.num).toBeCloseTo(23.8, 9);
    const now = await sql<{ id: string; percent: number }>`
      select id, percent from evaluation where visit_key = 'mystery:MS-2611-018'`.execute(t.database.db);
    expect(now.rows).toHaveLength(1);
    expect(now.rows[0]!.percent).toBe(100);
    expect(now.rows[0]!.id).not.toBe(beforeEval);
    expect(await visits()).toBe(30);
    // The first import cannot be undone while the correction stands.
    expect((await admin.request('POST', `/api/v1/imports/${first.id}/undo`)).statusCode).toBe(409);
    const undo = await admin.request('POST', `/api/v1/imports/${fix.id}/undo`);
    expect(undo.statusCode).toBe(200);
    expect(await snapshot()).toBe(before);
    const back = await sql<{ id: string; observation_id: string | null }>`
      select id, observation_id::text from evaluation where visit_key = 'mystery:MS-2611-018'`.execute(
      t.database.db,
    );
    expect(back.rows[0]!.id).toBe(beforeEval);
    expect(back.rows[0]!.observation_id).not.toBeNull();
  });

  it('undo of the import removes its visits and their observations', async () => {
    const res = await admin.request('POST', `/api/v1/imports/${first.id}/undo`);
    expect(res.statusCode).toBe(200);
    expect(await visits()).toBe(0);
    expect((await figure({})).n).toBe(0);
    expect((await taiMan.request('GET', '/api/v1/evaluations')).json()).toEqual([]);
    const audit = await sql<{ action: string }>`
      select action from audit_event where action like 'mystery_shop.%' order by id`.execute(t.database.db);
    expect(audit.rows.map((r) => r.action)).toEqual([
      'mystery_shop.visits_committed',
      'mystery_shop.visits_committed',
      'mystery_shop.visits_committed',
      'mystery_shop.visits_committed',
      'mystery_shop.visits_undone',
      'mystery_shop.visits_undone',
    ]);
  });
});
