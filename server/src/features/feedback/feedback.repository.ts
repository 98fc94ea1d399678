import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB, FeedbackTable, RecognitionTable } from '../../db/schema.js';

const personName = sql<string>`p.given_name_en || ' ' || p.family_name_en`;

/** Feedback and recognition rows. Returns rows; makes no access decisions. */
export function feedbackRepository(db: Kysely<DB>) {
  const base = () =>
    db
      .selectFrom('feedback as f')
      .innerJoin('person as p', 'p.id', 'f.personId')
      .leftJoin('appUser as a', 'a.id', 'f.authorUserId')
      .selectAll('f')
      .select([personName.as('personName'), 'a.displayName as authorName']);
  return {
    findById: (id: string) => base().where('f.id', '=', id).executeTakeFirst(),
    forUpdate: (id: string) =>
      db.selectFrom('feedback').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),
    /** Newest first; ties by id. */
    async listByPerson(personId: string, limit: number, offset: number) {
      const [rows, total] = await Promise.all([
        base()
          .where('f.personId', '=', personId)
          .orderBy('f.createdAt', 'desc')
          .orderBy('f.id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('feedback')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('personId', '=', personId)
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },
    insert: (row: Insertable<FeedbackTable>) =>
      db.insertInto('feedback').values(row).returning('id').executeTakeFirstOrThrow(),
    acknowledge: (id: string, at: Date) =>
      db
        .updateTable('feedback')
        .set({ acknowledgedAt: at })
        .where('id', '=', id)
        .where('acknowledgedAt', 'is', null)
        .executeTakeFirst(),
    reply: (id: string, reply: string, at: Date) =>
      db
        .updateTable('feedback')
        .set({ reply, repliedAt: at })
        .where('id', '=', id)
        .where('reply', 'is', null)
        .executeTakeFirst(),

    observation: (id: number) =>
      db
        .selectFrom('observation as o')
        .innerJoin('indicator as i', 'i.id', 'o.indicatorId')
        .select([
          'o.id',
          'o.personId',
          'o.indicatorId',
          'i.code',
          'o.occurredOn',
          'o.numerator',
          'o.denominator',
        ])
        .where('o.id', '=', id)
        .executeTakeFirst(),
    /** The batch and how many of the person's observation rows came from it. */
    async batchRows(batchId: string, personId: string) {
      const b = await db
        .selectFrom('importBatch')
        .select(['id', 'fileName', 'createdBy'])
        .where('id', '=', batchId)
        .executeTakeFirst();
      if (!b) return null;
      const r = await db
        .selectFrom('observation')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('batchId', '=', batchId)
        .where('personId', '=', personId)
        .executeTakeFirstOrThrow();
      return { fileName: b.fileName, createdBy: b.createdBy, rows: Number(r.n) };
    },

    /** The people involved: the person's user account and the author's. */
    userOfPerson: async (personId: string) =>
      (
        await db
          .selectFrom('appUser')
          .select('id')
          .where('personId', '=', personId)
          .where('disabled', '=', false)
          .executeTakeFirst()
      )?.id ?? null,

    /** The indicator that evidence names (what a period's figures need), or undefined. */
    indicator: (id: string) =>
      db
        .selectFrom('indicator')
        .select(['id', 'code', 'aggregation', 'scale', 'unit'])
        .where('id', '=', id)
        .executeTakeFirst(),
  };
}

/** Recognition posts (the wall). */
export function recognitionRepository(db: Kysely<DB>) {
  return {
    insert: (row: Insertable<RecognitionTable>) =>
      db.insertInto('recognition').values(row).returning('id').executeTakeFirstOrThrow(),
    findById: (id: string) =>
      db
        .selectFrom('recognition as r')
        .innerJoin('person as p', 'p.id', 'r.personId')
        .innerJoin('orgUnit as u', 'u.id', 'r.orgUnitId')
        .leftJoin('appUser as a', 'a.id', 'r.authorUserId')
        .selectAll('r')
        .select([personName.as('personName'), 'u.nameEn as orgUnitName', 'a.displayName as authorName'])
        .where('r.id', '=', id)
        .executeTakeFirst(),
    /** Newest first, in any of the units. */
    async wall(unitIds: readonly string[], limit: number, offset: number) {
      if (unitIds.length === 0) return { rows: [], total: 0 };
      const [rows, total] = await Promise.all([
        db
          .selectFrom('recognition as r')
          .innerJoin('person as p', 'p.id', 'r.personId')
          .innerJoin('orgUnit as u', 'u.id', 'r.orgUnitId')
          .leftJoin('appUser as a', 'a.id', 'r.authorUserId')
          .selectAll('r')
          .select([personName.as('personName'), 'u.nameEn as orgUnitName', 'a.displayName as authorName'])
          .where('r.orgUnitId', 'in', unitIds)
          .orderBy('r.createdAt', 'desc')
          .orderBy('r.id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        db
          .selectFrom('recognition')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('orgUnitId', 'in', unitIds)
          .executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },
    /** The people who have not left in any of the units, by family and given name. */
    colleagues: (unitIds: readonly string[]) =>
      db
        .selectFrom('person as p')
        .innerJoin('orgUnit as u', 'u.id', 'p.orgUnitId')
        .select([
          'p.id',
          'p.employeeNumber',
          'p.givenNameEn',
          'p.familyNameEn',
          'p.nameZh',
          'u.nameEn as unitEn',
          'u.nameZh as unitZh',
        ])
        .where('p.orgUnitId', 'in', unitIds)
        .where('p.status', '!=', 'left')
        .orderBy('p.familyNameEn')
        .orderBy('p.givenNameEn')
        .execute(),
  };
}

export const personUnit = (db: Kysely<DB>, personId: string) =>
  db.selectFrom('person').select(['id', 'orgUnitId', 'status']).where('id', '=', personId).executeTakeFirst();
