import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { AppUserTable, DB } from '../../db/schema.js';

export function usersRepository(db: Kysely<DB>) {
  const base = () =>
    db
      .selectFrom('appUser as u')
      .leftJoin('person as p', 'p.id', 'u.personId')
      .selectAll('u')
      .select(sql<string | null>`p.given_name_en || ' ' || p.family_name_en`.as('personName'));
  return {
    async list(limit: number, offset: number) {
      const [rows, count] = await Promise.all([
        base().orderBy('u.email').limit(limit).offset(offset).execute(),
        db
          .selectFrom('appUser')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n) };
    },
    findById: (id: string) => base().where('u.id', '=', id).executeTakeFirst(),
    /** The person with this id (its id), or undefined. */
    findPerson: (personId: string) =>
      db.selectFrom('person').select('id').where('id', '=', personId).executeTakeFirst(),
    insert: (row: Insertable<AppUserTable>) =>
      db.insertInto('appUser').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (id: string, patch: Updateable<AppUserTable>) =>
      db.updateTable('appUser').set(patch).where('id', '=', id).execute(),
    deleteSessions: (userId: string) => db.deleteFrom('session').where('userId', '=', userId).execute(),
  };
}
