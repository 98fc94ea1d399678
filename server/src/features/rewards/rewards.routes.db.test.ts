import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { systemActor } from '../../access/actor.js';
import { fixedClock } from '../../lib/clock.js';
import { addDays } from '../../lib/calendar.js';

interface Row {
  person: { id: string };
  value: number | null;
  n: number;
  shrunk: number | null;
  rank: number | null;
  points: number;
}

describe('reward schemes: rules on the evidence, idempotent evaluation, awards, leaderboards', () => {
  const clock = fixedClock(new Date('2026-11-10T02:00:00Z'));
  let t: TestApp;
  let org: Org;
  let csat: string;
  let manager: Client;
  let hr: Client;
  let staff: Client;
  let peer: Client;
  let sup: Client;
  let ruleId: string;
  let manualId: string;

  /** `good` of `rated` satisfied in October, one rating a day from 1 October. */
  async function october(personId: string, good: number, rated: number) {
    const rows = Array.from({ length: rated }, (_, i) => ({
      personId,
      indicatorId: csat,
      occurredOn: addDays('2026-10-01', i % 31),
      numerator: i < good ? 1 : 0,
      denominator: 1,
      source: 'test',
    }));
    await t.database.db.insertInto('observation').values(rows).execute();
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
    await october(org.people.staffA1.id, 29, 30); // 96.7% on 30: meets the rule
    await october(org.people.staffA2.id, 20, 20); // 100% on 20: too few responses
    await october(org.people.assessorA.id, 96, 100); // 96% on 100: meets the rule
    await october(org.people.staffB1.id, 3, 3); // 100% on 3: lucky, must not top the board
    await october(org.people.supB.id, 50, 100); // 50% on 100: people really differ, so shrinkage is partial
    await october(org.people.staffX1.id, 30, 30); // another store: outside the manager's scope
    manager = await loginClient(t.app, org.people.manager.email, PASSWORD);
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    peer = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('creates schemes for rewards.manage only; codes are unique', async () => {
    const body = {
      kind: 'rule',
      code: 'CSAT-STAR',
      nameEn: 'CSAT star',
      indicatorId: csat,
      comparator: 'gte',
      threshold: 95,
      minSample: 30,
      period: 'month',
      points: 50,
      badge: 'csat_star',
    };
    expect((await sup.request('POST', '/api/v1/reward-schemes', body)).statusCode).toBe(403);
    const rule = await hr.request('POST', '/api/v1/reward-schemes', body);
    expect(rule.statusCode, rule.body).toBe(201);
    ruleId = rule.json().id;
    expect(rule.json()).toMatchObject({
      kind: 'rule',
      threshold: 95,
      minSample: 30,
      period: 'month',
      active: true,
    });
    const dup = await manager.request('POST', '/api/v1/reward-schemes', body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('reward_scheme.code_taken');
    const manual = await manager.request('POST', '/api/v1/reward-schemes', {
      kind: 'manual',
      code: 'HERO',
      nameEn: 'Customer hero',
      points: 20,
      badge: 'customer_hero',
    });
    expect(manual.statusCode).toBe(201);
    manualId = manual.json().id;
    expect((await staff.request('GET', '/api/v1/reward-schemes')).json()).toHaveLength(2);
    const noThreshold = await hr.request('POST', '/api/v1/reward-schemes', {
      ...body,
      code: 'X',
      threshold: undefined,
    });
    expect(noThreshold.statusCode).toBe(400);
  });

  it('evaluates a month on the evidence: value ≥ threshold on ≥ minSample, once per person', async () => {
    const url = `/api/v1/reward-schemes/${ruleId}/evaluate`;
    expect((await manager.request('POST', url, { periodStart: '2026-10-02' })).statusCode).toBe(400);
    const res = await manager.request('POST', url, { periodStart: '2026-10-01' });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      evaluated: 6,
      alreadyAwarded: 0,
    });
    const byPerson = new Map(r.awarded.map((a: { personId: string }) => [a.personId, a]));
    expect(new Set(byPerson.keys())).toEqual(new Set([org.people.staffA1.id, org.people.assessorA.id]));
    const a1 = byPerson.get(org.people.staffA1.id) as {
      evidence: Record<string, number>;
      points: number;
      badge: string;
    };
    expect(a1.evidence.value).toBeCloseTo((29 / 30) * 100, 9);
    expect(a1.evidence.n).toBe(30);
    expect(a1.evidence.low).toBeLessThan(95); // the interval is recorded; the rule does not require its bound
    expect(a1.evidence.high).toBeGreaterThan(95);
    expect(a1).toMatchObject({ points: 50, badge: 'csat_star' });

    const again = await manager.request('POST', url, { periodStart: '2026-10-01' });
    expect(again.json()).toMatchObject({ awarded: [], alreadyAwarded: 2 });
    const count = await t.database.db
      .selectFrom('award')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('schemeId', '=', ruleId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(2);
    // hr sees everyone: staff X1 (30/30 in another store) now earns it too, the others are not repeated.
    const wider = await hr.request('POST', url, { periodStart: '2026-10-01' });
    expect(wider.json().awarded.map((a: { personId: string }) => a.personId)).toEqual([
      org.people.staffX1.id,
    ]);
    expect(wider.json().alreadyAwarded).toBe(2);
    expect(
      (
        await manager.request('POST', `/api/v1/reward-schemes/${manualId}/evaluate`, {
          periodStart: '2026-10-01',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('awards appear on the wall and in the person’s totals; the person is told', async () => {
    const wall = (await peer.request('GET', '/api/v1/recognition')).json();
    const post = wall.items.find((i: { personId: string }) => i.personId === org.people.staffA1.id);
    expect(post).toMatchObject({ badge: 'csat_star', points: 50, authorName: null });
    expect(post.awardId).toBeTruthy();
    const mine = await staff.request('GET', `/api/v1/people/${org.people.staffA1.id}/awards`);
    expect(mine.json()).toMatchObject({ totalPoints: 50, badges: [{ badge: 'csat_star', count: 1 }] });
    expect((await peer.request('GET', `/api/v1/people/${org.people.staffA1.id}/awards`)).statusCode).toBe(
      404,
    );
    const n = (await staff.request('GET', '/api/v1/notifications')).json().items;
    expect(n.some((x: { kind: string }) => x.kind === 'award.received')).toBe(true);
  });

  it('gives manual awards to people in scope only', async () => {
    const body = {
      schemeId: manualId,
      personId: org.people.staffB1.id,
      reason: 'Found a lost child’s parents.',
    };
    const ok = await manager.request('POST', '/api/v1/awards', body);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      points: 20,
      badge: 'customer_hero',
      periodStart: null,
      reason: body.reason,
    });
    const far = await manager.request('POST', '/api/v1/awards', { ...body, personId: org.people.staffX1.id });
    expect(far.statusCode).toBe(404);
    expect(far.json().code).toBe('person.not_found');
    expect((await manager.request('POST', '/api/v1/awards', { ...body, schemeId: ruleId })).statusCode).toBe(
      400,
    );
    expect((await sup.request('POST', '/api/v1/awards', body)).statusCode).toBe(403);
  });

  it('ranks the leaderboard with the dashboards’ shrinkage: 3/3 is not first', async () => {
    const q = `indicatorId=${csat}&from=2026-10-01&to=2026-10-31&unitId=${org.units.storeA.id}`;
    const res = await manager.request('GET', `/api/v1/leaderboard?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().rows as Row[];
    const of = (id: string) => rows.find((r) => r.person.id === id)!;
    const lucky = of(org.people.staffB1.id);
    const steady = of(org.people.staffA1.id);
    expect(rows[0]!.person.id).not.toBe(org.people.staffB1.id);
    // 3/3 (100%) ranks below 29/30 (96.7%): three answers say little, thirty say more.
    expect(lucky.value).toBe(100);
    expect(steady.value!).toBeLessThan(100);
    expect(lucky.rank!).toBeGreaterThan(steady.rank!);
    expect(lucky.shrunk!).toBeLessThan(steady.shrunk!);
    expect(of(org.people.staffA1.id)).toMatchObject({ n: 30, points: 50 });
    expect(of(org.people.supA.id)).toMatchObject({ n: 0, rank: null, shrunk: null });
    expect(rows.some((r) => r.person.id === org.people.staffX1.id)).toBe(false);

    // The same numbers as the team dashboard over the same people and range.
    const dash = await hr.request(
      'GET',
      `/api/v1/dashboards/team?from=2026-10-01&to=2026-10-31&grain=month&unitId=${org.units.storeA.id}`,
    );
    const hrRows = (await hr.request('GET', `/api/v1/leaderboard?${q}`)).json().rows as Row[];
    for (const d of dash.json().rows as {
      person: { id: string };
      cells: Record<string, { shrunk: number | null; rank: number | null }>;
    }[]) {
      const cell = d.cells[csat]!;
      const mine = hrRows.find((r) => r.person.id === d.person.id)!;
      expect(mine.rank).toBe(cell.rank);
      if (cell.shrunk === null) expect(mine.shrunk).toBeNull();
      else expect(mine.shrunk).toBeCloseTo(cell.shrunk, 9);
    }
  });

  it('ranks points in a period', async () => {
    const res = await manager.request('GET', '/api/v1/leaderboard/points?from=2026-10-01&to=2026-11-30');
    expect(res.statusCode).toBe(200);
    const top = (res.json().rows as { person: { id: string }; points: number; rank: number }[]).slice(0, 3);
    expect(top.map((r) => [r.points, r.rank])).toEqual([
      [50, 1],
      [50, 1],
      [20, 3],
    ]);
    const oct = await manager.request('GET', '/api/v1/leaderboard/points?from=2026-10-01&to=2026-10-31');
    expect(
      oct.json().rows.find((r: { person: { id: string } }) => r.person.id === org.people.staffB1.id).points,
    ).toBe(0);
  });

  it('updates and retires schemes; a used scheme is deactivated, not deleted', async () => {
    const upd = await hr.request('PATCH', `/api/v1/reward-schemes/${manualId}`, { points: 25 });
    expect(upd.json().points).toBe(25);
    expect((await hr.request('DELETE', `/api/v1/reward-schemes/${manualId}`)).statusCode).toBe(204);
    expect((await hr.request('GET', `/api/v1/reward-schemes/${manualId}`)).json().active).toBe(false);
    const unused = await hr.request('POST', '/api/v1/reward-schemes', {
      kind: 'manual',
      code: 'TMP',
      nameEn: 'Tmp',
      points: 1,
    });
    expect((await hr.request('DELETE', `/api/v1/reward-schemes/${unused.json().id}`)).statusCode).toBe(204);
    const gone = await hr.request('GET', `/api/v1/reward-schemes/${unused.json().id}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe('reward_scheme.not_found');
  });
});
