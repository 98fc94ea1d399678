import { inScope, type Scope } from '../../access/scope.js';
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { DB, GoalTable } from '../../db/schema.js';

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
    insertVersion: (goalId: string, version: number, snapshot: unknown, agreedAt: Date) =>
      db
        .insertInto('goalVersion')
        .values({ goalId, version, snapshot: JSON.stringify(snapshot), agreedAt })
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
  };
}
