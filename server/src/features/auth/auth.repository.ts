import { sql, type Insertable, type Kysely } from 'kysely';
import type { AppUserTable, DB, OrgUnitTable, SessionRow } from '../../db/schema.js';

export function authRepository(db: Kysely<DB>) {
  return {
    findUserByEmail(email: string) {
      return db
        .selectFrom('appUser')
        .selectAll()
        .where(sql`lower(email)`, '=', email.toLowerCase())
        .executeTakeFirst();
    },

    findUserById(id: string) {
      return db.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async countUsers(): Promise<number> {
      const r = await db
        .selectFrom('appUser')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async insertSession(row: SessionRow): Promise<void> {
      await db.insertInto('session').values(row).execute();
    },

    /** The session and its user in one read. */
    findSession(id: string) {
      return db
        .selectFrom('session as s')
        .innerJoin('appUser as u', 'u.id', 's.userId')
        .select([
          's.id',
          's.userId',
          's.csrfToken',
          's.createdAt',
          's.lastSeenAt',
          's.expiresAt',
          'u.email',
          'u.displayName',
          'u.personId',
          'u.roles',
          'u.disabled',
          'u.locale',
        ])
        .where('s.id', '=', id)
        .executeTakeFirst();
    },

    async touchSession(id: string, at: Date): Promise<void> {
      await db.updateTable('session').set({ lastSeenAt: at }).where('id', '=', id).execute();
    },

    async deleteSession(id: string): Promise<number> {
      const r = await db.deleteFrom('session').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async deleteSessionsOfUser(userId: string, exceptId?: string): Promise<void> {
      let q = db.deleteFrom('session').where('userId', '=', userId);
      if (exceptId) q = q.where('id', '<>', exceptId);
      await q.execute();
    },

    async deleteExpiredSessions(now: Date, idleBefore: Date): Promise<void> {
      await db
        .deleteFrom('session')
        .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('lastSeenAt', '<', idleBefore)]))
        .execute();
    },

    listSessions(userId: string) {
      return db
        .selectFrom('session')
        .selectAll()
        .where('userId', '=', userId)
        .orderBy('lastSeenAt', 'desc')
        .execute();
    },

    async setLastLogin(userId: string, at: Date): Promise<void> {
      await db.updateTable('appUser').set({ lastLoginAt: at }).where('id', '=', userId).execute();
    },

    async setPasswordHash(userId: string, hash: string, at: Date): Promise<void> {
      await db
        .updateTable('appUser')
        .set({ passwordHash: hash, updatedAt: at })
        .where('id', '=', userId)
        .execute();
    },

    async setLocale(userId: string, locale: string, at: Date): Promise<void> {
      await db.updateTable('appUser').set({ locale, updatedAt: at }).where('id', '=', userId).execute();
    },

    /** Set-up: no second first user while this transaction runs. */
    async lockUsers(): Promise<void> {
      await sql`lock table app_user in share row exclusive mode`.execute(db);
    },

    /** The top of the org tree, if there is one. */
    rootUnit() {
      return db.selectFrom('orgUnit').select('id').where('parentId', 'is', null).executeTakeFirst();
    },

    insertOrgUnit(row: Insertable<OrgUnitTable>) {
      return db.insertInto('orgUnit').values(row).returning('id').executeTakeFirstOrThrow();
    },

    insertUser(row: Insertable<AppUserTable>) {
      return db.insertInto('appUser').values(row).returningAll().executeTakeFirstOrThrow();
    },

    /** Deletes one of the user's sessions; the number deleted. */
    async deleteSessionOfUser(id: string, userId: string): Promise<number> {
      const r = await db
        .deleteFrom('session')
        .where('id', '=', id)
        .where('userId', '=', userId)
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
