import type { Kysely } from 'kysely';
import type { Notification } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import type { Clock } from '../../lib/clock.js';
import { NotFound } from '../../lib/errors.js';

/** In-app notifications (e-mail delivery comes with the reminders work). */
export function createNotificationsService(deps: { db: Kysely<DB>; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async notify(
      trx: Kysely<DB>,
      userId: string | null,
      n: { kind: string; entityType: string; entityId: string; data?: Record<string, unknown> },
    ) {
      if (!userId) return;
      await trx
        .insertInto('notification')
        .values({
          userId,
          kind: n.kind,
          entityType: n.entityType,
          entityId: n.entityId,
          data: JSON.stringify(n.data ?? {}),
          createdAt: clock.now(),
        })
        .execute();
    },

    async list(actor: Actor, unreadOnly: boolean): Promise<{ items: Notification[]; unread: number }> {
      let q = db.selectFrom('notification').selectAll().where('userId', '=', actor.userId);
      if (unreadOnly) q = q.where('readAt', 'is', null);
      const rows = await q.orderBy('createdAt', 'desc').limit(100).execute();
      const unread = await db
        .selectFrom('notification')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('userId', '=', actor.userId)
        .where('readAt', 'is', null)
        .executeTakeFirstOrThrow();
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          entityType: r.entityType,
          entityId: r.entityId,
          data: (r.data ?? {}) as Record<string, unknown>,
          readAt: r.readAt?.toISOString() ?? null,
          createdAt: r.createdAt.toISOString(),
        })),
        unread: Number(unread.n),
      };
    },

    /** Someone else's notification answers 404. Reading one's own notifications is not audited. */
    async markRead(actor: Actor, id: string): Promise<void> {
      const r = await db
        .updateTable('notification')
        .set({ readAt: clock.now() })
        .where('id', '=', id)
        .where('userId', '=', actor.userId)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) throw NotFound('notification.not_found');
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
