import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type TestApp } from '../../../test/http.js';
import { DEMO_PASSWORD, seedDemo } from '../../db/seed/demo.js';
import { DEMO_PEOPLE } from '../../db/seed/demo-data.js';
import { DEMO_PLAN_PERSON } from '../improvement-plans/improvement-plans.demo.js';

describe('demo check-ins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // The demo seed calls seedCheckinsDemo itself.
    await seedDemo(t.services);
  }, 180_000);
  afterAll(() => t.close());

  it('gives the first supervisors a team with ok, overdue and due check-ins, audited', async () => {
    const sup = DEMO_PEOPLE.find((p) => p.roles.includes('supervisor'))!;
    const client = await loginClient(t.app, sup.email!, DEMO_PASSWORD);
    const due = (await client.request('GET', '/api/v1/checkins/due')).json();
    const statuses = due.items.map((r: { cadence: { status: string } }) => r.cadence.status);
    expect(statuses).toEqual(expect.arrayContaining(['ok', 'overdue', 'due']));
    const planned = (await client.request('GET', '/api/v1/checkins?scope=team&status=planned')).json();
    // One planned by the check-ins demo; the demo improvement plan's later review dates are check-ins too.
    const planPerson = await t.database.db
      .selectFrom('person')
      .select('id')
      .where('employeeNumber', '=', DEMO_PLAN_PERSON)
      .executeTakeFirstOrThrow();
    const others = planned.items.filter((c: { personId: string }) => c.personId !== planPerson.id);
    expect(others).toHaveLength(1);
    expect(planned.total).toBe(3);
    const audited = await t.database.db
      .selectFrom('auditEvent')
      .select('id')
      .where('action', 'in', ['checkin.created', 'checkin_cadence.set', 'action_item.created'])
      .execute();
    expect(audited.length).toBeGreaterThanOrEqual(6 + 4 + 6);
  });
});
