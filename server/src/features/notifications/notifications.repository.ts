import type { Insertable, Kysely } from 'kysely';
import type { DB, NotificationTable } from '../../db/schema.js';

/** Data access for in-app notifications. */
export function notificationsRepository(db: Kysely<DB>) {
  return {
    insert: (row: Insertable<NotificationTable>) => db.insertInto('notification').values(row).execute(),
    insertMany: async (rows: readonly Insertable<NotificationTable>[]) => {
      for (let i = 0; i < rows.length; i += 2000) {
        await db
          .insertInto('notification')
          .values(rows.slice(i, i + 2000))
          .execute();
      }
    },
    /** A user's latest 100 notifications, newest first. */
    listForUser: (userId: string, unreadOnly: boolean) => {
      let q = db.selectFrom('notification').selectAll().where('userId', '=', userId);
      if (unreadOnly) q = q.where('readAt', 'is', null);
      return q.orderBy('createdAt', 'desc').limit(100).execute();
    },
    countUnread: (userId: string) =>
      db
        .selectFrom('notification')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('userId', '=', userId)
        .where('readAt', 'is', null)
        .executeTakeFirstOrThrow(),
    /** Marks one of the user's notifications read; the number of rows updated. */
    markRead: async (userId: string, id: string, at: Date) => {
      const r = await db
        .updateTable('notification')
        .set({ readAt: at })
        .where('id', '=', id)
        .where('userId', '=', userId)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    /** Marks every unread notification of the user read; the number marked. */
    markAllRead: async (userId: string, at: Date) => {
      const r = await db
        .updateTable('notification')
        .set({ readAt: at })
        .where('userId', '=', userId)
        .where('readAt', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
  };
}
