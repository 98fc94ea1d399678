import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { systemActor } from '../../access/actor.js';
import { fixedClock } from '../../lib/clock.js';

describe('POST /api/v1/goals/team-from-standard names a team by a manager who must exist', () => {
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let csat: string;
  let hr: Client;
  let admin: Client;
  let sup: Client;
  const nobody = '00000000-0000-4000-8000-000000000000';

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
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
  });
  afterAll(() => t.close());

  const body = (managerPersonId: string) => ({
    managerPersonId,
    indicatorId: csat,
    periodStart: '2026-12-01',
    periodEnd: '2026-12-31',
  });

  it('answers 404 person.not_found for a manager that does not exist, even to those who see everyone', async () => {
    for (const [who, c] of [
      ['hr', hr],
      ['admin', admin],
      ['supervisor', sup],
    ] as const) {
      const res = await c.request('POST', '/api/v1/goals/team-from-standard', body(nobody));
      expect(res.statusCode, `${who}: ${res.body}`).toBe(404);
      expect(res.json().code).toBe('person.not_found');
    }
    expect(await t.database.db.selectFrom('goal').select('id').execute()).toHaveLength(0);
  });

  it('still works for a manager who exists', async () => {
    const res = await hr.request('POST', '/api/v1/goals/team-from-standard', body(org.people.supA.id));
    expect(res.statusCode, res.body).toBe(200);
    const { created, skipped } = res.json() as { created: unknown[]; skipped: { personId: string }[] };
    // No standards are set in this organisation: every member of supA's team is listed as skipped.
    expect(created).toHaveLength(0);
    expect(new Set(skipped.map((s) => s.personId))).toEqual(
      new Set([org.people.staffA1.id, org.people.staffA2.id, org.people.assessorA.id]),
    );
  });
});
