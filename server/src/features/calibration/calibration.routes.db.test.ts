import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, CalibrationSession, Scorecard, ScorecardContent } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';

const LEVELS = [1, 2, 3, 4, 5].map((n) => ({ en: `Level ${n}`, zh: `第${n}級` }));
const SECTIONS: ScorecardContent = [
  {
    id: 's',
    titleEn: 'Service',
    titleZh: '服務',
    items: [
      {
        id: 'greet',
        textEn: 'Greets by name',
        textZh: '以姓名問候',
        type: 'yes_no_na',
        weight: 1,
        critical: 'none',
        naAllowed: true,
      },
      {
        id: 'explain',
        textEn: 'Explains clearly',
        textZh: '解釋清楚',
        type: 'scale_1_5',
        weight: 2,
        levels: LEVELS,
        critical: 'none',
        naAllowed: false,
      },
      {
        id: 'accuracy',
        textEn: 'Accuracy',
        textZh: '準確',
        type: 'points',
        weight: 3,
        maxPoints: 10,
        critical: 'none',
        naAllowed: false,
      },
    ],
  },
];

const a = (greet: Answer['value'], explain: number, accuracy: number): Answer[] => [
  { itemId: 'greet', value: greet },
  { itemId: 'explain', value: explain },
  { itemId: 'accuracy', value: accuracy },
];

