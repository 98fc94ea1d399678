import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { AwardTable, DB, RewardSchemeTable } from '../../db/schema.js';
import { inScope, type Scope } from '../../access/scope.js';

const personName = sql<string>`p.given_name_en || ' ' || p.family_name_en`;

/** Reward schemes and awards. Returns rows; makes no access decisions. */
export function rewardsRepository(db: Kysely<DB>) {
  const awards = () =>
    db
      .selectFrom('award as a')
      .innerJoin('rewardScheme as s', 's.id', 'a.schemeId')
      .innerJoin('person as p', 'p.id', 'a.personId')
      .selectAll('a')
      .select(['s.code as schemeCode', 's.nameEn as schemeName', personName.as('personName')]);
  return {
    schemes: (active?: boolean) => {
      let q = db.selectFrom('rewardScheme').selectAll();
      if (active !== undefined) q = q.where('active', '=', active);
      return q.orderBy('active', 'desc').orderBy('code').execute();
    },
    scheme: (id: string) => db.selectFrom('rewardScheme').selectAll().where('id', '=', id).executeTakeFirst(),
    schemeForUpdate: (id: string) =>
      db.selectFrom('rewardScheme').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    insertScheme: (row: Insertable<RewardSchemeTable>) =>
      db.insertInto('rewardScheme').values(row).returningAll().executeTakeFirstOrThrow(),
    updateScheme: (id: string, patch: Updateable<RewardSchemeTable>) =>
      db.updateTable('rewardScheme').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
    deleteScheme: (id: string) => db.deleteFrom('rewardScheme').where('id', '=', id).execute(),
    async awardCount(schemeId: string) {
      const r = await db
        .selectFrom('award')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('schemeId', '=', schemeId)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    /** The person's unit and their enabled user account (if any), for announcing an award. */
    announceTarget: (personId: string) =>
      db
        .selectFrom('person as p')
        .leftJoin('appUser as u', (j) => j.onRef('u.personId', '=', 'p.id').on('u.disabled', '=', false))
        .select(['p.orgUnitId', 'u.id as userId'])
        .where('p.id', '=', personId)
        .executeTakeFirstOrThrow(),

    award: (id: string) => awards().where('a.id', '=', id).executeTakeFirstOrThrow(),
    /** The people already awarded by the scheme for the period. */
    async awardedFor(schemeId: string, periodStart: string) {
      const rows = await db
        .selectFrom('award')
        .select('personId')
        .where('schemeId', '=', schemeId)
        .where('periodStart', '=', periodStart)
        .execute();
      return new Set(rows.map((r) => r.personId));
    },
    /** Inserts unless the person already has the scheme's award for the period; undefined then. */
    insertAward: (row: Insertable<AwardTable>) =>
      db
        .insertInto('award')
        .values(row)
        .onConflict((oc) =>
          oc
            .columns(['schemeId', 'personId', 'periodStart'])
            .where('periodStart', 'is not', null)
            .doNothing(),
        )
        .returning('id')
        .executeTakeFirst(),
    awardsOf: (personId: string) =>
      awards()
        .where('a.personId', '=', personId)
        .orderBy('a.createdAt', 'desc')
        .orderBy('a.id', 'desc')
        .execute(),
    /**
     * Σ points and count per person for awards dated in [from, to]: a rule award by its period's
     * start, a manual award by the day it was given (UTC).
     */
    async pointsBetween(personIds: readonly string[], from: string, to: string) {
      if (personIds.length === 0) return new Map<string, { points: number; awards: number }>();
      const rows = await db
        .selectFrom('award')
        .select([
          'personId',
          sql<number>`sum(points)::int`.as('points'),
          sql<number>`count(*)::int`.as('awards'),
        ])
        .where('personId', 'in', personIds)
        .where(
          sql<boolean>`coalesce(period_start, (created_at at time zone 'UTC')::date) between ${from}::date and ${to}::date`,
        )
        .groupBy('personId')
        .execute();
      return new Map(rows.map((r) => [r.personId, { points: Number(r.points), awards: Number(r.awards) }]));
    },

    /** Active people, optionally limited to a subquery of ids and to units. */
    people: (scope: Scope, unitIds: readonly string[] | null) => {
      let q = db
        .selectFrom('person as p')
        .innerJoin('orgUnit as u', 'u.id', 'p.orgUnitId')
        .select([
          'p.id',
          'p.employeeNumber',
          'p.givenNameEn',
          'p.familyNameEn',
          'p.nameZh',
          'p.orgUnitId',
          'u.nameEn as orgUnitName',
        ])
        .where('p.status', '!=', 'left')
        .where(inScope(scope, 'p.id'));
      if (unitIds) q = unitIds.length ? q.where('p.orgUnitId', 'in', unitIds) : q.where(sql<boolean>`false`);
      return q.orderBy('p.familyNameEn').orderBy('p.givenNameEn').orderBy('p.id').execute();
    },
  };
}
