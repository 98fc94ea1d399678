import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { installIndicators, makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';
import { addDays } from '../../lib/calendar.js';

describe('goals on the calendar: active on the start date, awaiting outcome after the end', () => {
  // 10 Nov 2026, 10:00 in Hong Kong
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let csat: string;
  let sup: Client;
  let staff: Client;

  async function observe(personId: string, from: string, days: number, good: number, rated: number) {
    const rows = Array.from({ length: days }, (_, d) => ({
      personId,
      indicatorId: csat,
      occurredOn: addDays(from, d),
      numerator: good,
      denominator: rated,
      source: 'test',
    }));
    await t.database.db.insertInto('observation').values(rows).execute();
  }

  async function agreedGoal(who: Client, personId: string, target: number): Promise<string> {
    const made = await sup.request('POST', '/api/v1/goals', {
      personId,
      kind: 'indicator',
      title: `CSAT at ${target}`,
      description: 'Confirm the problem is solved before ending every contact.',
      indicatorId: csat,
      target,
      periodStart: '2026-11-15',
      periodEnd: '2026-11-30',
      weight: 40,
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    expect((await sup.request('POST', `/api/v1/goals/${id}/propose`)).statusCode).toBe(200);
    const accepted = await who.request('POST', `/api/v1/goals/${id}/accept`);
    expect(accepted.json().status).toBe('agreed');
    return id;
  }

  /** Sessions time out while the clock jumps days ahead: sign in again. */
  async function signIn() {
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
  }
  const goal = async (id: string) => (await sup.request('GET', `/api/v1/goals/${id}`)).json();
  const statusOf = async (id: string) =>
    (await t.database.db.selectFrom('goal').select('status').where('id', '=', id).executeTakeFirstOrThrow())
      .status;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    csat = (await installIndicators(t.services))('CSAT');
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('activates, ends, judges by the interval and lets the supervisor confirm the outcome', async () => {
    const peer = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    const clear = await agreedGoal(staff, org.people.staffA1.id, 80); // 95% on 1,600: clearly above
    const close = await agreedGoal(peer, org.people.staffA2.id, 90); // 91% on 32: straddles 90
    await observe(org.people.staffA1.id, '2026-11-15', 16, 95, 100);
    await observe(org.people.staffA2.id, '2026-11-15', 16, 2, 2);
    await t.database.db
      .updateTable('observation')
      .set({ numerator: 1 })
      .where('personId', '=', org.people.staffA2.id)
      .where('occurredOn', 'in', ['2026-11-15', '2026-11-16', '2026-11-17'])
      .execute();

    // Before the start: nothing to judge, "Achieved" not offered and refused.
    expect((await goal(clear)).abilities.closeAchieved).toBe(false);
    const early = await sup.request('POST', `/api/v1/goals/${clear}/close`, { outcome: 'achieved' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('goal.outcome_too_early');
    expect(await statusOf(clear)).toBe('agreed');
    expect(await t.services.goals.runCalendar()).toEqual({ activated: 0, awaitingOutcome: 0 });

    // 15 Nov, 00:30 in Hong Kong (still 14 Nov in UTC): active without a click.
    clock.set(new Date('2026-11-14T16:30:00Z'));
    expect(await t.services.goals.runCalendar()).toEqual({ activated: 2, awaitingOutcome: 0 });
    expect(await statusOf(clear)).toBe('active');
    const audits = await t.database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityId', '=', clear)
      .where('action', '=', 'goal.activated')
      .execute();
    expect(audits).toHaveLength(1);

    // Mid-period: the evidence already settles the clear goal, so "Achieved" is offered early.
    clock.set(new Date('2026-11-25T02:00:00Z'));
    await signIn();
    const mid = await goal(clear);
    expect(mid.evidence.verdict).toBe('achieved');
    expect(mid.abilities.closeAchieved).toBe(true);
    expect((await goal(close)).abilities.closeAchieved).toBe(false);

    // 1 Dec: both wait for their outcome; the supervisor is told.
    clock.set(new Date('2026-12-01T01:00:00Z'));
    await signIn();
    expect(await t.services.goals.runCalendar()).toEqual({ activated: 0, awaitingOutcome: 2 });
    expect(await t.services.goals.runCalendar()).toEqual({ activated: 0, awaitingOutcome: 0 });
    const c = await goal(clear);
    expect(c.status).toBe('awaiting_outcome');
    expect(c.evidence).toMatchObject({
      from: '2026-11-15',
      to: '2026-11-30',
      sample: 1600,
      verdict: 'achieved',
    });
    expect(c.evidence.value).toBeCloseTo(95, 6);
    expect(c.evidence.low).toBeGreaterThan(80);
    const n = await goal(close);
    // 29 of 32 = 90.6%, Wilson 95% interval about 75.8–96.8: not distinguishable from 90
    expect(n.evidence.sample).toBe(32);
    expect(n.evidence.value).toBeCloseTo((29 / 32) * 100, 6);
    expect(n.evidence.verdict).toBe('not_distinguishable');
    const notes = (await sup.request('GET', '/api/v1/notifications')).json();
    const kinds = (notes.items ?? notes).map((x: { kind: string }) => x.kind);
    expect(kinds.filter((k: string) => k === 'goal.awaiting_outcome')).toHaveLength(2);

    // The supervisor confirms; the person is told.
    const done = await sup.request('POST', `/api/v1/goals/${clear}/close`, {
      outcome: 'achieved',
      note: 'Well above the target all fortnight.',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('achieved');
    const staffNotes = (await staff.request('GET', '/api/v1/notifications')).json();
    expect((staffNotes.items ?? staffNotes).map((x: { kind: string }) => x.kind)).toContain('goal.achieved');
    expect(
      (await sup.request('POST', `/api/v1/goals/${close}/close`, { outcome: 'missed' })).statusCode,
    ).toBe(200);
  });
});
