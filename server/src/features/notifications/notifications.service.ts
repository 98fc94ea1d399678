import type { Kysely } from 'kysely';
import type { Notification } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import type { Clock } from '../../lib/clock.js';
import { NotFound } from '../../lib/errors.js';
import { notificationsRepository } from './notifications.repository.js';
import { json } from '../../db/json.js';

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
      await notificationsRepository(trx).insert({
        userId,
        kind: n.kind,
        entityType: n.entityType,
        entityId: n.entityId,
        data: json(n.data ?? {}),
        createdAt: clock.now(),
      });
    },

    /** The same notice for many users at once (a cycle's launch): one insert per 2,000. */
    async notifyMany(
      trx: Kysely<DB>,
      items: readonly {
        userId: string | null;
        kind: string;
        entityType: string;
        entityId: string;
        data?: Record<string, unknown>;
      }[],
    ) {
      const at = clock.now();
      const rows = items
        .filter((n): n is typeof n & { userId: string } => n.userId !== null)
        .map((n) => ({
          userId: n.userId,
          kind: n.kind,
          entityType: n.entityType,
          entityId: n.entityId,
          data: json(n.data ?? {}),
          createdAt: at,
        }));
      await notificationsRepository(trx).insertMany(rows);
    },

    async list(actor: Actor, unreadOnly: boolean): Promise<{ items: Notification[]; unread: number }> {
      const repo = notificationsRepository(db);
      const rows = await repo.listForUser(actor.userId, unreadOnly);
      const unread = await repo.countUnread(actor.userId);
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
      const updated = await notificationsRepository(db).markRead(actor.userId, id, clock.now());
      if (updated === 0) throw NotFound('notification.not_found');
    },

    /** Marks all of one's own unread notifications read (not audited, like one). */
    async markAllRead(actor: Actor): Promise<{ marked: number }> {
      return { marked: await notificationsRepository(db).markAllRead(actor.userId, clock.now()) };
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
