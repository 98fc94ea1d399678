import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type TestApp } from '../../../test/http.js';
import { DEMO_PASSWORD, seedDemo } from './demo.js';
import { DEMO_PEOPLE } from './demo-data.js';
import { addDays } from '../../lib/calendar.js';
import { DEMO_PLAN_PERSON } from '../../features/improvement-plans/improvement-plans.demo.js';

describe('demo organisation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.services);
  }, 120_000);
  afterAll(() => t.close());

  it('has about 60 people in a retail chain of three stores and a logistics centre, with no reporting loops', async () => {
    const people = await t.database.db
      .selectFrom('person')
      .select(['id', 'managerId', 'orgUnitId'])
      .execute();
    expect(people.length).toBe(DEMO_PEOPLE.length);
    expect(people.length).toBeGreaterThanOrEqual(55);
    expect(people.length).toBeLessThanOrEqual(65);
    const units = await t.database.db.selectFrom('orgUnit').select(['kind', 'code']).execute();
    expect(units.filter((u) => u.kind === 'store')).toHaveLength(3);
    expect(units.filter((u) => u.kind === 'centre')).toHaveLength(1);
    expect(people.filter((p) => p.managerId === null)).toHaveLength(1);
    // every seeding step is in the audit log
    const created = await t.database.db
      .selectFrom('auditEvent')
      .select('id')
      .where('action', '=', 'person.created')
      .execute();
    expect(created).toHaveLength(people.length);
  });

  it('signs in every documented demo login and scopes them as their roles say', async () => {
    const sup = await loginClient(t.app, 'supervisor@demo.frontline.test', DEMO_PASSWORD);
    const team = (await sup.request('GET', '/api/v1/people?limit=500')).json();
    expect(team.total).toBe(6); // the supervisor and five on the Mong Kok sales floor
    const staff = await loginClient(t.app, 'staff@demo.frontline.test', DEMO_PASSWORD);
    expect((await staff.request('GET', '/api/v1/people')).json().total).toBe(1);
    const agent = DEMO_PEOPLE.find((p) => p.email === 'agent@demo.frontline.test')!;
    const agentId = (
      await t.database.db
        .selectFrom('person')
        .select('id')
        .where('employeeNumber', '=', agent.employeeNumber)
        .executeTakeFirstOrThrow()
    ).id;
    expect((await sup.request('GET', `/api/v1/people/${agentId}`)).statusCode).toBe(404);
    const lead = await loginClient(t.app, 'lead@demo.frontline.test', DEMO_PASSWORD);
    expect((await lead.request('GET', `/api/v1/people/${agentId}`)).statusCode).toBe(200);
    for (const email of ['admin', 'hr', 'manager'].map((x) => `${x}@demo.frontline.test`)) {
      await expect(loginClient(t.app, email, DEMO_PASSWORD)).resolves.toBeTruthy();
    }
  });

  it('opens on a launched review cycle: the staff login has a self review to write, the supervisor one to review', async () => {
    const staff = await loginClient(t.app, 'staff@demo.frontline.test', DEMO_PASSWORD);
    const mine = (await staff.request('GET', '/api/v1/reviews?scope=mine')).json();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'self_review', overdue: false, abilities: { writeSelf: true } });
    const sup = await loginClient(t.app, 'supervisor@demo.frontline.test', DEMO_PASSWORD);
    const team = (await sup.request('GET', '/api/v1/reviews?scope=team')).json() as { status: string }[];
    expect(team.length).toBeGreaterThan(1);
    expect(team.filter((r) => r.status === 'manager_review')).toHaveLength(1);
  });

  it('has an active improvement plan for a Mong Kok associate below standard, seen by his supervisor and line, not by a peer', async () => {
    const planned = DEMO_PEOPLE.find((p) => p.employeeNumber === DEMO_PLAN_PERSON)!;
    expect(planned.orgUnitCode).toMatch(/^ST-MK/);
    const personId = (
      await t.database.db
        .selectFrom('person')
        .select('id')
        .where('employeeNumber', '=', DEMO_PLAN_PERSON)
        .executeTakeFirstOrThrow()
    ).id;
    const sup = await loginClient(t.app, 'supervisor@demo.frontline.test', DEMO_PASSWORD);
    // He is on the supervisor's "Needs attention" queue: CSAT below the standard on the evidence.
    const queue = (await sup.request('GET', '/api/v1/attention')).json() as {
      items: { person: { id: string }; indicator: { code: string }; reasons: string[] }[];
    };
    expect(
      queue.items.some(
        (i) =>
          i.person.id === personId && i.indicator.code === 'CSAT' && i.reasons.includes('below_standard'),
      ),
    ).toBe(true);
    const team = (await sup.request('GET', '/api/v1/improvement-plans?scope=team')).json() as {
      id: string;
      personId: string;
      status: string;
    }[];
    expect(team.map((p) => [p.personId, p.status])).toEqual([[personId, 'active']]);
    const res = await sup.request('GET', `/api/v1/improvement-plans/${team[0]!.id}`);
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan.sourceKind).toBe('needs_attention');
    expect(plan.acknowledgedAt).not.toBeNull();
    expect(plan.objectives.map((o: { kind: string }) => o.kind)).toEqual(['indicator', 'behaviour']);
    expect(plan.support.map((s: { kind: string }) => s.kind)).toEqual(['coaching', 'training', 'mentor']);
    expect(plan.startsOn < plan.checkpoints[0].dueOn).toBe(true);
    const reviewed = plan.checkpoints.filter((c: { reviewedAt: string | null }) => c.reviewedAt !== null);
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0].progress).toHaveLength(2);
    expect(reviewed[0].progress[0]).toMatchObject({ kind: 'indicator', target: 90 });
    expect(reviewed[0].progress[0].sample).toBeGreaterThan(0);
    expect(plan.abilities).toMatchObject({ review: true, close: true });
    // His line above the supervisor and HR see it; a colleague on the same floor does not.
    const manager = await loginClient(t.app, 'manager@demo.frontline.test', DEMO_PASSWORD);
    expect((await manager.request('GET', `/api/v1/improvement-plans/${plan.id}`)).statusCode).toBe(200);
    const hr = await loginClient(t.app, 'hr@demo.frontline.test', DEMO_PASSWORD);
    expect((await hr.request('GET', `/api/v1/improvement-plans/${plan.id}`)).statusCode).toBe(200);
    const staff = await loginClient(t.app, 'staff@demo.frontline.test', DEMO_PASSWORD);
    expect((await staff.request('GET', `/api/v1/improvement-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await staff.request('GET', '/api/v1/improvement-plans')).json()).toEqual([]);
  });

  it('opens on the voice team’s published roster (the agent’s My roster) and next week’s derived draft', async () => {
    const agent = await loginClient(t.app, 'agent@demo.frontline.test', DEMO_PASSWORD);
    const mine = (await agent.request('GET', '/api/v1/my-roster')).json();
    const lead = await loginClient(t.app, 'lead@demo.frontline.test', DEMO_PASSWORD);
    const plans = (await lead.request('GET', '/api/v1/roster-plans')).json();
    expect(plans.map((p: { status: string }) => p.status).sort()).toEqual(['draft', 'published']);
    const published = (
      await lead.request(
        'GET',
        `/api/v1/roster-plans/${plans.find((p: { status: string }) => p.status === 'published').id}`,
      )
    ).json();
    expect(published.warnings).toEqual([]);
    expect(published.totals.shortfall).toBe(0);
    // The published week starts this Monday: the agent's shifts from today on are in My roster.
    const today = t.services.calendar.today();
    const agentId = (
      await t.database.db
        .selectFrom('person')
        .select('id')
        .where('email', '=', 'agent@demo.frontline.test')
        .executeTakeFirstOrThrow()
    ).id;
    const week = published.assignments.filter((a: { personId: string }) => a.personId === agentId);
    expect(week.length).toBeGreaterThan(0);
    const fromToday = week.filter((a: { day: number }) => addDays(published.startsOn, a.day) >= today);
    expect(mine.shifts).toHaveLength(fromToday.length);
    const draft = (
      await lead.request(
        'GET',
        `/api/v1/roster-plans/${plans.find((p: { status: string }) => p.status === 'draft').id}`,
      )
    ).json();
    expect(draft.lastDerivation.method).toBe('erlang_c');
    expect(draft.lastDerivation.ahtSeconds).toBeGreaterThan(0);
    expect(draft.demand.length).toBeGreaterThan(0);
    // the phone queue's need per slot, 08:00 to 20:00 every day of the week
    expect(draft.slotCoverage).toHaveLength(7 * 12);
    // a training day recorded for one agent is kept free in the draft; another agent's request waits
    const leave = (await lead.request('GET', '/api/v1/leave?team=true')).json();
    expect(leave.map((l: { kind: string; status: string }) => `${l.kind}:${l.status}`).sort()).toEqual([
      'annual:requested',
      'training:approved',
    ]);
    const training = leave.find((l: { kind: string }) => l.kind === 'training');
    const person = draft.people.find((p: { personId: string }) => p.personId === training.personId);
    expect(person.keptTime.map((k: { kind: string; date: string }) => `${k.kind}:${k.date}`)).toContain(
      `leave:${training.startsOn}`,
    );
  });
});
