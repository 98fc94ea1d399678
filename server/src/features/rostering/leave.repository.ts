import { sql, type Kysely } from 'kysely';
import type { LeaveStatus } from '@frontline/contract';
import type { Insertable } from 'kysely';
import type { DB, LeaveRecordTable } from '../../db/schema.js';
import { inScope, type Scope } from '../../access/scope.js';

/** Leave records with the person's and the decider's names. */
export function leaveRepository(db: Kysely<DB>) {
  const rows = () =>
    db
      .selectFrom('leaveRecord as l')
      .innerJoin('person as p', 'p.id', 'l.personId')
      .leftJoin('appUser as du', 'du.id', 'l.decidedBy')
      .selectAll('l')
      .select([
        sql<string>`p.given_name_en || ' ' || p.family_name_en`.as('personName'),
        'du.displayName as decidedByName',
      ]);
  return {
    get: (id: string) => rows().where('l.id', '=', id).executeTakeFirst(),
    /** The leave of the people in `scope` (or of one person), newest first. */
    list(filter: { scope: Scope; personId?: string; status?: LeaveStatus }) {
      let q = rows().where(inScope(filter.scope, 'l.personId'));
      if (filter.personId) q = q.where('l.personId', '=', filter.personId);
      if (filter.status) q = q.where('l.status', '=', filter.status);
      return q.orderBy('l.startsOn', 'desc').orderBy('l.createdAt', 'desc').limit(500).execute();
    },
    /** Requested or approved leave of the person that shares a day with `from`–`to`. */
    overlapping: (personId: string, from: string, to: string) =>
      db
        .selectFrom('leaveRecord')
        .select(['id', 'startsOn', 'endsOn'])
        .where('personId', '=', personId)
        .where('status', 'in', ['requested', 'approved'])
        .where('startsOn', '<=', to)
        .where('endsOn', '>=', from)
        .executeTakeFirst(),
    insert: (row: Insertable<LeaveRecordTable>) =>
      db.insertInto('leaveRecord').values(row).returning('id').executeTakeFirstOrThrow(),
    update: (
      id: string,
      patch: {
        status: LeaveStatus;
        reason?: string;
        decidedBy?: string | null;
        decidedAt?: Date;
        updatedAt: Date;
      },
    ) => db.updateTable('leaveRecord').set(patch).where('id', '=', id).execute(),
    /** The login of the person's manager (told of a request), if any. */
    managerUserOf: (personId: string) =>
      db
        .selectFrom('person as p')
        .innerJoin('appUser as u', 'u.personId', 'p.managerId')
        .select('u.id')
        .where('p.id', '=', personId)
        .where('u.disabled', '=', false)
        .executeTakeFirst(),
    userOf: (personId: string) =>
      db
        .selectFrom('appUser')
        .select('id')
        .where('personId', '=', personId)
        .where('disabled', '=', false)
        .executeTakeFirst(),
  };
}
