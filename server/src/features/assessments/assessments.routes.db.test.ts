import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Evaluation,
  EvaluationSummary,
  QueuedDispute,
  Scorecard,
  ScorecardContent,
} from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';

const LEVELS = [1, 2, 3, 4, 5].map((n) => ({ en: `Level ${n}`, zh: `第${n}級` }));
const SECTIONS: ScorecardContent = [
  {
    id: 'open',
    titleEn: 'Opening',
    titleZh: '開場',
    items: [
      {
        id: 'greet',
        textEn: 'Greets',
        textZh: '問候',
        type: 'yes_no_na',
        weight: 2,
        critical: 'none',
        naAllowed: true,
      },
      {
        id: 'verify',
        textEn: 'Verifies identity',
        textZh: '核實身份',
        type: 'yes_no_na',
        weight: 1,
        critical: 'evaluation',
        naAllowed: false,
      },
    ],
  },
  {
    id: 'resolve',
    titleEn: 'Resolution',
    titleZh: '解決',
    items: [
      {
        id: 'explain',
        textEn: 'Explains clearly',
        textZh: '解釋清楚',
        type: 'scale_1_5',
        weight: 4,
        levels: LEVELS,
        critical: 'none',
        naAllowed: false,
      },
    ],
  },
];

describe('assessments: scorecards, evaluations, disputes and arbitration', () => {
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let ind: (code: string) => string;
  let admin: Client;
  let sup: Client;
  let staff: Client;
  let peer: Client;
  let manager: Client;
  let assessor: Client;
  let card: Scorecard;

  const count = async (table: 'evaluation' | 'evaluationDispute' | 'observation') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const qaObservations = () =>
    t.database.db
      .selectFrom('observation')
      .selectAll()
      .where('indicatorId', '=', ind('QA_SCORE'))
      .where('personId', '=', org.people.staffA1.id)
      .execute();

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    ind = await installIndicators(t.services);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    peer = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    manager = await loginClient(t.app, org.people.manager.email, PASSWORD);
    assessor = await loginClient(t.app, org.people.assessorA.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('creates a scorecard feeding the QA indicator and refuses a malformed one', async () => {
    const bad = await admin.request('POST', '/api/v1/scorecards', {
      code: 'BAD',
      kind: 'qa_interaction',
      titleEn: 'Bad',
      titleZh: '壞',
      sections: [{ ...SECTIONS[1], items: [{ ...SECTIONS[1]!.items[0], levels: undefined }] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('scorecard.invalid');
    const res = await admin.request('POST', '/api/v1/scorecards', {
      code: 'QA-CALL',
      kind: 'qa_interaction',
      titleEn: 'Call review',
      titleZh: '通話評審',
      sections: SECTIONS,
    });
    expect(res.statusCode).toBe(201);
    card = res.json();
    expect(card).toMatchObject({ version: 1, indicatorCode: 'QA_SCORE', active: true });
    expect((await sup.request('POST', '/api/v1/scorecards', { ...card })).statusCode).toBe(403);
    expect((await staff.request('GET', `/api/v1/scorecards/${card.id}`)).statusCode).toBe(200);
  });

  let ev: Evaluation;
  it('refuses a score outside the scale and writes nothing', async () => {
    const before = await count('evaluation');
    const res = await sup.request('POST', '/api/v1/evaluations', {
      scorecardId: card.id,
      personId: org.people.staffA1.id,
      channel: 'call',
      occurredOn: '2026-11-09',
      answers: [{ itemId: 'explain', value: 6 }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('evaluation.score_out_of_scale');
    expect(await count('evaluation')).toBe(before);
  });

  it('refuses scoring oneself and people outside the scorer’s line or assignment', async () => {
    const body = (personId: string) => ({
      scorecardId: card.id,
      personId,
      channel: 'call',
      occurredOn: '2026-11-09',
    });
    expect((await sup.request('POST', '/api/v1/evaluations', body(org.people.supA.id))).statusCode).toBe(403);
    expect((await sup.request('POST', '/api/v1/evaluations', body(org.people.staffX1.id))).statusCode).toBe(
      404,
    );
    expect(
      (await assessor.request('POST', '/api/v1/evaluations', body(org.people.staffB1.id))).statusCode,
    ).toBe(404);
    expect((await staff.request('POST', '/api/v1/evaluations', body(org.people.staffA2.id))).statusCode).toBe(
      403,
    );
    // Assigned to team B, the assessor scores its people (and only theirs).
    const set = await admin.request('PATCH', '/api/v1/assessment-settings', {
      assessorUnits: [{ assessorPersonId: org.people.assessorA.id, orgUnitId: org.units.teamB.id }],
    });
    expect(set.statusCode).toBe(200);
    expect(
      (await assessor.request('POST', '/api/v1/evaluations', body(org.people.staffB1.id))).statusCode,
    ).toBe(201);
    expect(
      (await assessor.request('POST', '/api/v1/evaluations', body(org.people.staffX1.id))).statusCode,
    ).toBe(404);
  });

  it('scores a draft with a critical miss, hides it from the person, submits and releases it', async () => {
    const res = await sup.request('POST', '/api/v1/evaluations', {
      scorecardId: card.id,
      personId: org.people.staffA1.id,
      channel: 'call',
      ticketKey: 'T-1001',
      occurredOn: '2026-11-09',
      evidenceUrl: 'https://calls.example.com/1001',
      answers: [
        { itemId: 'greet', value: 'yes', comment: 'Warm' },
        { itemId: 'verify', value: 'no', comment: 'Skipped the security questions' },
      ],
    });
    expect(res.statusCode).toBe(201);
    ev = res.json();
    expect(ev.status).toBe('draft');
    expect(ev.abilities).toMatchObject({ edit: true, submit: true, release: false });
    expect((await staff.request('GET', `/api/v1/evaluations/${ev.id}`)).statusCode).toBe(404);
    expect((await staff.request('GET', '/api/v1/evaluations?scope=mine')).json()).toEqual([]);
    // Incomplete: 400, still a draft.
    const early = await sup.request('POST', `/api/v1/evaluations/${ev.id}/submit`);
    expect(early.statusCode).toBe(400);
    expect(early.json().code).toBe('evaluation.incomplete');
    const patched = await sup.request('PATCH', `/api/v1/evaluations/${ev.id}`, {
      answers: [...ev.answers, { itemId: 'explain', value: 4 }],
    });
    expect(patched.statusCode).toBe(200);
    // greet 2 + verify 0 + explain 3 of 4 = 5 of 7, but the critical miss fails it: 0 of 7.
    expect(patched.json().result).toMatchObject({ earned: 0, possible: 7, percent: 0, criticalFailed: true });
    expect((await sup.request('POST', `/api/v1/evaluations/${ev.id}/release`)).statusCode).toBe(409);
    expect((await sup.request('POST', `/api/v1/evaluations/${ev.id}/submit`)).statusCode).toBe(200);
    expect(
      (await sup.request('PATCH', `/api/v1/evaluations/${ev.id}`, { evidenceText: 'x' })).statusCode,
    ).toBe(409);
    expect(await qaObservations()).toEqual([]);
    const released = await sup.request('POST', `/api/v1/evaluations/${ev.id}/release`);
    expect(released.statusCode).toBe(200);
    ev = released.json();
    expect(ev.status).toBe('released');
    expect(ev.versions.map((v) => v.version)).toEqual([1]);
    const obs = await qaObservations();
    expect(obs).toHaveLength(1);
    expect(obs[0]).toMatchObject({
      numerator: 0,
      denominator: 1,
      occurredOn: '2026-11-09',
      source: 'assessment',
    });
  });

  it('shows the released evaluation to the person only, with what they may do', async () => {
    const mine = await staff.request('GET', `/api/v1/evaluations/${ev.id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().abilities).toMatchObject({
      acknowledge: true,
      dispute: true,
      edit: false,
      release: false,
    });
    expect(mine.json().disputeUntil).toBe('2026-11-24T02:00:00.000Z');
    const list: EvaluationSummary[] = (await staff.request('GET', '/api/v1/evaluations')).json();
    expect(list.map((e) => e.id)).toEqual([ev.id]);
    expect((await peer.request('GET', `/api/v1/evaluations/${ev.id}`)).statusCode).toBe(404);
    expect(
      (
        await peer.request('POST', `/api/v1/evaluations/${ev.id}/disputes`, {
          items: [{ itemId: 'verify', reason: 'x' }],
        })
      ).statusCode,
    ).toBe(404);
    expect((await sup.request('POST', `/api/v1/evaluations/${ev.id}/acknowledge`, {})).statusCode).toBe(403);
  });

  it('takes an acknowledgement and an item dispute, once per item', async () => {
    expect((await staff.request('POST', `/api/v1/evaluations/${ev.id}/acknowledge`, {})).statusCode).toBe(
      200,
    );
    expect((await staff.request('POST', `/api/v1/evaluations/${ev.id}/acknowledge`, {})).statusCode).toBe(
      409,
    );
    const unknown = await staff.request('POST', `/api/v1/evaluations/${ev.id}/disputes`, {
      items: [{ itemId: 'nope', reason: 'x' }],
    });
    expect(unknown.statusCode).toBe(400);
    const res = await staff.request('POST', `/api/v1/evaluations/${ev.id}/disputes`, {
      items: [
        { itemId: 'verify', reason: 'The customer was verified by the IVR before the call reached me.' },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().disputes).toHaveLength(1);
    const again = await staff.request('POST', `/api/v1/evaluations/${ev.id}/disputes`, {
      items: [{ itemId: 'verify', reason: 'Again' }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('evaluation.already_disputed');
    expect(await count('evaluationDispute')).toBe(1);
  });

  it('lets an arbitrator other than the assessor accept it: a new version, and the figure follows', async () => {
    const queue: QueuedDispute[] = (await manager.request('GET', '/api/v1/evaluation-disputes')).json();
    expect(queue).toHaveLength(1);
    const d = queue[0]!.dispute;
    expect(queue[0]!.item.textEn).toBe('Verifies identity');
    expect(
      (
        await sup.request('POST', `/api/v1/evaluation-disputes/${d.id}/decide`, {
          outcome: 'accepted',
          value: 'yes',
          note: 'ok',
        })
      ).statusCode,
    ).toBe(403);
    const out = await manager.request('POST', `/api/v1/evaluation-disputes/${d.id}/decide`, {
      outcome: 'accepted',
      value: 7,
      note: 'Verified by the IVR.',
    });
    expect(out.statusCode).toBe(400);
    const res = await manager.request('POST', `/api/v1/evaluation-disputes/${d.id}/decide`, {
      outcome: 'accepted',
      value: 'yes',
      note: 'Verified by the IVR.',
    });
    expect(res.statusCode).toBe(200);
    const after: Evaluation = res.json();
    // greet 2 + verify 1 + explain 3 = 6 of 7.
    expect(after.version).toBe(2);
    expect(after.result.percent).toBeCloseTo((6 / 7) * 100, 9);
    expect(after.versions.map((v) => [v.version, v.percent])).toEqual([
      [1, 0],
      [2, after.result.percent],
    ]);
    const obs = await qaObservations();
    expect(obs).toHaveLength(1);
    expect(obs[0]!.numerator).toBeCloseTo((6 / 7) * 100, 9);
    const twice = await manager.request('POST', `/api/v1/evaluation-disputes/${d.id}/decide`, {
      outcome: 'rejected',
      note: 'Changed my mind',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('dispute.already_decided');
    const seen = (await staff.request('GET', `/api/v1/evaluations/${ev.id}`)).json() as Evaluation;
    expect(seen.disputes[0]).toMatchObject({ status: 'accepted', newValue: 'yes' });
  });

  it('refuses a dispute after the window', async () => {
    clock.advance(15 * 86_400_000);
    // Sessions lapse over two weeks: sign in again.
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    const res = await staff.request('POST', `/api/v1/evaluations/${ev.id}/disputes`, {
      items: [{ itemId: 'explain', reason: 'Too late' }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('evaluation.dispute_window_closed');
    expect(await count('evaluationDispute')).toBe(1);
  });

  it('makes a new version of a scorecard that has evaluations, keeping the old one', async () => {
    const res = await admin.request('PATCH', `/api/v1/scorecards/${card.id}`, {
      sections: [SECTIONS[0], { ...SECTIONS[1], items: [{ ...SECTIONS[1]!.items[0], weight: 5 }] }],
    });
    expect(res.statusCode).toBe(200);
    const v2: Scorecard = res.json();
    expect(v2).toMatchObject({ code: 'QA-CALL', version: 2, previousId: card.id, active: true });
    const old: Scorecard = (await admin.request('GET', `/api/v1/scorecards/${card.id}`)).json();
    expect(old).toMatchObject({ version: 1, active: false, evaluations: 2 });
    // The released evaluation keeps the items it was scored on.
    const kept = (await staff.request('GET', `/api/v1/evaluations/${ev.id}`)).json() as Evaluation;
    expect(kept.scorecard.version).toBe(1);
  });
});
