import { sql, type Kysely } from 'kysely';
import { inScope, type Scope } from '../../access/scope.js';
import type { PeopleQuery } from '@frontline/contract';
import type { DB, NewPerson, PersonUpdate } from '../../db/schema.js';

export function peopleRepository(db: Kysely<DB>) {
  const base = () =>
    db
      .selectFrom('person as p')
      .innerJoin('orgUnit as o', 'o.id', 'p.orgUnitId')
      .leftJoin('jobRole as j', 'j.id', 'p.jobRoleId');

  const summaryColumns = [
    'p.id',
    'p.employeeNumber',
    'p.givenNameEn',
    'p.familyNameEn',
    'p.nameZh',
    'p.orgUnitId',
    'o.nameEn as orgUnitName',
    'o.nameZh as orgUnitNameZh',
    'p.jobRoleId',
    'j.nameEn as jobRoleName',
    'j.nameZh as jobRoleNameZh',
    'p.managerId',
    'p.status',
  ] as const;

  return {
    async list(q: PeopleQuery, scope: Scope) {
      let query = base().where(inScope(scope, 'p.id'));
      if (q.orgUnitId) query = query.where('p.orgUnitId', '=', q.orgUnitId);
      if (q.managerId) query = query.where('p.managerId', '=', q.managerId);
      if (q.status) query = query.where('p.status', '=', q.status);
      if (q.q) {
        const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) =>
          eb.or([
            eb(sql`p.given_name_en || ' ' || p.family_name_en`, 'ilike', like),
            eb(sql`p.family_name_en || ' ' || p.given_name_en`, 'ilike', like),
            eb('p.nameZh', 'ilike', like),
            eb('p.employeeNumber', 'ilike', like),
            eb('p.email', 'ilike', like),
          ]),
        );
      }
      const limit = q.limit ?? 100;
      const offset = q.offset ?? 0;
      // One round trip: the page with the whole match's count beside each row (a page past the end
      // has no row to carry it, so only then a second query counts).
      const paged = await query
        .select(summaryColumns)
        .select(sql<string>`count(*) over ()`.as('matchCount'))
        .orderBy('p.familyNameEn')
        .orderBy('p.givenNameEn')
        .orderBy('p.id')
        .limit(limit)
        .offset(offset)
        .execute();
      const total =
        paged.length > 0
          ? Number(paged[0]!.matchCount)
          : offset === 0
            ? 0
            : Number(
                (await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
              );
      const rows = paged.map(({ matchCount: _count, ...row }) => row);
      return { rows, total, limit, offset };
    },

    findById(id: string) {
      return base()
        .leftJoin('person as m', 'm.id', 'p.managerId')
        .leftJoin('appUser as u', 'u.personId', 'p.id')
        .selectAll('p')
        .select([
          'o.nameEn as orgUnitName',
          'o.nameZh as orgUnitNameZh',
          'j.nameEn as jobRoleName',
          'j.nameZh as jobRoleNameZh',
          'm.nameZh as managerNameZh',
          sql<string | null>`m.given_name_en || ' ' || m.family_name_en`.as('managerName'),
          'u.id as userId',
          'u.roles as userRoles',
        ])
        .where('p.id', '=', id)
        .executeTakeFirst();
    },

    directReports(id: string) {
      return base()
        .select(summaryColumns)
        .where('p.managerId', '=', id)
        .orderBy('p.familyNameEn')
        .orderBy('p.givenNameEn')
        .execute();
    },

    findByEmployeeNumbers(numbers: readonly string[]) {
      if (numbers.length === 0) return Promise.resolve([]);
      return db.selectFrom('person').selectAll().where('employeeNumber', 'in', numbers).execute();
    },

    findByEmails(emails: readonly string[]) {
      if (emails.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('person')
        .select(['id', 'email', 'employeeNumber'])
        .where(
          sql`lower(email)`,
          'in',
          emails.map((e) => e.toLowerCase()),
        )
        .execute();
    },

    exists: async (id: string) =>
      !!(await db.selectFrom('person').select('id').where('id', '=', id).executeTakeFirst()),

    insert: (row: NewPerson) => db.insertInto('person').values(row).returning('id').executeTakeFirstOrThrow(),

    update: (id: string, patch: PersonUpdate) =>
      db.updateTable('person').set(patch).where('id', '=', id).execute(),

    /** Every reporting line, for cycle checks. */
    allManagerLinks: () => db.selectFrom('person').select(['id', 'managerId', 'employeeNumber']).execute(),

    /** The person's own row (no joins), for audit records. */
    row: (id: string) => db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    /** The person's own row, locked for an update; undefined when there is none. */
    rowForUpdate: (id: string) =>
      db.selectFrom('person').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    /** The org unit with this id (its id), or undefined. */
    findOrgUnit: (id: string) =>
      db.selectFrom('orgUnit').select('id').where('id', '=', id).executeTakeFirst(),
    /** The job role with this id (its id), or undefined. */
    findJobRole: (id: string) =>
      db.selectFrom('jobRole').select('id').where('id', '=', id).executeTakeFirst(),
  };
}
export type PeopleRepository = ReturnType<typeof peopleRepository>;
