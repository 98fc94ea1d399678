import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, makePerson, PASSWORD, type Org } from '../../../test/factories.js';
import { systemActor } from '../../access/actor.js';
import { fixedClock } from '../../lib/clock.js';
import { addDays } from '../../lib/calendar.js';

describe('goals: SMART check, agreement from both sides, versions, progress', () => {
  // 2026-11-10 10:00 in Hong Kong
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let csat: string;
  let sup: Client;
  let staff: Client;
  let peer: Client;
  let other: Client;
  let staffA3: string;

  async function observe(personId: string, from: string, days: number, good: number, rated: number) {
    for (let d = 0; d < days; d++) {
      await t.database.db
        .insertInto('observation')
        .values({
          personId,
          indicatorId: csat,
          occurredOn: addDays(from, d),
          numerator: good,
          denominator: rated,
          source: 'test',
        })
        .execute();
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    await t.services.indicators.installPresets(systemActor('test'));
    csat = (
      await t.database.db
        .selectFrom('indicator')
        .select('id')
        .where('code', '=', 'CSAT')
        .executeTakeFirstOrThrow()
    ).id;
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    peer = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    other = await loginClient(t.app, org.people.supX.email, PASSWORD);
    staffA3 = (await makePerson(t.services, { orgUnitId: org.units.teamA.id, managerId: org.people.supA.id }))
      .id;
    // History: staffA1 at 80% in October; teammates improved by 2, 3 and 4 points from September to October.
    await observe(org.people.staffA1.id, '2026-10-01', 31, 8, 10);
    for (const [i, id] of [org.people.staffA2.id, org.people.assessorA.id, staffA3].entries()) {
      await observe(id, '2026-09-01', 30, 80, 100);
      await observe(id, '2026-10-01', 31, 82 + i, 100);
    }
  });
  afterAll(() => t.close());

  const goalBody = (target: number) => ({
    personId: org.people.staffA1.id,
    kind: 'indicator',
    title: 'Raise my CSAT this November',
    description: 'Confirm the problem is solved before ending every contact.',
    indicatorId: csat,
    target,
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    weight: 40,
  });

  it('judges achievability against the person’s baseline and the team’s spread', async () => {
    const hard = await sup.request('POST', '/api/v1/goals/smart-check', goalBody(95));
    expect(hard.statusCode).toBe(200);
    expect(hard.json().baseline).toBeCloseTo(80, 6);
    expect(hard.json().baselineSample).toBe(300); // the 30 days before a 30-day goal: Oct 2–31
    const achievable = hard.json().checks.find((c: { check: string }) => c.check === 'achievable');
    expect(achievable.status).toBe('warn');
    expect(achievable.reason).toBe('beyond_top_decile');
    const fair = await sup.request('POST', '/api/v1/goals/smart-check', goalBody(82));
    expect(fair.json().checks.find((c: { check: string }) => c.check === 'achievable').status).toBe('pass');
    // another store's supervisor cannot even ask
    expect((await other.request('POST', '/api/v1/goals/smart-check', goalBody(82))).statusCode).toBe(404);
  });

  it('runs draft → proposed → agreed with both acceptances, notifies, and keeps versions', async () => {
    const created = await sup.request('POST', '/api/v1/goals', goalBody(84));
    expect(created.statusCode).toBe(201);
    const goal = created.json();
    expect(goal.status).toBe('draft');
    expect(goal.baseline).toBeCloseTo(80, 6);

    // staff cannot accept a draft
    expect((await staff.request('POST', `/api/v1/goals/${goal.id}/accept`)).json().code).toBe(
      'goal.invalid_transition',
    );
    const proposed = (await sup.request('POST', `/api/v1/goals/${goal.id}/propose`)).json();
    expect(proposed.status).toBe('proposed');
    expect(proposed.supervisorAcceptedAt).not.toBeNull();
    expect(proposed.staffAcceptedAt).toBeNull();
    // the proposer cannot accept again
    expect((await sup.request('POST', `/api/v1/goals/${goal.id}/accept`)).json().code).toBe(
      'goal.not_your_turn',
    );

    const inbox = (await staff.request('GET', '/api/v1/notifications?unread=true')).json();
    expect(
      inbox.items.some(
        (n: { kind: string; entityId: string }) =>
          n.kind === 'goal.awaiting_agreement' && n.entityId === goal.id,
      ),
    ).toBe(true);
    // a peer neither sees nor acts on it
    expect((await peer.request('GET', `/api/v1/goals/${goal.id}`)).statusCode).toBe(404);
    expect((await peer.request('POST', `/api/v1/goals/${goal.id}/accept`)).statusCode).toBe(404);

    const staffView = (await staff.request('GET', `/api/v1/goals/${goal.id}`)).json();
    expect(staffView.abilities).toMatchObject({ accept: true, decline: true, close: false });
    const agreed = (await staff.request('POST', `/api/v1/goals/${goal.id}/accept`)).json();
    expect(agreed.status).toBe('active'); // the period has begun
    expect(agreed.staffAcceptedAt).not.toBeNull();
    expect(agreed.supervisorAcceptedAt).not.toBeNull();

    // a change after agreement needs agreement again; the agreed version is kept
    clock.advance(60_000);
    const revised = (await sup.request('PATCH', `/api/v1/goals/${goal.id}`, { target: 85 })).json();
    expect(revised.status).toBe('proposed');
    expect(revised.version).toBe(2);
    expect(revised.staffAcceptedAt).toBeNull();
    const versions = (await staff.request('GET', `/api/v1/goals/${goal.id}/versions`)).json();
    expect(versions).toHaveLength(1);
    expect(versions[0].snapshot.target).toBe(84);
    const again = (await staff.request('POST', `/api/v1/goals/${goal.id}/accept`)).json();
    expect(again.status).toBe('active');
    expect(
      (await staff.request('GET', `/api/v1/goals/${goal.id}/versions`))
        .json()
        .map((v: { version: number }) => v.version),
    ).toEqual([2, 1]);

    const actions = (
      await t.database.db
        .selectFrom('auditEvent')
        .select('action')
        .where('entityId', '=', goal.id)
        .orderBy('id')
        .execute()
    ).map((a) => a.action);
    expect(actions).toEqual(['goal.created', 'goal.proposed', 'goal.agreed', 'goal.revised', 'goal.agreed']);
  });

  it('lets the staff member propose their own goal and the supervisor decline it', async () => {
    const mine = (
      await staff.request('POST', '/api/v1/goals', {
        ...goalBody(83),
        kind: 'qualitative',
        indicatorId: null,
        target: null,
        successCriteria: 'Finish the returns-policy course and pass its quiz.',
      })
    ).json();
    expect(mine.status).toBe('draft');
    await staff.request('POST', `/api/v1/goals/${mine.id}/propose`);
    const supInbox = (await sup.request('GET', '/api/v1/notifications')).json();
    expect(supInbox.items.some((n: { entityId: string }) => n.entityId === mine.id)).toBe(true);
    const declined = await sup.request('POST', `/api/v1/goals/${mine.id}/decline`, { reason: 'Add a date' });
    expect(declined.json().status).toBe('draft');
    // staff cannot close or cancel (supervisor side)
    expect((await staff.request('POST', `/api/v1/goals/${mine.id}/cancel`, { reason: 'x' })).statusCode).toBe(
      403,
    );
    expect(
      (
        await sup.request('POST', `/api/v1/goals/${mine.id}/cancel`, { reason: 'Merged into another goal' })
      ).json().status,
    ).toBe('cancelled');
    expect(
      (await staff.request('PATCH', `/api/v1/goals/${mine.id}`, { title: 'Changed after cancel' })).json()
        .code,
    ).toBe('goal.invalid_transition');
  });

  it('refuses bad goals with a clear code and writes nothing', async () => {
    const before = await t.database.db
      .selectFrom('goal')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const noTarget = await sup.request('POST', '/api/v1/goals', { ...goalBody(84), target: null });
    expect(noTarget.statusCode).toBe(400);
    expect(noTarget.json().code).toBe('goal.indicator_required');
    const backwards = await sup.request('POST', '/api/v1/goals', {
      ...goalBody(84),
      periodEnd: '2026-10-01',
    });
    expect(backwards.statusCode).toBe(400);
    const noCriteria = await sup.request('POST', '/api/v1/goals', {
      ...goalBody(84),
      kind: 'qualitative',
      successCriteria: '  ',
    });
    expect(noCriteria.json().code).toBe('goal.criteria_required');
    const unknown = await sup.request('POST', '/api/v1/goals', { ...goalBody(84), owner: 'me' });
    expect(unknown.statusCode).toBe(400);
    const after = await t.database.db
      .selectFrom('goal')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('computes progress as a ratio of sums, attainment and a projection to the period end', async () => {
    const g = (
      await sup.request('POST', '/api/v1/goals', { ...goalBody(90), personId: org.people.staffA2.id })
    ).json();
    await sup.request('POST', `/api/v1/goals/${g.id}/propose`);
    await peer.request('POST', `/api/v1/goals/${g.id}/accept`);
    // Nov 1–9: day 1 1/1, then 8 days of 50/100 → 401/801, not a mean of daily ratios
    await t.database.db
      .insertInto('observation')
      .values({
        personId: org.people.staffA2.id,
        indicatorId: csat,
        occurredOn: '2026-11-01',
        numerator: 1,
        denominator: 1,
        source: 'test',
      })
      .execute();
    await observe(org.people.staffA2.id, '2026-11-02', 8, 50, 100);
    const view = (await peer.request('GET', `/api/v1/goals/${g.id}`)).json();
    expect(view.progress.current).toBeCloseTo((401 / 801) * 100, 6);
    expect(view.progress.sample).toBe(801);
    expect(view.progress.attainmentPct).toBeCloseTo((((401 / 801) * 100) / 90) * 100, 6);
    expect(view.progress.asOf).toBe('2026-11-10');
    expect(view.progress.onTrack).toBe(false);
    expect(view.smart.map((c: { check: string }) => c.check)).toEqual([
      'specific',
      'measurable',
      'achievable',
      'relevant',
      'time_bound',
    ]);
    // the supervisor's read of someone else's goal is audited
    await sup.request('GET', `/api/v1/goals/${g.id}`);
    const reads = await t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('action', '=', 'goal.viewed')
      .where('entityId', '=', g.id)
      .execute();
    expect(reads.map((r) => r.actorUserId)).toContain(org.people.supA.userId);
  });

  it('sets team goals from the standard, skipping people without a standard or with a goal already', async () => {
    await t.services.indicators.createTarget(systemActor('test'), {
      indicatorId: csat,
      jobRoleId: org.role.id,
      standard: 88,
      stretch: 92,
      effectiveFrom: '2026-01-01',
    });
    await t.services.indicators.createTarget(systemActor('test'), {
      indicatorId: csat,
      orgUnitId: org.units.storeA.id,
      standard: 85,
      effectiveFrom: '2026-01-01',
    });
    const res = await sup.request('POST', '/api/v1/goals/team-from-standard', {
      indicatorId: csat,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      weight: 30,
    });
    expect(res.statusCode).toBe(200);
    const created = new Map(
      res.json().created.map((c: { personId: string; target: number }) => [c.personId, c.target]),
    );
    expect(created.get(org.people.staffA1.id)).toBe(88); // job-role standard
    expect(created.get(org.people.staffA2.id)).toBe(85); // store standard, inherited by the team
    const again = await sup.request('POST', '/api/v1/goals/team-from-standard', {
      indicatorId: csat,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
    });
    expect(again.json().created).toHaveLength(0);
    expect(again.json().skipped.every((s: { reason: string }) => s.reason === 'exists')).toBe(true);
    // staff cannot
    expect(
      (
        await staff.request('POST', '/api/v1/goals/team-from-standard', {
          indicatorId: csat,
          periodStart: '2026-12-01',
          periodEnd: '2026-12-31',
        })
      ).statusCode,
    ).toBe(403);
    const teamList = (await sup.request('GET', '/api/v1/goals?scope=team')).json() as { personId: string }[];
    expect(new Set(teamList.map((g) => g.personId))).toEqual(
      new Set([org.people.staffA1.id, org.people.staffA2.id, org.people.assessorA.id, staffA3]),
    );
  });
});
