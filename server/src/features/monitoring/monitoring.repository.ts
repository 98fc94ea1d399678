import { sql, type Kysely } from 'kysely';
import type { Grain } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import { inScope, type Scope } from '../../access/scope.js';
import { weekCover } from './periods.js';

export interface SumRow {
  key: string;
  indicatorId: string;
  period: string;
  num: number;
  den: number;
  sq: number;
  n: number;
}

/** Up to this many people, sums filter each roll-up by person (index) before joining the groups. */
const FEW_PEOPLE = 100;

const TRUNC: Record<Grain, string> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter' };

/**
 * Reads of observation_daily and observation_weekly (Σ per person × indicator × day or ISO week).
 * Every figure is a ratio of sums.
 */
export function monitoringRepository(db: Kysely<DB>) {
  return {
    /** People (not left) in a scope, optionally only in some units, by name. */
    people(scope: Scope, unitIds: readonly string[] | null) {
      let q = db
        .selectFrom('person as p')
        .innerJoin('orgUnit as u', 'u.id', 'p.orgUnitId')
        .leftJoin('jobRole as r', 'r.id', 'p.jobRoleId')
        .select([
          'p.id',
          'p.employeeNumber',
          'p.givenNameEn',
          'p.familyNameEn',
          'p.nameZh',
          'p.orgUnitId',
          'p.jobRoleId',
          'u.nameEn as unitNameEn',
          'u.nameZh as unitNameZh',
          'r.nameEn as roleNameEn',
          'r.nameZh as roleNameZh',
        ])
        .where('p.status', '!=', 'left')
        .where(inScope(scope, 'p.id'));
      if (unitIds) {
        q = q.where(
          unitIds.length ? sql<boolean>`p.org_unit_id in (${sql.join(unitIds)})` : sql<boolean>`false`,
        );
      }
      return q.orderBy('p.familyNameEn').orderBy('p.givenNameEn').execute();
    },

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
      // Groups travel as small integers and periods as dates: grouping on them is cheap and lets
      // PostgreSQL hash-aggregate (text keys and to_char made it sort and spill at 10M rows).
      const keys = [...new Set(groups.map((g) => g.key))];
      const index = new Map(keys.map((k, i) => [k, i]));
      const trunc = sql.lit(TRUNC[grain]);
      // Whole weeks inside one period come from observation_weekly (one row a week instead of
      // seven), the other days from observation_daily: every day of [from, to] exactly once.
      const cover = weekCover(from, to, grain);
      const onlyIndicators = (col: string) =>
        indicatorIds ? sql`and ${sql.ref(col)} = any(${[...indicatorIds]}::uuid[])` : sql``;
      // A team's few people are found through the person indexes; an organisation's many by the
      // date indexes, joined to the groups by hash.
      const people = groups.length <= FEW_PEOPLE ? [...new Set(groups.map((g) => g.personId))] : null;
      const onlyPeople = (col: string) =>
        people ? sql`and ${sql.ref(col)} = any(${people}::uuid[])` : sql``;
      const daily = cover.days.length
        ? sql`select d.indicator_id, d.day as at, d.person_id, d.num, d.den, d.sq, d.n
                from observation_daily d
               where (${sql.join(
                 cover.days.map((r) => sql`d.day between ${r.from}::date and ${r.to}::date`),
                 sql` or `,
               )}) ${onlyIndicators('d.indicator_id')} ${onlyPeople('d.person_id')}`
        : null;
      const weekly = cover.weeks.length
        ? sql`select w.indicator_id, w.week as at, w.person_id, w.num, w.den, w.sq, w.n
                from observation_weekly w
               where w.week = any(${cover.weeks}::date[]) ${onlyIndicators('w.indicator_id')} ${onlyPeople('w.person_id')}`
        : null;
      const source = daily && weekly ? sql`${daily} union all ${weekly}` : (daily ?? weekly)!;
      const query = sql<Omit<SumRow, 'key'> & { k: number }>`
        with m(person_id, k) as (
          select * from unnest(${groups.map((g) => g.personId)}::uuid[], ${groups.map((g) => index.get(g.key)!)}::int[])
        )
        select m.k, s.indicator_id as "indicatorId",
               date_trunc(${trunc}, s.at::timestamp)::date as period,
               sum(s.num)::float8 as num, sum(s.den)::float8 as den, sum(s.sq)::float8 as sq, sum(s.n)::int as n
          from (${source}) s
          join m on m.person_id = s.person_id
         group by m.k, s.indicator_id, date_trunc(${trunc}, s.at::timestamp)::date`;
      // Enough memory to hash the groups of an organisation-wide quarter without spilling
      // (set local: for this transaction only; a caller's open transaction is reused).
      const r = db.isTransaction
        ? await query.execute(db)
        : await db.transaction().execute(async (trx) => {
            await sql`set local work_mem = '64MB'`.execute(trx);
            return query.execute(trx);
          });
      return r.rows.map(({ k, ...row }) => ({ ...row, key: keys[k]! }));
    },

    /** Every target in force on `day` (job role or org unit). */
    /** The last day with figures for any of these people (null: none), to say where data ends. */
    async latestDay(personIds: readonly string[]): Promise<string | null> {
      if (personIds.length === 0) return null;
      // Backwards along the week index to the last week with any of these people's rows (ordered by
      // the column, not its text: ordering by day::text sorted every row, 0.8 s at 10M
      // observations), then the last day within that week.
      const r = await sql<{ day: string | null }>`
        with w as (
          select week from observation_weekly
           where person_id = any(${[...personIds]}::uuid[])
           order by observation_weekly.week desc limit 1
        )
        select max(d.day)::text as day
          from observation_daily d, w
         where d.person_id = any(${[...personIds]}::uuid[]) and d.day between w.week and w.week + 6`.execute(
        db,
      );
      return r.rows[0]?.day ?? null;
    },
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
    /** The person's agreed (or later) goals that overlap the range, latest start first. */
    goalsOverlapping: (personId: string, from: string, to: string) =>
      db
        .selectFrom('goal')
        .select(['id', 'indicatorId', 'target', 'title'])
        .where('personId', '=', personId)
        .where('status', 'in', ['agreed', 'active', 'achieved', 'missed'])
        .where('periodStart', '<=', to)
        .where('periodEnd', '>=', from)
        .orderBy('periodStart', 'desc')
        .execute(),
    /** A page of the person's raw observations, newest first, and how many there are. */
    async observations(
      personId: string,
      q: { indicatorId?: string; from?: string; to?: string },
      limit: number,
      offset: number,
    ) {
      let base = db.selectFrom('observation as o').where('o.personId', '=', personId);
      if (q.indicatorId) base = base.where('o.indicatorId', '=', q.indicatorId);
      if (q.from) base = base.where('o.occurredOn', '>=', q.from);
      if (q.to) base = base.where('o.occurredOn', '<=', q.to);
      const [rows, total] = await Promise.all([
        base
          .innerJoin('indicator as i', 'i.id', 'o.indicatorId')
          .select([
            'o.id',
            'o.indicatorId',
            'i.code as indicatorCode',
            'o.occurredOn',
            'o.numerator',
            'o.denominator',
            'o.source',
            'o.batchId',
            'o.externalKey',
            'o.createdAt',
          ])
          .orderBy('o.occurredOn', 'desc')
          .orderBy('o.id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },
  };
}
