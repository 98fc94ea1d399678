import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  permissionsOf,
  type AttentionList,
  type OrgDashboard,
  type PersonDashboard,
  type TeamDashboard,
} from '@frontline/contract';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { systemActor, type Actor } from '../../access/actor.js';

/**
 * Roll-ups are ratios of sums at every level (person → team → store → company), checked against
 * figures computed by hand from the rows below; never a mean of ratios.
 *   staffA1 (team A, has the job role): 2 Nov 1/1, 3 Nov 50/100      → 51/101 = 50.495%
 *   staffA2 (team A):                   9 Nov 30/40                    → 75%
 *   staffB1 (team B):                   4 Nov 10/10                    → 100%
 *   staffX1 (store X):                  5 Nov 5/10                     → 50%
 *   team A 81/141 = 57.447%; store A 91/151 = 60.265%; company 96/161 = 59.627%
 */
describe('dashboards, objective statistics and the needs-attention queue', () => {
  let t: TestApp;
  let org: Org;
  let admin: Client;
  let sup: Client;
  let supX: Client;
  let manager: Client;
  let staff: Client;
  let csat: string;
  const RANGE = 'from=2026-11-01&to=2026-11-30';

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    const sys = systemActor('test');
    await t.services.indicators.installPresets(sys);
    csat = (
      await t.database.db
        .selectFrom('indicator')
        .select('id')
        .where('code', '=', 'CSAT')
        .executeTakeFirstOrThrow()
    ).id;
    const p = org.people;
    const rows = [
      [p.staffA1.id, '2026-11-02', 1, 1],
      [p.staffA1.id, '2026-11-03', 50, 100],
      [p.staffA2.id, '2026-11-09', 30, 40],
      [p.staffB1.id, '2026-11-04', 10, 10],
      [p.staffX1.id, '2026-11-05', 5, 10],
    ] as const;
    await t.database.db
      .insertInto('observation')
      .values(
        rows.map(([personId, occurredOn, numerator, denominator]) => ({
          personId,
          indicatorId: csat,
          occurredOn,
          numerator,
          denominator,
        })),
      )
      .execute();
    // Standards: the job role's (90%) for staffA1; team A's own (50%) for the others in team A.
    await t.services.indicators.createTarget(sys, {
      indicatorId: csat,
      jobRoleId: org.role.id,
      standard: 90,
      effectiveFrom: '2026-01-01',
    });
    await t.services.indicators.createTarget(sys, {
      indicatorId: csat,
      orgUnitId: org.units.teamA.id,
      standard: 50,
      effectiveFrom: '2026-01-01',
    });
    admin = await loginClient(t.app, p.admin.email, PASSWORD);
    sup = await loginClient(t.app, p.supA.email, PASSWORD);
    supX = await loginClient(t.app, p.supX.email, PASSWORD);
    manager = await loginClient(t.app, p.manager.email, PASSWORD);
    staff = await loginClient(t.app, p.staffA1.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('computes each person and the team as ratios of sums, with sample sizes and Wilson intervals', async () => {
    const res = await admin.request(
      'GET',
      `/api/v1/dashboards/team?${RANGE}&grain=week&unitId=${org.units.teamA.id}`,
    );
    expect(res.statusCode).toBe(200);
    const d = res.json() as TeamDashboard;
    expect(d.indicators.map((i) => i.code)).toEqual(['CSAT']);
    const a1 = d.rows.find((r) => r.person.id === org.people.staffA1.id)!.cells[csat]!;
    expect(a1.value).toBeCloseTo((51 / 101) * 100, 6);
    expect(a1.sample).toBe(101);
    // Wilson 95% for 51/101 (z = 1.959964): 40.9065% – 60.0473%
    expect(a1.low).toBeCloseTo(40.9065, 3);
    expect(a1.high).toBeCloseTo(60.0473, 3);
    expect(a1.target).toBe(90);
    expect(a1.standing).toBe('below');
    expect(a1.lowSample).toBe(false);
    const a2 = d.rows.find((r) => r.person.id === org.people.staffA2.id)!.cells[csat]!;
    expect(a2).toMatchObject({ value: 75, sample: 40, target: 50, standing: 'above' });
    expect(d.total[csat]!.value).toBeCloseTo((81 / 141) * 100, 6);
    expect(d.total[csat]!.sample).toBe(141);
    // Weeks of November: 26 Oct–1 Nov is clipped to 1 Nov; A1's data is in the week of 2 Nov.
    expect(d.periods.slice(0, 3).map((p) => p.label)).toEqual(['2026-W44', '2026-W45', '2026-W46']);
    expect(d.periods[0]).toMatchObject({ start: '2026-11-01', end: '2026-11-01' });
    expect(a1.spark.slice(0, 3)).toEqual([null, (51 / 101) * 100, null]);
    // A person with no rows in the period has no figure, not a zero.
    const sup = d.rows.find((r) => r.person.id === org.people.supA.id)!.cells[csat]!;
    expect(sup).toMatchObject({ value: null, sample: 0, standing: 'no_data', rank: null });
  });

  it('rolls teams into stores and stores into the company by summing, not averaging', async () => {
    const top = (
      await admin.request('GET', `/api/v1/dashboards/org?${RANGE}&grain=month`)
    ).json() as OrgDashboard;
    const byUnit = new Map(top.rows.map((r) => [r.unit.id, r.cells[csat]!]));
    expect(byUnit.get(org.units.storeA.id)!.value).toBeCloseTo((91 / 151) * 100, 6);
    expect(byUnit.get(org.units.storeA.id)!.sample).toBe(151);
    expect(byUnit.get(org.units.storeX.id)!.value).toBeCloseTo(50, 6);
    expect(top.total[csat]!.value).toBeCloseTo((96 / 161) * 100, 6);
    // The mean of the two stores' figures would be 55.13%: that is not what we show.
    expect(top.total[csat]!.value).not.toBeCloseTo(((91 / 151) * 100 + 50) / 2, 1);
    const store = (
      await admin.request('GET', `/api/v1/dashboards/org?${RANGE}&grain=month&unitId=${org.units.storeA.id}`)
    ).json() as OrgDashboard;
    const teams = new Map(store.rows.map((r) => [r.unit.id, r.cells[csat]!]));
    expect(teams.get(org.units.teamA.id)!.value).toBeCloseTo((81 / 141) * 100, 6);
    expect(teams.get(org.units.teamB.id)!.value).toBe(100);
    expect(store.total[csat]!.value).toBeCloseTo((91 / 151) * 100, 6);
    // Day → week → month give the same total.
    for (const grain of ['day', 'week', 'quarter']) {
      const g = (
        await admin.request('GET', `/api/v1/dashboards/org?${RANGE}&grain=${grain}`)
      ).json() as OrgDashboard;
      expect(g.total[csat]!.value).toBeCloseTo((96 / 161) * 100, 9);
    }
  });

  it('ranks fairly: a perfect score on a small sample does not top the table', async () => {
    const p = org.people;
    await t.database.db
      .insertInto('observation')
      .values([
        {
          personId: p.assessorA.id,
          indicatorId: csat,
          occurredOn: '2026-11-20',
          numerator: 3,
          denominator: 3,
        },
        {
          personId: p.staffA2.id,
          indicatorId: csat,
          occurredOn: '2026-11-20',
          numerator: 260,
          denominator: 270,
        },
      ])
      .execute();
    const d = (
      await admin.request('GET', `/api/v1/dashboards/team?${RANGE}&unitId=${org.units.teamA.id}`)
    ).json() as TeamDashboard;
    const cell = (id: string) => d.rows.find((r) => r.person.id === id)!.cells[csat]!;
    expect(cell(p.assessorA.id).value).toBe(100);
    expect(cell(p.assessorA.id).lowSample).toBe(true);
    expect(cell(p.staffA2.id).rank).toBe(1);
    expect(cell(p.assessorA.id).rank).toBeGreaterThan(1);
    expect(cell(p.assessorA.id).shrunk!).toBeLessThan(100);
    // Below the minimum sample, no verdict either way.
    expect(cell(p.assessorA.id).standing).not.toBe('below');
  });

  it('lists people below standard in the supervisor’s needs-attention queue, with the reason', async () => {
    const q = (await sup.request('GET', `/api/v1/attention?${RANGE}`)).json() as AttentionList;
    const a1 = q.items.find((i) => i.person.id === org.people.staffA1.id);
    expect(a1).toMatchObject({ reasons: ['below_standard'], indicator: { code: 'CSAT' } });
    expect(a1!.figure.high!).toBeLessThan(90);
    // Nobody whose interval reaches the standard is listed as below it.
    for (const i of q.items) {
      if (i.reasons.includes('below_standard')) expect(i.figure.standing).toBe('below');
    }
    // Another team's supervisor sees none of them.
    const other = (await supX.request('GET', `/api/v1/attention?${RANGE}`)).json() as AttentionList;
    expect(other.items.map((i) => i.person.id)).not.toContain(org.people.staffA1.id);
  });

  it('says on each row whether the reader may start coaching the person (the coaching rules)', async () => {
    const q = (await sup.request('GET', `/api/v1/attention?${RANGE}`)).json() as AttentionList;
    expect(q.items.length).toBeGreaterThan(0);
    for (const i of q.items) expect(i.abilities).toEqual({ startCoaching: true, startImprovementPlan: true });
    // The same supervisor without coaching.manage: the rows stay, the action goes.
    const permissions = new Set(permissionsOf(['staff', 'supervisor']));
    permissions.delete('coaching.manage');
    const noCoach: Actor = {
      kind: 'user',
      userId: org.people.supA.userId!,
      personId: org.people.supA.id,
      roles: ['staff', 'supervisor'],
      permissions,
      sessionId: null,
      requestId: null,
      ip: null,
    };
    const without = await t.services.monitoring.attention(noCoach, { from: '2026-11-01', to: '2026-11-30' });
    expect(without.items.map((i) => i.person.id)).toEqual(q.items.map((i) => i.person.id));
    for (const i of without.items) {
      expect(i.abilities).toEqual({ startCoaching: false, startImprovementPlan: true });
    }
  });

  it('shows a person their trend, control limits, the team and the evidence; others’ staff answer 404', async () => {
    const res = await staff.request(
      'GET',
      `/api/v1/dashboards/person/${org.people.staffA1.id}?${RANGE}&grain=day`,
    );
    expect(res.statusCode).toBe(200);
    const d = res.json() as PersonDashboard;
    const c = d.indicators.find((i) => i.indicator.code === 'CSAT')!;
    expect(c.figure.value).toBeCloseTo((51 / 101) * 100, 6);
    expect(c.series).toHaveLength(30);
    const nov3 = c.series.find((s) => s.label === '2026-11-03')!;
    expect(nov3).toMatchObject({ value: 50, sample: 100 });
    // p-chart centre: the person's own rate over the range.
    expect(nov3.centre).toBeCloseTo((51 / 101) * 100, 6);
    expect(c.team.sample).toBe(141 + 270 + 3);
    const ev = (
      await staff.request('GET', `/api/v1/people/${org.people.staffA1.id}/observations?indicatorId=${csat}`)
    ).json();
    expect(ev.total).toBe(2);
    expect(ev.items[0]).toMatchObject({
      occurredOn: '2026-11-03',
      numerator: 50,
      denominator: 100,
      indicatorCode: 'CSAT',
    });
    expect(
      (await supX.request('GET', `/api/v1/dashboards/person/${org.people.staffA1.id}?${RANGE}`)).statusCode,
    ).toBe(404);
    expect(
      (await supX.request('GET', `/api/v1/people/${org.people.staffA1.id}/observations`)).statusCode,
    ).toBe(404);
  });

  it('limits team tables to the asker’s people', async () => {
    const ids = async (c: Client) =>
      ((await c.request('GET', `/api/v1/dashboards/team?${RANGE}`)).json() as TeamDashboard).rows
        .map((r) => r.person.id)
        .sort();
    const p = org.people;
    expect(await ids(sup)).toEqual([p.staffA1.id, p.staffA2.id, p.assessorA.id].sort());
    expect(await ids(manager)).toEqual(
      [p.supA.id, p.staffA1.id, p.staffA2.id, p.assessorA.id, p.supB.id, p.staffB1.id].sort(),
    );
    expect(await ids(staff)).toEqual([]);
    const unit = await supX.request('GET', `/api/v1/dashboards/team?${RANGE}&unitId=${org.units.teamA.id}`);
    expect((unit.json() as TeamDashboard).rows).toEqual([]);
  });

  it('refuses impossible ranges with a clear error', async () => {
    const bad = await admin.request('GET', '/api/v1/dashboards/team?from=2026-11-30&to=2026-11-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('dashboard.bad_range');
    const long = await admin.request(
      'GET',
      '/api/v1/dashboards/team?from=2020-01-01&to=2026-11-01&grain=day',
    );
    expect(long.statusCode).toBe(400);
    const notDate = await admin.request('GET', '/api/v1/dashboards/team?from=2026-02-30&to=2026-03-01');
    expect(notDate.statusCode).toBe(400);
  });

  // Security probe (issue item 2): this request used to list 3.65 million days before refusing
  // the range, freezing the server for a minute. The range is now checked first, by arithmetic.
  it('refuses a range of millennia at once, and the server keeps answering meanwhile', async () => {
    const ages = 'from=0001-01-01&to=9999-12-31&grain=day';
    const [mine, team, org_, health] = await Promise.all([
      staff.request('GET', `/api/v1/dashboards/person/${org.people.staffA1.id}?${ages}`),
      admin.request('GET', `/api/v1/dashboards/team?${ages}`),
      admin.request('GET', `/api/v1/dashboards/org?${ages}`),
      t.app.inject({ method: 'GET', url: '/api/health' }),
    ]);
    for (const res of [mine, team, org_]) {
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('validation');
    }
    expect(health.statusCode).toBe(200);

    // Within the dates inputs may name, a range with too many periods is refused before any is made.
    const century = 'from=2000-01-01&to=2100-12-31';
    for (const url of [
      `/api/v1/dashboards/person/${org.people.staffA1.id}?${century}&grain=day`,
      `/api/v1/dashboards/team?${century}&grain=week`,
      `/api/v1/dashboards/org?${century}&grain=month`,
      `/api/v1/attention?${century}`,
    ]) {
      const res = await admin.request('GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code, url).toBe('dashboard.bad_range');
    }
    // Features that call the service directly get the same check, before any work.
    const actor: Actor = {
      kind: 'user',
      userId: org.people.admin.userId!,
      personId: null,
      roles: ['admin'],
      permissions: permissionsOf(['admin']),
      sessionId: null,
      requestId: null,
      ip: null,
    };
    const ages_ = { from: '0001-01-01', to: '9999-12-31', grain: 'day' } as const;
    await expect(t.services.monitoring.person(actor, org.people.staffA1.id, ages_)).rejects.toMatchObject({
      code: 'dashboard.bad_range',
      status: 400,
    });
    await expect(t.services.monitoring.team(actor, ages_)).rejects.toMatchObject({
      code: 'dashboard.bad_range',
    });
  });

  it('audits a view of someone else’s dashboard only when it answers', async () => {
    const viewed = () =>
      t.database.db
        .selectFrom('auditEvent')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('action', '=', 'performance.viewed')
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    const before = await viewed();
    const url = `/api/v1/dashboards/person/${org.people.staffA1.id}`;
    expect((await sup.request('GET', `${url}?from=2026-11-30&to=2026-11-01`)).statusCode).toBe(400);
    expect(await viewed()).toBe(before);
    expect((await sup.request('GET', `${url}?${RANGE}`)).statusCode).toBe(200);
    expect(await viewed()).toBe(before + 1);
    // The person's own view is not audited; nor are figures read by other features.
    expect((await staff.request('GET', `${url}?${RANGE}`)).statusCode).toBe(200);
    expect(await viewed()).toBe(before + 1);
  });
});
