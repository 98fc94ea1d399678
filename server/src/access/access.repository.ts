import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { inScope, type Scope } from './scope.js';

/** Bulk checks of the reporting line. Returns rows; makes no decisions. */
export function accessRepository(db: Kysely<DB>) {
  return {
    /** Whether the person is in the scope (e.g. the scope of a user other than the actor). */
    async contains(scope: Scope, personId: string): Promise<boolean> {
      if (scope.kind === 'everyone') return true;
      const row = await db
        .selectFrom('person as p')
        .select('p.id')
        .where('p.id', '=', personId)
        .where(inScope(scope, 'p.id'))
        .executeTakeFirst();
      return !!row;
    },

    /** Which of `personIds` report to `managerPersonId`, directly or indirectly. */
    async reportsAmong(managerPersonId: string, personIds: readonly string[]): Promise<Set<string>> {
      if (personIds.length === 0) return new Set();
      const result = await sql<{ id: string }>`
        with recursive chain(id, manager_id, depth) as (
          select id, manager_id, 0 from person where id in (${sql.join(personIds)})
          union all
          select chain.id, p.manager_id, chain.depth + 1
          from chain join person p on p.id = chain.manager_id
          where chain.manager_id is not null and chain.depth < 64
        )
        select distinct id from chain where manager_id = ${managerPersonId}
      `.execute(db);
      return new Set(result.rows.map((r) => r.id));
    },
  };
}
export type AccessRepository = ReturnType<typeof accessRepository>;

/** A subquery of the ids of everyone under `managerPersonId` (only scope.ts uses it, for lists). */
export function reportIdsQuery(managerPersonId: string) {
  return sql<{ id: string }>`(
    with recursive sub(id, depth) as (
      select id, 1 from person where manager_id = ${managerPersonId}
      union
      select p.id, sub.depth + 1 from person p join sub on p.manager_id = sub.id where sub.depth < 64
    )
    select id from sub
  )`;
}
