import { sql, type Kysely } from 'kysely';
import type { Grain } from '@frontline/contract';
import type { DB } from '../../db/schema.js';

export interface SumRow {
  key: string;
  indicatorId: string;
  period: string;
  num: number;
  den: number;
  sq: number;
  n: number;
}

const TRUNC: Record<Grain, string> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter' };

/** Reads of observation_daily (Σ per person × indicator × day). Every figure is a ratio of sums. */
export function monitoringRepository(db: Kysely<DB>) {
  return {
    /**
     * Sums per group × indicator × period over [from, to], where a group is given for each person
     * (the person themself for a team table, their site or team for the organisation table).
     */
    async sums(
      groups: { personId: string; key: string }[],
      from: string,
      to: string,
      grain: Grain,
      indicatorIds?: readonly string[],
    ): Promise<SumRow[]> {
      if (groups.length === 0) return [];
      const trunc = sql.lit(TRUNC[grain]);
      const r = await sql<SumRow>`
        with m(person_id, key) as (
          select * from unnest(${groups.map((g) => g.personId)}::uuid[], ${groups.map((g) => g.key)}::text[])
        )
        select m.key, d.indicator_id as "indicatorId",
               to_char(date_trunc(${trunc}, d.day::timestamp), 'YYYY-MM-DD') as period,
               sum(d.num)::float8 as num, sum(d.den)::float8 as den, sum(d.sq)::float8 as sq, sum(d.n)::int as n
          from observation_daily d
          join m on m.person_id = d.person_id
         where d.day between ${from}::date and ${to}::date
           ${indicatorIds ? sql`and d.indicator_id = any(${[...indicatorIds]}::uuid[])` : sql``}
         group by m.key, d.indicator_id, period`.execute(db);
      return r.rows;
    },

    /** Every target in force on `day` (job role or org unit). */
    targetsOn: (day: string) =>
      db
        .selectFrom('target')
        .select(['indicatorId', 'jobRoleId', 'orgUnitId', 'standard', 'stretch', 'effectiveFrom'])
        .where('effectiveFrom', '<=', day)
        .where((eb) => eb.or([eb('effectiveTo', 'is', null), eb('effectiveTo', '>=', day)]))
        .orderBy('effectiveFrom', 'desc')
        .execute(),

    units: () =>
      db.selectFrom('orgUnit').select(['id', 'parentId', 'code', 'kind', 'nameEn', 'nameZh']).execute(),

    indicators: () =>
      db
        .selectFrom('indicator')
        .select([
          'id',
          'code',
          'nameEn',
          'nameZh',
          'unit',
          'direction',
          'aggregation',
          'scale',
          'decimals',
          'minSample',
        ])
        .where('active', '=', true)
        .orderBy('preset', 'desc')
        .orderBy('code')
        .execute(),
  };
}
