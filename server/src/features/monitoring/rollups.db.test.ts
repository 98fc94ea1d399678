import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../test/http.js';
import { makeOrg, type Org } from '../../../test/factories.js';
import { systemActor } from '../../access/actor.js';
import { monitoringRepository } from './monitoring.repository.js';

/**
 * observation_daily and observation_weekly follow every insert, update and delete of observation
 * (statement triggers), and the dashboards' sums read the weekly roll-up for whole weeks and the
 * daily one for the rest without counting a day twice (#19 item 8).
 */
describe('observation roll-ups', () => {
  let t: TestApp;
  let org: Org;
  let csat: string;
  let aht: string;

  const rollups = async () => {
    const db = t.database.db;
    const fromObs = await sql<{ k: string; num: number; den: number; n: number }>`
      select indicator_id || '|' || date_trunc('week', occurred_on::timestamp)::date || '|' || person_id as k,
             sum(numerator)::float8 as num, sum(denominator)::float8 as den, count(*)::int as n
        from observation group by 1 order by 1`.execute(db);
    const weekly = await sql<{ k: string; num: number; den: number; n: number }>`
      select indicator_id || '|' || week || '|' || person_id as k, num, den, n
        from observation_weekly order by 1`.execute(db);
    const daily = await sql<{ k: string; num: number; den: number; n: number }>`
      select indicator_id || '|' || date_trunc('week', day::timestamp)::date || '|' || person_id as k,
             sum(num)::float8 as num, sum(den)::float8 as den, sum(n)::int as n
        from observation_daily group by 1 order by 1`.execute(db);
    return { fromObs: fromObs.rows, weekly: weekly.rows, daily: daily.rows };
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    await t.services.indicators.installPresets(systemActor('test'));
    const ids = await t.database.db.selectFrom('indicator').select(['id', 'code']).execute();
    csat = ids.find((i) => i.code === 'CSAT')!.id;
    aht = ids.find((i) => i.code === 'AHT')!.id;
  });
  afterAll(() => t.close());

  it('keep the weekly sums equal to the observations after inserts, updates and deletes', async () => {
    const db = t.database.db;
    const p = org.people;
    // Sunday 2026-11-01 and Monday 2026-11-02 fall in different ISO weeks.
    await db
      .insertInto('observation')
      .values([
        { personId: p.staffA1.id, indicatorId: csat, occurredOn: '2026-11-01', numerator: 1, denominator: 1 },
        { personId: p.staffA1.id, indicatorId: csat, occurredOn: '2026-11-02', numerator: 0, denominator: 1 },
        { personId: p.staffA1.id, indicatorId: csat, occurredOn: '2026-11-03', numerator: 1, denominator: 1 },
        {
          personId: p.staffA2.id,
          indicatorId: aht,
          occurredOn: '2026-11-04',
          numerator: 600,
          denominator: 2,
        },
        {
          personId: p.staffA2.id,
          indicatorId: aht,
          occurredOn: '2026-11-30',
          numerator: 300,
          denominator: 1,
        },
      ])
      .execute();
    let r = await rollups();
    expect(r.weekly).toEqual(r.fromObs);
    expect(r.daily).toEqual(r.fromObs);
    expect(r.weekly).toHaveLength(4);

    // moved across a week boundary, then a week emptied by a delete
    await db
      .updateTable('observation')
      .set({ occurredOn: '2026-10-31' })
      .where('occurredOn', '=', '2026-11-02')
      .execute();
    await db.deleteFrom('observation').where('occurredOn', '=', '2026-11-30').execute();
    r = await rollups();
    expect(r.weekly).toEqual(r.fromObs);
    expect(r.daily).toEqual(r.fromObs);
    const weeks = await db
      .selectFrom('observationWeekly')
      .select('week')
      .distinct()
      .orderBy('week')
      .execute();
    expect(weeks.map((w) => w.week)).toEqual(['2026-10-26', '2026-11-02']);
  });

  it('sum each day once whichever roll-up it comes from, at every grain', async () => {
    const repo = monitoringRepository(t.database.db);
    const groups = [
      { personId: org.people.staffA1.id, key: 'a' },
      { personId: org.people.staffA2.id, key: 'a' },
    ];
    // by hand: CSAT 10-31 (0/1), 11-01 (1/1), 11-03 (1/1); AHT 11-04 (600/2)
    for (const grain of ['day', 'week', 'month', 'quarter'] as const) {
      const rows = await repo.sums(groups, '2026-10-01', '2026-12-31', grain);
      const total = (ind: string) =>
        rows
          .filter((x) => x.indicatorId === ind)
          .reduce((a, x) => ({ num: a.num + x.num, den: a.den + x.den, n: a.n + x.n }), {
            num: 0,
            den: 0,
            n: 0,
          });
      expect([grain, total(csat)]).toEqual([grain, { num: 2, den: 3, n: 3 }]);
      expect([grain, total(aht)]).toEqual([grain, { num: 600, den: 2, n: 1 }]);
    }
    const byMonth = await repo.sums(groups, '2026-10-01', '2026-12-31', 'month');
    const oct = byMonth.find((x) => x.indicatorId === csat && x.period === '2026-10-01')!;
    const nov = byMonth.find((x) => x.indicatorId === csat && x.period === '2026-11-01')!;
    expect([oct.num, oct.den, nov.num, nov.den]).toEqual([0, 1, 2, 2]);
    // a range cut inside a week reads only its own days
    const part = await repo.sums(groups, '2026-11-02', '2026-11-03', 'week');
    expect(part.filter((x) => x.indicatorId === csat).map((x) => [x.num, x.den])).toEqual([[1, 1]]);
    expect(await repo.latestDay(groups.map((g) => g.personId))).toBe('2026-11-04');
    expect(await repo.latestDay([org.people.staffB1.id])).toBeNull();
  });
});
