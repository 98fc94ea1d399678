import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoachingEffect, CoachingPlan } from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, makePerson, makeRole, PASSWORD, type Org } from '../../../test/factories.js';
import { systemActor } from '../../access/actor.js';
import { fixedClock } from '../../lib/clock.js';
import { addDays } from '../../lib/calendar.js';

describe('coaching: GROW plans, sessions, actions and the measured effect (difference in differences)', () => {
  // 2026-11-10 10:00 in Hong Kong
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let ind: Record<'CSAT' | 'FCR', string>;
  let sup: Client;
  let coachedClient: Client;
  let other: Client;
  let coached: string;
  let peers: string[];
  let coachedOnCsat: string;

  /** `days` daily observations from `from`, each good/rated. */
  async function observe(
    personId: string,
    code: 'CSAT' | 'FCR',
    from: string,
    days: number,
    good: number,
    rated: number,
  ) {
    await t.database.db
      .insertInto('observation')
      .values(
        Array.from({ length: days }, (_, d) => ({
          personId,
          indicatorId: ind[code],
          occurredOn: addDays(from, d),
          numerator: good,
          denominator: rated,
          source: 'test',
        })),
      )
      .execute();
  }
  const BEFORE = '2026-08-04'; // the 4 weeks before 2026-09-01
  const AFTER = '2026-09-01'; // the 4 weeks from the start

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    const sys = systemActor('test');
    await t.services.indicators.installPresets(sys);
    const rows = await t.database.db.selectFrom('indicator').select(['id', 'code']).execute();
    ind = {
      CSAT: rows.find((r) => r.code === 'CSAT')!.id,
      FCR: rows.find((r) => r.code === 'FCR')!.id,
    };
    const role = await makeRole(t.services);
    await t.services.indicators.createTarget(sys, {
      indicatorId: ind.CSAT,
      jobRoleId: role.id,
      standard: 90,
      effectiveFrom: '2026-01-01',
    });
    const inTeam = (roles?: ['staff']) =>
      makePerson(t.services, {
        orgUnitId: org.units.teamA.id,
        managerId: org.people.supA.id,
        jobRoleId: role.id,
        ...(roles ? { roles } : {}),
      });
    const c = await inTeam(['staff']);
    coached = c.id;
    peers = [];
    for (let i = 0; i < 4; i++) peers.push((await inTeam()).id);
    coachedOnCsat = (await inTeam()).id;

    // CSAT: everyone rises by 10 points (different levels): the coached person 70 → 80.
    await observe(coached, 'CSAT', BEFORE, 28, 70, 100);
    await observe(coached, 'CSAT', AFTER, 28, 80, 100);
    for (const [i, p] of peers.entries()) {
      await observe(p, 'CSAT', BEFORE, 28, 72 + 2 * i, 100);
      await observe(p, 'CSAT', AFTER, 28, 82 + 2 * i, 100);
    }
    // Someone else coached on CSAT over the same windows, with a huge rise: must not be in the comparison.
    await observe(coachedOnCsat, 'CSAT', BEFORE, 28, 50, 100);
    await observe(coachedOnCsat, 'CSAT', AFTER, 28, 95, 100);
    await t.database.db
      .insertInto('coachingPlan')
      .values({
        personId: coachedOnCsat,
        coachPersonId: org.people.supA.id,
        origin: 'manual',
        focusIndicatorId: ind.CSAT,
        focusSkill: null,
        startedOn: '2026-08-20',
        followUpOn: null,
        endedOn: null,
        outcome: null,
        outcomeRating: null,
        createdBy: null,
      })
      .execute();
    // FCR: only the coached person improves strongly (60 → 85); peers are flat or +1.
    await observe(coached, 'FCR', BEFORE, 28, 60, 100);
    await observe(coached, 'FCR', AFTER, 28, 85, 100);
    for (const [i, p] of peers.entries()) {
      await observe(p, 'FCR', BEFORE, 28, 70 + i, 100);
      await observe(p, 'FCR', AFTER, 28, 70 + i + (i % 2), 100);
    }
    // The last four weeks: the coached person at 70% CSAT, below the 90% standard.
    await observe(coached, 'CSAT', '2026-10-14', 27, 7, 10);

    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    coachedClient = await loginClient(t.app, c.email, PASSWORD);
    other = await loginClient(t.app, org.people.supX.email, PASSWORD);
  });
  afterAll(() => t.close());

  async function startPlan(code: 'CSAT' | 'FCR'): Promise<CoachingPlan> {
    const res = await sup.request('POST', '/api/v1/coaching', {
      personId: coached,
      origin: 'manual',
      focusIndicatorId: ind[code],
      startedOn: AFTER,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as CoachingPlan;
  }
  async function effectOf(id: string): Promise<CoachingEffect> {
    const res = await sup.request('GET', `/api/v1/coaching/${id}/effect?weeks=4`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CoachingEffect;
  }

  it('calls a rise everyone made "not distinguishable" (DiD ≈ 0), leaving out peers coached on the indicator', async () => {
    const plan = await startPlan('CSAT');
    const e = await effectOf(plan.id);
    expect(e.before).toEqual({ from: BEFORE, to: '2026-08-31' });
    expect(e.after).toEqual({ from: AFTER, to: '2026-09-28' });
    expect(e.comparisonBasis).toBe('job_role');
    expect(e.comparison.k).toBe(4);
    expect(e.coached.before.value).toBeCloseTo(70, 6);
    expect(e.coached.after.value).toBeCloseTo(80, 6);
    expect(e.coached.before.sample).toBe(2800);
    expect(e.rawChange).toBeCloseTo(10, 6);
    expect(e.comparison.meanChange).toBeCloseTo(10, 6);
    expect(e.did.value).toBeCloseTo(0, 6);
    expect(e.did.low!).toBeLessThan(0);
    expect(e.did.high!).toBeGreaterThan(0);
    expect(e.verdict).toBe('not_distinguishable');
  });

  it('calls a strong rise only the coached person made "improved"', async () => {
    const plan = await startPlan('FCR');
    const e = await effectOf(plan.id);
    expect(e.comparison.k).toBe(4);
    expect(e.rawChange).toBeCloseTo(25, 6);
    expect(e.comparison.meanChange).toBeCloseTo(0.5, 6);
    expect(e.did.value).toBeCloseTo(24.5, 6);
    expect(e.did.low!).toBeGreaterThan(0);
    expect(e.verdict).toBe('improved');
  });

  it('says insufficient_data without a focus indicator, or without data in a window', async () => {
    const skill = await sup.request('POST', '/api/v1/coaching', {
      personId: peers[0],
      origin: 'manual',
      focusSkill: 'Closing the call',
      startedOn: AFTER,
    });
    expect(skill.statusCode, skill.body).toBe(201);
    const e = await effectOf((skill.json() as CoachingPlan).id);
    expect(e.verdict).toBe('insufficient_data');
    expect(e.reason).toBe('no_focus_indicator');

    const nodata = await makePerson(t.services, {
      orgUnitId: org.units.teamA.id,
      managerId: org.people.supA.id,
    });
    const res = await sup.request('POST', '/api/v1/coaching', {
      personId: nodata.id,
      origin: 'manual',
      focusIndicatorId: ind.CSAT,
      startedOn: AFTER,
    });
    expect(res.statusCode, res.body).toBe(201);
    const e2 = await effectOf((res.json() as CoachingPlan).id);
    expect(e2.verdict).toBe('insufficient_data');
    expect(e2.reason).toBe('no_data_before');
    expect(e2.did.value).toBeNull();

    // Data in both windows, but nobody comparable has: the comparison group is too small to judge.
    const alone = await makePerson(t.services, {
      orgUnitId: org.units.teamX.id,
      managerId: org.people.supX.id,
    });
    await observe(alone.id, 'CSAT', BEFORE, 28, 60, 100);
    await observe(alone.id, 'CSAT', AFTER, 28, 90, 100);
    const supX = await loginClient(t.app, org.people.supX.email, PASSWORD);
    const r3 = await supX.request('POST', '/api/v1/coaching', {
      personId: alone.id,
      origin: 'manual',
      focusIndicatorId: ind.CSAT,
      startedOn: AFTER,
    });
    expect(r3.statusCode, r3.body).toBe(201);
    const e3 = (
      await supX.request('GET', `/api/v1/coaching/${(r3.json() as CoachingPlan).id}/effect?weeks=4`)
    ).json() as CoachingEffect;
    expect(e3).toMatchObject({
      verdict: 'insufficient_data',
      reason: 'comparison_too_small',
      comparisonBasis: 'org_unit',
    });
    expect(e3.comparison.k).toBe(0);
    expect(e3.rawChange).toBeCloseTo(30, 6);
  });

  it('prefills the gap from the needs-attention figure, notifies the person, and runs active → completed', async () => {
    const res = await sup.request('POST', '/api/v1/coaching', {
      personId: coached,
      origin: 'needs_attention',
      focusIndicatorId: ind.CSAT,
      growGoal: 'CSAT at 90% by the end of December',
      followUpOn: '2026-12-01',
      actions: [{ title: 'Shadow a senior associate for two shifts', dueOn: '2026-11-20' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json() as CoachingPlan;
    expect(plan.gap).toMatch(/^CSAT 70\.0% \(n 270, \d+\.\d–\d+\.\d\) vs standard 90\.0%$/);
    expect(plan.startedOn).toBe('2026-11-10');
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]!.ownerPersonId).toBe(coached);

    // The person reads it but cannot edit; another store's supervisor cannot see it.
    const mine = await coachingClientGet(plan.id);
    expect(mine.abilities.edit).toBe(false);
    expect(
      (await coachedClient.request('PATCH', `/api/v1/coaching/${plan.id}`, { growWill: 'x' })).statusCode,
    ).toBe(403);
    expect((await other.request('GET', `/api/v1/coaching/${plan.id}`)).json().code).toBe(
      'coaching.not_found',
    );
    expect((await other.request('GET', `/api/v1/coaching/${plan.id}/effect`)).statusCode).toBe(404);
    const list = (await coachedClient.request('GET', '/api/v1/coaching?scope=mine')).json() as CoachingPlan[];
    expect(list.map((p) => p.id)).toContain(plan.id);

    const patch = await sup.request('PATCH', `/api/v1/coaching/${plan.id}`, {
      growReality: 'Greets late when the queue is long',
      doneActionIds: [plan.actions[0]!.id],
    });
    expect(patch.statusCode, patch.body).toBe(200);
    expect((patch.json() as CoachingPlan).actions[0]!.doneAt).not.toBeNull();

    const session = await sup.request('POST', `/api/v1/coaching/${plan.id}/sessions`, {
      heldOn: '2026-11-10',
      notes: 'Observed three greetings; practised the opening line.',
      nextSteps: 'Try it on the Saturday rush.',
      followUpOn: '2026-11-24',
    });
    expect(session.statusCode, session.body).toBe(201);
    const withSession = session.json() as CoachingPlan;
    expect(withSession.sessions).toHaveLength(1);
    expect(withSession.followUpOn).toBe('2026-11-24');

    const notes = (await coachedClient.request('GET', '/api/v1/notifications')).json() as {
      items: { kind: string; entityId: string }[];
    };
    const kinds = notes.items.filter((n) => n.entityId === plan.id).map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['coaching.started', 'coaching.session_added']));

    expect(
      (await sup.request('POST', `/api/v1/coaching/${plan.id}/complete`, { outcome: 'x', rating: 'great' }))
        .statusCode,
    ).toBe(400);
    const done = await sup.request('POST', `/api/v1/coaching/${plan.id}/complete`, {
      outcome: 'Greets within 10 seconds on most shifts',
      rating: 'improved',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as CoachingPlan).status).toBe('completed');
    const again = await sup.request('POST', `/api/v1/coaching/${plan.id}/cancel`, { reason: 'late' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('coaching.invalid_state');

    const audit = await t.database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityId', '=', plan.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'coaching.created',
        'coaching.updated',
        'coaching.session_added',
        'coaching.completed',
      ]),
    );
  });

  it('refuses a plan without a focus, and a needs-attention plan without an indicator', async () => {
    const a = await sup.request('POST', '/api/v1/coaching', { personId: coached, origin: 'manual' });
    expect(a.statusCode).toBe(400);
    expect(a.json().code).toBe('coaching.focus_required');
    const b = await sup.request('POST', '/api/v1/coaching', {
      personId: coached,
      origin: 'needs_attention',
      focusSkill: 'Greeting',
    });
    expect(b.json().code).toBe('coaching.focus_required');
    const c = await sup.request('POST', '/api/v1/coaching', {
      personId: coached,
      origin: 'manual',
      focusSkill: 'Greeting',
      extra: 1,
    });
    expect(c.statusCode).toBe(400);
  });

  async function coachingClientGet(id: string): Promise<CoachingPlan> {
    const res = await coachedClient.request('GET', `/api/v1/coaching/${id}`);
    expect(res.statusCode).toBe(200);
    return res.json() as CoachingPlan;
  }
});
