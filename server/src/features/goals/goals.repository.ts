import { inScope, type Scope } from '../../access/scope.js';
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB, GoalTable } from '../../db/schema.js';
import type { GoalSnapshot } from '@frontline/contract';
import { json } from '../../db/json.js';

export function goalsRepository(db: Kysely<DB>) {
  const base = () =>
    db
      .selectFrom('goal as g')
      .innerJoin('person as p', 'p.id', 'g.personId')
      .leftJoin('indicator as i', 'i.id', 'g.indicatorId')
      .selectAll('g')
      .select([
        sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
        'i.code as indicatorCode',
      ]);
  return {
    findById: (id: string) => base().where('g.id', '=', id).executeTakeFirst(),
    forUpdate: (id: string) =>
      db.selectFrom('goal').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    list: (scope: Scope, status?: string) => {
      let q = base().where(inScope(scope, 'g.personId'));
      if (status) q = q.where('g.status', '=', status as never);
      return q.orderBy('g.periodStart', 'desc').orderBy('p.familyNameEn').orderBy('g.createdAt').execute();
    },
    insert: (row: Insertable<GoalTable>) =>
      db.insertInto('goal').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (id: string, patch: Updateable<GoalTable>) =>
      db.updateTable('goal').set(patch).where('id', '=', id).execute(),
    insertVersion: (goalId: string, version: number, snapshot: GoalSnapshot, agreedAt: Date) =>
      db
        .insertInto('goalVersion')
        .values({ goalId, version, snapshot: json(snapshot), agreedAt })
        .execute(),
    versions: (goalId: string) =>
      db
        .selectFrom('goalVersion')
        .selectAll()
        .where('goalId', '=', goalId)
        .orderBy('version', 'desc')
        .execute(),
    /** Teammates: the people who share the person's manager (not the person). */
    teammates: async (personId: string) =>
      (
        await db
          .selectFrom('person as p')
          .innerJoin('person as me', 'me.managerId', 'p.managerId')
          .select('p.id')
          .where('me.id', '=', personId)
          .where('p.id', '<>', personId)
          .where('p.status', '<>', 'left')
          .execute()
      ).map((r) => r.id),
    /** The user accounts of a person and of their manager. */
    async usersAround(personId: string) {
      const r = await db
        .selectFrom('person as p')
        .leftJoin('appUser as self', 'self.personId', 'p.id')
        .leftJoin('appUser as boss', 'boss.personId', 'p.managerId')
        .select(['self.id as selfUserId', 'boss.id as managerUserId'])
        .where('p.id', '=', personId)
        .executeTakeFirst();
      return { selfUserId: r?.selfUserId ?? null, managerUserId: r?.managerUserId ?? null };
    },
    /** The person's daily sums of one indicator over the days from..to (zeros when none). */
    periodSums: (personId: string, indicatorId: string, from: string, to: string) =>
      db
        .selectFrom('observationDaily')
        .select((eb) => [
          eb.fn.coalesce(eb.fn.sum<number>('num'), eb.lit(0)).as('num'),
          eb.fn.coalesce(eb.fn.sum<number>('den'), eb.lit(0)).as('den'),
          eb.fn.coalesce(eb.fn.sum<number>('sq'), eb.lit(0)).as('sq'),
          eb.fn.coalesce(eb.fn.sum<number>('n'), eb.lit(0)).as('n'),
        ])
        .where('personId', '=', personId)
        .where('indicatorId', '=', indicatorId)
        .where('day', '>=', from)
        .where('day', '<=', to)
        .executeTakeFirstOrThrow(),
    /** The time zones the org units are in. */
    timezones: () => db.selectFrom('orgUnit').select('timezone').distinct().execute(),
    /** Agreed goals of people in units in the zone whose period holds `day` become active. */
    activateStarted: (timezone: string, day: string, now: Date) =>
      db
        .updateTable('goal')
        .set({ status: 'active', updatedAt: now })
        .where('status', '=', 'agreed')
        .where('periodStart', '<=', day)
        .where('periodEnd', '>=', day)
        .where('personId', 'in', peopleInZone(db, timezone))
        .returning(['id', 'personId'])
        .execute(),
    /** Agreed or active goals of people in units in the zone that ended before `day` await their outcome. */
    awaitOutcomeOfEnded: (timezone: string, day: string, now: Date) =>
      db
        .updateTable('goal')
        .set({ status: 'awaiting_outcome', updatedAt: now })
        .where('status', 'in', ['agreed', 'active'])
        .where('periodEnd', '<', day)
        .where('personId', 'in', peopleInZone(db, timezone))
        .returningAll()
        .execute(),
    /** The person with this id (its id), or undefined. */
    findPerson: (id: string) => db.selectFrom('person').select('id').where('id', '=', id).executeTakeFirst(),
    /** The active people who report directly to the manager. */
    activeDirectReports: (managerId: string) =>
      db
        .selectFrom('person')
        .select(['id'])
        .where('managerId', '=', managerId)
        .where('status', '=', 'active')
        .execute(),
    /** An open goal of the person on the indicator that overlaps the period, if any. */
    openGoalOverlapping: (personId: string, indicatorId: string, periodStart: string, periodEnd: string) =>
      db
        .selectFrom('goal')
        .select('id')
        .where('personId', '=', personId)
        .where('indicatorId', '=', indicatorId)
        .where('status', 'not in', ['cancelled', 'achieved', 'missed'])
        .where('periodStart', '<=', periodEnd)
        .where('periodEnd', '>=', periodStart)
        .executeTakeFirst(),
  };
}

/** The people in org units in this time zone (a subquery). */
const peopleInZone = (db: Kysely<DB>, timezone: string) =>
  db
    .selectFrom('person')
    .innerJoin('orgUnit', 'orgUnit.id', 'person.orgUnitId')
    .select('person.id')
    .where('orgUnit.timezone', '=', timezone);
