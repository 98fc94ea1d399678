import { sql, type Kysely } from 'kysely';
import type { DB, JobRoleTable, OrgUnitTable } from '../../db/schema.js';
import type { Insertable, Updateable } from 'kysely';

export function orgUnitRepository(db: Kysely<DB>) {
  const withHeadcount = () =>
    db
      .selectFrom('orgUnit as u')
      .selectAll('u')
      .select((eb) =>
        eb
          .selectFrom('person as p')
          .whereRef('p.orgUnitId', '=', 'u.id')
          .where('p.status', '<>', 'left')
          .select(eb.fn.countAll<number>().as('n'))
          .as('headcount'),
      );
  return {
    list: () => withHeadcount().orderBy('u.code').execute(),
    findById: (id: string) => withHeadcount().where('u.id', '=', id).executeTakeFirst(),
    findByCodes: (codes: readonly string[]) =>
      codes.length === 0
        ? Promise.resolve([])
        : db.selectFrom('orgUnit').select(['id', 'code']).where('code', 'in', codes).execute(),
    insert: (row: Insertable<OrgUnitTable>) =>
      db.insertInto('orgUnit').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (id: string, patch: Updateable<OrgUnitTable>) =>
      db.updateTable('orgUnit').set(patch).where('id', '=', id).execute(),
    delete: (id: string) => db.deleteFrom('orgUnit').where('id', '=', id).execute(),
    async countChildren(id: string): Promise<number> {
      const r = await db
        .selectFrom('orgUnit')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('parentId', '=', id)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async countPeople(id: string): Promise<number> {
      const r = await db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('orgUnitId', '=', id)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    /** Whether `candidateId` is `id` itself or below it in the tree. */
    async isSelfOrDescendant(id: string, candidateId: string): Promise<boolean> {
      const r = await sql<{ found: boolean }>`
        with recursive sub(id) as (
          select ${id}::uuid
          union
          select u.id from org_unit u join sub on u.parent_id = sub.id
        )
        select exists(select 1 from sub where id = ${candidateId}::uuid) as found
      `.execute(db);
      return r.rows[0]?.found === true;
    },
  };
}

export function jobRoleRepository(db: Kysely<DB>) {
  const withCount = () =>
    db
      .selectFrom('jobRole as j')
      .selectAll('j')
      .select((eb) =>
        eb
          .selectFrom('person as p')
          .whereRef('p.jobRoleId', '=', 'j.id')
          .where('p.status', '<>', 'left')
          .select(eb.fn.countAll<number>().as('n'))
          .as('peopleCount'),
      );
  return {
    list: () => withCount().orderBy('j.code').execute(),
    findById: (id: string) => withCount().where('j.id', '=', id).executeTakeFirst(),
    findByCodes: (codes: readonly string[]) =>
      codes.length === 0
        ? Promise.resolve([])
        : db.selectFrom('jobRole').select(['id', 'code']).where('code', 'in', codes).execute(),
    insert: (row: Insertable<JobRoleTable>) =>
      db.insertInto('jobRole').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (id: string, patch: Updateable<JobRoleTable>) =>
      db.updateTable('jobRole').set(patch).where('id', '=', id).execute(),
    delete: (id: string) => db.deleteFrom('jobRole').where('id', '=', id).execute(),
    async countPeople(id: string): Promise<number> {
      const r = await db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('jobRoleId', '=', id)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
