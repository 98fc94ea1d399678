import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttentionList, ImprovementPlan } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, makePerson, makeRole, PASSWORD, type Org } from '../../../test/factories.js';
import { systemActor } from '../../access/actor.js';
import { fixedClock } from '../../lib/clock.js';
import { addDays } from '../../lib/calendar.js';
import { insertReview } from '../../../test/reviews.js';

describe('improvement plans: from needs attention, acknowledged, reviewed, extended once, signed off by HR', () => {
  // 2026-11-10 10:00 in Hong Kong
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let csat: string;
  let sup: Client;
  let person: Client;
  let peer: Client;
  let otherLead: Client;
  let manager: Client;
  let hr: Client;
  let personId: string;
  let peerId: string;

  async function observe(pid: string, from: string, days: number, good: number, rated: number) {
    await t.database.db
      .insertInto('observation')
      .values(
        Array.from({ length: days }, (_, d) => ({
          personId: pid,
          indicatorId: csat,
          occurredOn: addDays(from, d),
          numerator: good,
          denominator: rated,
          source: 'test',
        })),
      )
      .execute();
  }

  const count = async (
    table: 'improvementPlan' | 'improvementPlanObjective' | 'improvementPlanCheckpoint' | 'checkin',
  ) =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const snapshot = async () => ({
    plans: await count('improvementPlan'),
    objectives: await count('improvementPlanObjective'),
    checkpoints: await count('improvementPlanCheckpoint'),
    checkins: await count('checkin'),
  });

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    const sys = systemActor('test');
    await t.services.indicators.installPresets(sys);
    const rows = await t.database.db.selectFrom('indicator').select(['id', 'code']).execute();
    csat = rows.find((r) => r.code === 'CSAT')!.id;
    const role = await makeRole(t.services);
    await t.services.indicators.createTarget(sys, {
      indicatorId: csat,
      jobRoleId: role.id,
      standard: 90,
      effectiveFrom: '2026-01-01',
    });
    const inTeam = () =>
      makePerson(t.services, {
        orgUnitId: org.units.teamA.id,
        managerId: org.people.supA.id,
        jobRoleId: role.id,
        roles: ['staff'],
      });
    const p = await inTeam();
    const q = await inTeam();
    personId = p.id;
    peerId = q.id;
    // The four weeks before the plan: 70% CSAT against the 90% standard (clearly below: on the attention queue).
    await observe(personId, '2026-10-05', 28, 7, 10);
    // Since the plan starts on 2026-11-02: 8 of 10 on a few days — the interval straddles 85.
    await observe(personId, '2026-11-02', 3, 8, 10);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    person = await loginClient(t.app, p.email, PASSWORD);
    peer = await loginClient(t.app, q.email, PASSWORD);
    otherLead = await loginClient(t.app, org.people.supX.email, PASSWORD);
    manager = await loginClient(t.app, org.people.manager.email, PASSWORD);
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
  });
  afterAll(() => t.close());

  const body = (over: Record<string, unknown> = {}) => ({
    personId,
    sourceKind: 'needs_attention',
    sourceId: csat,
    reason: 'CSAT below the standard for four weeks.',
    startsOn: '2026-11-02',
    endsOn: '2026-12-31',
    objectives: [
      { kind: 'indicator', indicatorId: csat, target: 85, description: 'CSAT at or above 85%' },
      {
        kind: 'behaviour',
        description: 'Summarises the customer’s issue',
        successCriteria: 'In 9 of 10 observed calls',
      },
    ],
    support: [
      { kind: 'coaching', detail: 'Weekly 30-minute sessions' },
      { kind: 'eap_referral', detail: 'Offered' },
    ],
    reviewDates: ['2026-11-10', '2026-12-01'],
    ...over,
  });

  let plan: ImprovementPlan;

  it('offers the plan on the needs-attention queue, then starts it in draft with its review dates as check-ins', async () => {
    const q = (
      await sup.request('GET', '/api/v1/attention?from=2026-10-12&to=2026-11-08')
    ).json() as AttentionList;
    const row = q.items.find((i) => i.person.id === personId);
    expect(row?.abilities.startImprovementPlan).toBe(true);

    const res = await sup.request('POST', '/api/v1/improvement-plans', body());
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json() as ImprovementPlan;
    expect(plan).toMatchObject({ status: 'draft', sourceKind: 'needs_attention', startsOn: '2026-11-02' });
    expect(plan.objectives.map((o) => o.kind)).toEqual(['indicator', 'behaviour']);
    expect(plan.checkpoints.map((c) => c.dueOn)).toEqual(['2026-11-10', '2026-12-01']);
    // Each review date is a check-in on the person's calendar (10:00 Hong Kong).
    const checkins = await t.database.db
      .selectFrom('checkin')
      .select(['id', 'scheduledAt', 'personId'])
      .where(
        'id',
        'in',
        plan.checkpoints.map((c) => c.checkinId!),
      )
      .execute();
    expect(checkins.map((c) => c.scheduledAt.toISOString()).sort()).toEqual([
      '2026-11-10T02:00:00.000Z',
      '2026-12-01T02:00:00.000Z',
    ]);
    expect(checkins.every((c) => c.personId === personId)).toBe(true);
    // The person is asked to acknowledge; HR hears of it.
    const kinds = await t.database.db
      .selectFrom('notification')
      .select(['kind', 'userId'])
      .where('entityId', '=', plan.id)
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual(
      expect.arrayContaining(['improvement_plan.acknowledge_requested', 'improvement_plan.started']),
    );
    expect(plan.abilities).toMatchObject({ acknowledge: false, review: false, close: false });
  });

  it('refuses bad input with a typed 4xx and changes nothing', async () => {
    const before = await snapshot();
    const cases: [Record<string, unknown>, number, string][] = [
      [
        { objectives: [{ kind: 'behaviour', description: 'Be nicer' }] },
        400,
        'improvement_plans.objective_without_measure',
      ],
      [
        { objectives: [{ kind: 'indicator', description: 'CSAT up' }] },
        400,
        'improvement_plans.objective_without_measure',
      ],
      [
        { objectives: [{ kind: 'indicator', indicatorId: csat, description: 'CSAT up' }] },
        400,
        'improvement_plans.target_required',
      ],
      [{ endsOn: '2026-10-01' }, 400, 'improvement_plans.end_before_start'],
      [{ reviewDates: ['2027-02-01'] }, 400, 'improvement_plans.review_date_outside'],
      [{ sourceKind: 'coaching', sourceId: csat }, 400, 'improvement_plans.source_not_found'],
      [{ objectives: [] }, 400, 'validation'],
    ];
    for (const [over, status, code] of cases) {
      const res = await sup.request('POST', '/api/v1/improvement-plans', body(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(status);
      expect((res.json() as { code: string }).code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('is seen only by the person, their line and HR: a peer and another team leader get 404', async () => {
    for (const c of [person, sup, manager, hr]) {
      expect((await c.request('GET', `/api/v1/improvement-plans/${plan.id}`)).statusCode).toBe(200);
    }
    for (const c of [peer, otherLead]) {
      expect((await c.request('GET', `/api/v1/improvement-plans/${plan.id}`)).statusCode).toBe(404);
      const list = (await c.request('GET', '/api/v1/improvement-plans')).json() as ImprovementPlan[];
      expect(list.map((p) => p.id)).not.toContain(plan.id);
    }
    expect(
      (await otherLead.request('GET', `/api/v1/improvement-plans?personId=${personId}`)).statusCode,
    ).toBe(404);
    // Nobody starts a plan about someone outside their line (404) or about themself (403).
    expect((await otherLead.request('POST', '/api/v1/improvement-plans', body())).statusCode).toBe(404);
    expect(
      (await peer.request('POST', '/api/v1/improvement-plans', body({ personId: peerId }))).statusCode,
    ).toBe(403);
  });

  it('is reviewed only once acknowledged, and only by the person acknowledging it', async () => {
    const cp = plan.checkpoints[0]!;
    const early = await sup.request('POST', `/api/v1/improvement-plans/${plan.id}/reviews`, {
      checkpointId: cp.id,
      notes: 'Too early',
    });
    expect(early.statusCode).toBe(409);
    expect((await sup.request('POST', `/api/v1/improvement-plans/${plan.id}/acknowledge`)).statusCode).toBe(
      404,
    );
    const ack = await person.request('POST', `/api/v1/improvement-plans/${plan.id}/acknowledge`);
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ status: 'active' });
    expect((ack.json() as ImprovementPlan).acknowledgedAt).not.toBeNull();
    expect(
      (await person.request('POST', `/api/v1/improvement-plans/${plan.id}/acknowledge`)).statusCode,
    ).toBe(409);
  });

  it('reviews with the evidence: an interval that straddles the target is "not yet clear", never "not met"', async () => {
    const cp = plan.checkpoints[0]!;
    const beh = plan.objectives.find((o) => o.kind === 'behaviour')!;
    // A behaviour objective without its evidence: 400, nothing recorded.
    const missing = await sup.request('POST', `/api/v1/improvement-plans/${plan.id}/reviews`, {
      checkpointId: cp.id,
      notes: 'First review',
    });
    expect(missing.statusCode).toBe(400);
    const res = await sup.request('POST', `/api/v1/improvement-plans/${plan.id}/reviews`, {
      checkpointId: cp.id,
      notes: 'First review',
      behaviour: [{ objectiveId: beh.id, verdict: 'met', evidence: 'Observed 9 of 10 calls on 2026-11-09' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const reviewed = (res.json() as ImprovementPlan).checkpoints[0]!;
    expect(reviewed.reviewedAt).not.toBeNull();
    const ind = reviewed.progress.find((g) => g.kind === 'indicator')!;
    // 24 of 30 since the start (ratio of sums): 80%, n 30, a Wilson interval that reaches above 85.
    expect(ind.value).toBeCloseTo(80, 6);
    expect(ind.sample).toBe(30);
    expect(ind.low!).toBeLessThan(85);
    expect(ind.high!).toBeGreaterThan(85);
    expect(ind.verdict).toBe('not_yet_clear');
    expect(ind).toMatchObject({ from: '2026-11-02', to: '2026-11-10', target: 85 });
    expect(reviewed.progress.find((g) => g.kind === 'behaviour')).toMatchObject({
      verdict: 'met',
      evidence: 'Observed 9 of 10 calls on 2026-11-09',
    });
    const again = await sup.request('POST', `/api/v1/improvement-plans/${plan.id}/reviews`, {
      checkpointId: cp.id,
      notes: 'Again',
      behaviour: [{ objectiveId: beh.id, verdict: 'met', evidence: 'x' }],
    });
    expect(again.statusCode).toBe(409);
    expect((again.json() as { code: string }).code).toBe('improvement_plans.already_reviewed');
  });

  it('extends once with a new end date; a second extension is refused and changes nothing', async () => {
    const bad = await sup.request('POST', `/api/v1/improvement-plans/${plan.id}/extend`, {
      endsOn: '2026-12-01',
      reason: 'Earlier',
    });
    expect(bad.statusCode).toBe(400);
    const res = await sup.request('POST', `/api/v1/improvement-plans/${plan.id}/extend`, {
      endsOn: '2027-01-31',
      reason: 'Leave in December',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'extended',
      endsOn: '2027-01-31',
      originalEndsOn: '2026-12-31',
    });
    const second = await sup.request('POST', `/api/v1/improvement-plans/${plan.id}/extend`, {
      endsOn: '2027-02-28',
      reason: 'Again',
    });
    expect(second.statusCode).toBe(409);
    expect((second.json() as { code: string }).code).toBe('improvement_plans.already_extended');
    const now = (await sup.request('GET', `/api/v1/improvement-plans/${plan.id}`)).json() as ImprovementPlan;
    expect(now.endsOn).toBe('2027-01-31');
  });

  it('closes only with HR sign-off: the line proposes, a leader cannot sign off, HR does', async () => {
    const close = await sup.request('POST', `/api/v1/improvement-plans/${plan.id}/close`, {
      outcome: 'completed',
      note: 'All objectives met.',
    });
    expect(close.statusCode, close.body).toBe(200);
    expect(close.json()).toMatchObject({ status: 'awaiting_sign_off', proposedOutcome: 'completed' });
    const hrUser = org.people.hr.userId!;
    const asked = await t.database.db
      .selectFrom('notification')
      .select('kind')
      .where('entityId', '=', plan.id)
      .where('userId', '=', hrUser)
      .execute();
    expect(asked.map((a) => a.kind)).toContain('improvement_plan.sign_off_requested');

    for (const c of [sup, manager]) {
      const res = await c.request('POST', `/api/v1/improvement-plans/${plan.id}/sign-off`, {});
      expect(res.statusCode).toBe(403);
    }
    expect(
      ((await sup.request('GET', `/api/v1/improvement-plans/${plan.id}`)).json() as ImprovementPlan).status,
    ).toBe('awaiting_sign_off');
    const signed = await hr.request('POST', `/api/v1/improvement-plans/${plan.id}/sign-off`, {
      note: 'Agreed.',
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'completed', signOffNote: 'Agreed.' });
    expect((signed.json() as ImprovementPlan).signedOffAt).not.toBeNull();
    expect((await hr.request('POST', `/api/v1/improvement-plans/${plan.id}/sign-off`, {})).statusCode).toBe(
      409,
    );
  });

  it('writes each step to the audit log', async () => {
    const actions = await t.database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityId', '=', plan.id)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'improvement_plan.created',
        'improvement_plan.acknowledged',
        'improvement_plan.reviewed',
        'improvement_plan.extended',
        'improvement_plan.outcome_proposed',
        'improvement_plan.signed_off',
        'improvement_plan.viewed',
      ]),
    );
  });

  it('accepts a plan started from a coaching plan of the person, or from a review', async () => {
    const coaching = await sup.request('POST', '/api/v1/coaching', {
      personId,
      origin: 'manual',
      focusSkill: 'Summarising',
      startedOn: '2026-09-01',
    });
    expect(coaching.statusCode, coaching.body).toBe(201);
    const fromCoaching = await sup.request(
      'POST',
      '/api/v1/improvement-plans',
      body({ sourceKind: 'coaching', sourceId: (coaching.json() as { id: string }).id }),
    );
    expect(fromCoaching.statusCode, fromCoaching.body).toBe(201);
    // A review that is not this person's (or none) is refused; their own review is accepted.
    const stranger = await sup.request(
      'POST',
      '/api/v1/improvement-plans',
      body({ sourceKind: 'review', sourceId: '00000000-0000-4000-8000-0000000000aa' }),
    );
    expect(stranger.statusCode, stranger.body).toBe(400);
    expect(stranger.json()).toMatchObject({ code: 'improvement_plans.source_not_found' });
    const { reviewId } = await insertReview(t.database.db, personId, { status: 'signed' });
    const fromReview = await sup.request(
      'POST',
      '/api/v1/improvement-plans',
      body({ sourceKind: 'review', sourceId: reviewId }),
    );
    expect(fromReview.statusCode, fromReview.body).toBe(201);
    expect(fromReview.json()).toMatchObject({ sourceKind: 'review' });
  });

  it('is in the performance file (CSV) in both languages', async () => {
    const en = await sup.request(
      'GET',
      `/api/v1/people/${personId}/file.csv?from=2026-10-01&to=2026-11-30&lang=en`,
    );
    expect(en.statusCode, en.body).toBe(200);
    expect(en.body).toContain('improvement_plan,2026-11-02');
    expect(en.body).toContain('Completed');
    expect(en.body).toContain('Referral to the employee-assistance service');
    const zh = await sup.request(
      'GET',
      `/api/v1/people/${personId}/file.csv?from=2026-10-01&to=2026-11-30&lang=zh-Hant`,
    );
    expect(zh.body).toContain('已完成');
    expect(zh.body).toContain('轉介僱員支援服務');
  });
});
