import type { Kysely } from 'kysely';
import type { AuditEntry, AuditQuery } from '@frontline/contract';
import type { JsonObject } from '../../db/json.js';
import type { DB } from '../../db/schema.js';
import type { Actor, AnyActor } from '../../access/actor.js';
import type { Clock } from '../../lib/clock.js';
import { auditRepository } from './audit.repository.js';

export interface AuditFact {
  action: string;
  entityType: string;
  entityId?: string | null;
  subjectPersonId?: string | null;
  before?: JsonObject | null;
  after?: JsonObject | null;
}

/**
 * The audit log: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). Every mutation is
 * recorded with the same transaction as the change (`db` is the transaction), so a change and
 * its record are committed together or not at all. Reads of performance records are recorded too.
 */
export function createAuditService(deps: { db: Kysely<DB>; clock: Clock }) {
  return {
    async record(db: Kysely<DB>, actor: AnyActor, fact: AuditFact): Promise<void> {
      await auditRepository(db).insert({
        occurredAt: deps.clock.now(),
        actorUserId: actor.userId,
        action: fact.action,
        entityType: fact.entityType,
        entityId: fact.entityId ?? null,
        subjectPersonId: fact.subjectPersonId ?? null,
        before: fact.before ?? null,
        after: fact.after ?? null,
        requestId: actor.requestId,
        ip: actor.ip,
      });
    },

    async list(
      _actor: Actor,
      query: AuditQuery,
    ): Promise<{ items: AuditEntry[]; total: number; limit: number; offset: number }> {
      const { rows, total, limit, offset } = await auditRepository(deps.db).list(query);
      return {
        items: rows.map((r) => ({
          id: Number(r.id),
          occurredAt: r.occurredAt.toISOString(),
          actorUserId: r.actorUserId,
          actorName: r.actorName,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          subjectPersonId: r.subjectPersonId,
          before: r.before,
          after: r.after,
          requestId: r.requestId,
          ip: r.ip,
        })),
        total,
        limit,
        offset,
      };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;

/** Only the fields that changed, for before/after records. */
export function changedFields<T extends object>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