describe('calibration sessions over HTTP', () => {
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let manager: Client;
  let supA: Client;
  let supB: Client;
  let assessor: Client;
  let supX: Client;
  let staff: Client;
  let card: Scorecard;
  let session: CalibrationSession;

  const count = async (table: 'calibrationScore' | 'auditEvent' | 'evaluation' | 'observation') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const url = (s: CalibrationSession, i: number, what: 'scores' | 'benchmark') =>
    `/api/v1/calibration-sessions/${s.id}/interactions/${s.interactions[i]!.id}/${what}`;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    await installIndicators(t.services);
    const admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    manager = await loginClient(t.app, org.people.manager.email, PASSWORD);
    supA = await loginClient(t.app, org.people.supA.email, PASSWORD);
    supB = await loginClient(t.app, org.people.supB.email, PASSWORD);
    assessor = await loginClient(t.app, org.people.assessorA.email, PASSWORD);
    supX = await loginClient(t.app, org.people.supX.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    const res = await admin.request('POST', '/api/v1/scorecards', {
      code: 'CAL-1',
      kind: 'qa_interaction',
      titleEn: 'Call review',
      titleZh: '通話評審',
      sections: SECTIONS,
    });
    card = res.json();
  });
  afterAll(() => t.close());

  const assessorIds = () => [org.people.supA.userId!, org.people.supB.userId!, org.people.assessorA.userId!];

  it('the lead starts a session with others who may score; bad assessors are refused, nothing written', async () => {
    const body = {
      scorecardId: card.id,
      title: 'November calls',
      interactions: ['T-1', 'T-2', 'T-3', 'T-4'],
      assessorUserIds: assessorIds(),
    };
    expect((await supA.request('POST', '/api/v1/calibration-sessions', body)).statusCode).toBe(403);
    const audits = await count('auditEvent');
    for (const bad of [org.people.manager.userId!, org.people.staffA1.userId!]) {
      const res = await manager.request('POST', '/api/v1/calibration-sessions', {
        ...body,
        assessorUserIds: [...assessorIds().slice(1), bad],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('calibration.invalid_assessor');
    }
    expect(await count('auditEvent')).toBe(audits);
    const cands = await manager.request('GET', '/api/v1/calibration-sessions/candidates');
    const ids = cands.json().map((c: { userId: string }) => c.userId);
    expect(ids).toEqual(expect.arrayContaining(assessorIds()));
    expect(ids).not.toContain(org.people.staffA1.userId);
    expect(ids).not.toContain(org.people.manager.userId);
    const res = await manager.request('POST', '/api/v1/calibration-sessions', body);
    expect(res.statusCode).toBe(201);
    session = res.json();
    expect(session).toMatchObject({ status: 'open', lead: true, results: null, scores: [] });
    expect(session.abilities).toEqual({
      score: false,
      finish: false,
      benchmark: true,
      reveal: true,
      close: false,
    });
    expect(await count('auditEvent')).toBe(audits + 1);
  });

  it('scores outside an item’s scale are refused (400) and nothing changes', async () => {
    const before = [await count('calibrationScore'), await count('auditEvent')];
    for (const answers of [a('yes', 6, 5), a('yes', 3, 11), a('maybe' as never, 3, 5)]) {
      const res = await supA.request('PUT', url(session, 0, 'scores'), { answers });
      expect(res.statusCode).toBe(400);
    }
    const res = await supA.request('PUT', url(session, 0, 'scores'), { answers: a('yes', 0, 5) });
    expect(res.json().code).toBe('evaluation.score_out_of_scale');
    expect([await count('calibrationScore'), await count('auditEvent')]).toEqual(before);
  });

  it('is blind while open: each assessor sees their own scores only, the lead who finished', async () => {
    const plan: [Client, Answer[][]][] = [
      [supA, [a('yes', 4, 8), a('no', 2, 3), a('yes', 5, 9), a('na', 3, 6)]],
      [supB, [a('yes', 4, 7), a('no', 2, 4), a('no', 5, 9), a('yes', 3, 6)]],
      [assessor, [a('yes', 5, 9), a('no', 3, 5), a('yes', 5, 10), a('no', 4, 7)]],
    ];
    for (const [c, rows] of plan) {
      for (const [i, answers] of rows.entries()) {
        const res = await c.request('PUT', url(session, i, 'scores'), { answers });
        expect(res.statusCode).toBe(200);
      }
    }
    const mine = (
      await supB.request('GET', `/api/v1/calibration-sessions/${session.id}`)
    ).json() as CalibrationSession;
    expect(mine.scores).toHaveLength(4);
    expect(new Set(mine.scores.map((s) => s.userId))).toEqual(new Set([org.people.supB.userId]));
    expect(mine.results).toBeNull();
    // The lead's benchmark, hidden from the assessors until the reveal.
    for (const [i, answers] of [a('yes', 4, 8), a('no', 2, 4), a('yes', 5, 9), a('yes', 3, 6)].entries()) {
      expect((await manager.request('PUT', url(session, i, 'benchmark'), { answers })).statusCode).toBe(200);
    }
    expect(
      (await supA.request('PUT', url(session, 0, 'benchmark'), { answers: a('yes', 1, 1) })).statusCode,
    ).toBe(403);
    const again = (await supB.request('GET', `/api/v1/calibration-sessions/${session.id}`)).json();
    expect(again.scores.every((s: { userId: string | null }) => s.userId === org.people.supB.userId)).toBe(
      true,
    );
    expect((await supA.request('POST', `/api/v1/calibration-sessions/${session.id}/finish`)).statusCode).toBe(
      200,
    );
    expect((await supA.request('POST', `/api/v1/calibration-sessions/${session.id}/finish`)).statusCode).toBe(
      409,
    );
    const lead = (
      await manager.request('GET', `/api/v1/calibration-sessions/${session.id}`)
    ).json() as CalibrationSession;
    expect(lead.scores.every((s) => s.userId === null)).toBe(true);
    expect(lead.scores).toHaveLength(4);
    expect(lead.assessors.filter((x) => x.finishedAt !== null).map((x) => x.userId)).toEqual([
      org.people.supA.userId,
    ]);
  });

  it('someone not in the session gets 404 and changes nothing', async () => {
    const before = await count('calibrationScore');
    expect((await supX.request('GET', `/api/v1/calibration-sessions/${session.id}`)).statusCode).toBe(404);
    expect(
      (await supX.request('PUT', url(session, 0, 'scores'), { answers: a('yes', 3, 3) })).statusCode,
    ).toBe(404);
    expect((await staff.request('GET', `/api/v1/calibration-sessions/${session.id}`)).statusCode).toBe(404);
    expect((await supX.request('GET', '/api/v1/calibration-sessions')).json()).toEqual([]);
    expect(await count('calibrationScore')).toBe(before);
  });

  it('after the reveal all see all scores, alpha per item and overall, and each one’s bias; scoring is 409', async () => {
    expect((await supA.request('POST', `/api/v1/calibration-sessions/${session.id}/reveal`)).statusCode).toBe(
      403,
    );
    const res = await manager.request('POST', `/api/v1/calibration-sessions/${session.id}/reveal`);
    expect(res.statusCode).toBe(200);
    const out = (
      await supB.request('GET', `/api/v1/calibration-sessions/${session.id}`)
    ).json() as CalibrationSession;
    expect(out.status).toBe('revealed');
    expect(out.scores).toHaveLength(16); // 3 assessors × 4 + the benchmark × 4
    const r = out.results!;
    expect(r.items.map((i) => [i.itemId, i.level])).toEqual([
      ['greet', 'nominal'],
      ['explain', 'ordinal'],
      ['accuracy', 'interval'],
    ]);
    for (const item of r.items) {
      expect(item.figure.alpha).not.toBeNull();
      expect(item.figure.low!).toBeLessThanOrEqual(item.figure.alpha!);
      expect(item.figure.high!).toBeGreaterThanOrEqual(item.figure.alpha!);
    }
    // N/A is missing: the fourth interaction's greet has two values, not three.
    expect(r.items[0]!.figure.pairable).toBe(11);
    expect(r.overall.alpha).not.toBeNull();
    const bias = Object.fromEntries(r.assessors.map((x) => [x.userId, x.bias]));
    // supA: 0 on every pair but accuracy T-2 (3 vs 4: −0.1) of 11 pairs (greet N/A left out).
    expect(bias[org.people.supA.userId!]!.n).toBe(11);
    expect(bias[org.people.supA.userId!]!.mean).toBeCloseTo(-0.1 / 11, 10);
    expect(bias[org.people.assessorA.userId!]!.mean!).toBeGreaterThan(0); // scores more generously
    for (const x of r.assessors) expect(x.drift.sessions).toBe(1);
    // The same figures on every read (the bootstrap is seeded from the session).
    const again = (await manager.request('GET', `/api/v1/calibration-sessions/${session.id}`)).json();
    expect(again.results).toEqual(r);
    const before = await count('calibrationScore');
    const late = await supA.request('PUT', url(session, 0, 'scores'), { answers: a('yes', 3, 3) });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('calibration.invalid_state');
    expect(
      (await manager.request('PUT', url(session, 0, 'benchmark'), { answers: a('yes', 3, 3) })).statusCode,
    ).toBe(409);
    expect(await count('calibrationScore')).toBe(before);
  });

  it('calibration scores never become evaluations or observations', async () => {
    expect(await count('evaluation')).toBe(0);
    expect(await count('observation')).toBe(0);
  });

  it('a second session gives each assessor a drift across sessions; closing once', async () => {
    // A later session: created after the first (the list is newest first), revealed after it.
    clock.advance(60_000);
    const res = await manager.request('POST', '/api/v1/calibration-sessions', {
      scorecardId: card.id,
      title: 'December calls',
      interactions: ['T-5', 'T-6'],
      assessorUserIds: assessorIds(),
    });
    const s2 = res.json() as CalibrationSession;
    for (const c of [supA, supB, assessor]) {
      for (const i of [0, 1]) {
        expect((await c.request('PUT', url(s2, i, 'scores'), { answers: a('yes', 4, 8) })).statusCode).toBe(
          200,
        );
      }
    }
    for (const i of [0, 1]) {
      await manager.request('PUT', url(s2, i, 'benchmark'), { answers: a('yes', 3, 8) });
    }
    clock.advance(60_000);
    const rev = await manager.request('POST', `/api/v1/calibration-sessions/${s2.id}/reveal`);
    expect(rev.statusCode, rev.body).toBe(200);
    const out = rev.json() as CalibrationSession;
    for (const x of out.results!.assessors) {
      expect(x.drift.sessions).toBe(2);
      expect(x.drift.history.map((h) => h.sessionId)).toEqual([session.id, s2.id]);
      expect(x.bias.mean).toBeCloseTo(0.25 / 3, 10);
    }
    expect((await manager.request('POST', `/api/v1/calibration-sessions/${s2.id}/close`)).statusCode).toBe(
      200,
    );
    expect((await manager.request('POST', `/api/v1/calibration-sessions/${s2.id}/close`)).statusCode).toBe(
      409,
    );
    const list = (await supA.request('GET', '/api/v1/calibration-sessions')).json();
    expect(list.map((x: { title: string }) => x.title)).toEqual(['December calls', 'November calls']);
  });
});
