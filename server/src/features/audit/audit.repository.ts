import type { Kysely } from 'kysely';
import type { AuditQuery } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import { json, type JsonObject } from '../../db/json.js';

export interface NewAuditEvent {
  occurredAt: Date;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  subjectPersonId: string | null;
  before: JsonObject | null | undefined;
  after: JsonObject | null | undefined;
  requestId: string | null;
  ip: string | null;
}

const jsonOrNull = (v: JsonObject | null | undefined) => (v === undefined || v === null ? null : json(v));

export function auditRepository(db: Kysely<DB>) {
  return {
    async insert(e: NewAuditEvent): Promise<void> {
      await db
        .insertInto('auditEvent')
        .values({ ...e, before: jsonOrNull(e.before), after: jsonOrNull(e.after) })
        .execute();
    },

    async list(q: AuditQuery) {
      let query = db.selectFrom('auditEvent as a').leftJoin('appUser as u', 'u.id', 'a.actorUserId');
      if (q.action) query = query.where('a.action', '=', q.action);
      if (q.entityType) query = query.where('a.entityType', '=', q.entityType);
      if (q.entityId) query = query.where('a.entityId', '=', q.entityId);
      if (q.actorUserId) query = query.where('a.actorUserId', '=', q.actorUserId);
      if (q.subjectPersonId) query = query.where('a.subjectPersonId', '=', q.subjectPersonId);
      if (q.from) query = query.where('a.occurredAt', '>=', new Date(q.from));
      if (q.to) query = query.where('a.occurredAt', '<', new Date(q.to));
      const limit = q.limit ?? 100;
      const offset = q.offset ?? 0;
      const [rows, count] = await Promise.all([
        query
          .selectAll('a')
          .select('u.displayName as actorName')
          .orderBy('a.occurredAt', 'desc')
          .orderBy('a.id', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.n), limit, offset };
    },
  };
}
