import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type TestApp } from '../../../test/http.js';
import { DEMO_PASSWORD, seedDemo } from './demo.js';
import { DEMO_PEOPLE } from './demo-data.js';

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
});
