import type { Kysely } from 'kysely';
import {
  daysBetween,
  type Leave,
  type LeaveDecisionBody,
  type LeaveInput,
  type LeaveQuery,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import { enforce, type Relation } from '../../access/policy.js';
import { Invalid, NotFound, Conflict } from '../../lib/errors.js';
import type { FeatureContext } from '../feature.js';
import { leaveRepository } from './leave.repository.js';
import { mayCancelLeave, mayDecideLeave, mayReadLeave, mayRequestLeave } from './leave.policy.js';

const ENTITY = 'leave';
/** The longest stretch one record may cover. */
const MAX_DAYS = 366;

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof leaveRepository>['get']>>>;

/**
 * Leave: requested by a person and decided by their leader, or recorded by the leader. Approved
 * leave is read by roster plans (its days unavailable, its hours kept out of what is rostered).
 */
export function createLeaveService(ctx: FeatureContext) {
  const { db, access, audit, clock, calendar, notifications } = ctx;

  function view(actor: Actor, r: Row, rel: Relation, today: string): Leave {
    return {
      id: r.id,
      personId: r.personId,
      personName: r.personName,
      kind: r.kind,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      days: daysBetween(r.startsOn, r.endsOn) + 1,
      note: r.note,
      status: r.status,
      reason: r.reason,
      decidedByName: r.decidedByName ?? null,
      decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
      createdAt: r.createdAt.toISOString(),
      canDecide: mayDecideLeave(actor, rel, r.status).ok,
      canCancel: mayCancelLeave(actor, rel, r, today).ok,
    };
  }

  async function reread(trx: Kysely<DB>, actor: Actor, id: string, rel: Relation): Promise<Leave> {
    const r = (await leaveRepository(trx).get(id))!;
    return view(actor, r, rel, calendar.today());
  }

  /** The record and how its person stands to the actor; 404 when the actor may not see it. */
  async function find(trx: Kysely<DB>, actor: Actor, id: string) {
    const r = await leaveRepository(trx).get(id);
    if (!r) throw NotFound('leave.not_found');
    const rel = await access.bind(trx).relationTo(actor, r.personId);
    enforce(mayReadLeave(rel));
    return { r, rel };
  }

  const summary = (r: { kind: string; startsOn: string; endsOn: string; status: string }) => ({
    kind: r.kind,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    status: r.status,
  });

  return {
    async list(actor: Actor, query: LeaveQuery): Promise<Leave[]> {
      if (query.personId) enforce(mayReadLeave(await access.relationTo(actor, query.personId)));
      const rows = await leaveRepository(db).list({
        scope: query.team ? access.teamScope(actor) : access.scope(actor),
        ...(query.personId ? { personId: query.personId } : {}),
        ...(query.status ? { status: query.status } : {}),
      });
      const rels = await access.relationsTo(actor, [...new Set(rows.map((r) => r.personId))]);
      const today = calendar.today();
      return rows.map((r) => view(actor, r, rels.get(r.personId) ?? 'hidden', today));
    },

    async request(actor: Actor, body: LeaveInput): Promise<Leave> {
      const rel = await access.relationTo(actor, body.personId);
      enforce(mayRequestLeave(actor, rel));
      if (body.endsOn < body.startsOn) {
        throw Invalid('rostering.leave_dates', 'The leave ends before it starts.', [
          { path: '/endsOn', message: 'before startsOn' },
        ]);
      }
      if (daysBetween(body.startsOn, body.endsOn) + 1 > MAX_DAYS) {
        throw Invalid('rostering.leave_dates', `One leave record covers at most ${MAX_DAYS} days.`, [
          { path: '/endsOn', message: `more than ${MAX_DAYS} days` },
        ]);
      }
      return db.transaction().execute(async (trx) => {
        const repo = leaveRepository(trx);
        const clash = await repo.overlapping(body.personId, body.startsOn, body.endsOn);
        if (clash) {
          throw Conflict(
            'rostering.leave_overlaps',
            `Leave from ${clash.startsOn} to ${clash.endsOn} already covers some of these days.`,
          );
        }
        const own = rel === 'self';
        const now = clock.now();
        const { id } = await repo.insert({
          personId: body.personId,
          kind: body.kind,
          startsOn: body.startsOn,
          endsOn: body.endsOn,
          note: body.note,
          status: own ? 'requested' : 'approved',
          decidedBy: own ? null : actor.userId,
          decidedAt: own ? null : now,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        const out = await reread(trx, actor, id, rel);
        await audit.record(trx, actor, {
          action: own ? 'leave.requested' : 'leave.recorded',
          entityType: ENTITY,
          entityId: id,
          subjectPersonId: body.personId,
          after: summary(out),
        });
        const data = { startsOn: out.startsOn, personName: out.personName };
        if (own) {
          const manager = await repo.managerUserOf(body.personId);
          await notifications.notify(trx, manager?.id ?? null, {
            kind: 'leave.requested',
            entityType: ENTITY,
            entityId: id,
            data,
          });
        } else {
          const user = await repo.userOf(body.personId);
          await notifications.notify(trx, user?.id ?? null, {
            kind: 'leave.recorded',
            entityType: ENTITY,
            entityId: id,
            data,
          });
        }
        return out;
      });
    },

    async decide(actor: Actor, id: string, body: LeaveDecisionBody): Promise<Leave> {
      return db.transaction().execute(async (trx) => {
        const { r, rel } = await find(trx, actor, id);
        enforce(mayDecideLeave(actor, rel, r.status));
        const status = body.decision === 'approve' ? 'approved' : 'declined';
        const now = clock.now();
        await leaveRepository(trx).update(id, {
          status,
          reason: body.reason,
          decidedBy: actor.userId,
          decidedAt: now,
          updatedAt: now,
        });
        const out = await reread(trx, actor, id, rel);
        await audit.record(trx, actor, {
          action: status === 'approved' ? 'leave.approved' : 'leave.declined',
          entityType: ENTITY,
          entityId: id,
          subjectPersonId: r.personId,
          before: summary(r),
          after: { ...summary(out), reason: body.reason },
        });
        const user = await leaveRepository(trx).userOf(r.personId);
        await notifications.notify(trx, user?.id ?? null, {
          kind: 'leave.decided',
          entityType: ENTITY,
          entityId: id,
          data: { startsOn: r.startsOn, context: status },
        });
        return out;
      });
    },

    async cancel(actor: Actor, id: string): Promise<Leave> {
      return db.transaction().execute(async (trx) => {
        const { r, rel } = await find(trx, actor, id);
        enforce(mayCancelLeave(actor, rel, r, calendar.today()));
        await leaveRepository(trx).update(id, { status: 'cancelled', updatedAt: clock.now() });
        const out = await reread(trx, actor, id, rel);
        await audit.record(trx, actor, {
          action: 'leave.cancelled',
          entityType: ENTITY,
          entityId: id,
          subjectPersonId: r.personId,
          before: summary(r),
          after: summary(out),
        });
        // the other side is told: the leader when the person cancels, the person when the leader does
        const repo = leaveRepository(trx);
        const to = rel === 'self' ? await repo.managerUserOf(r.personId) : await repo.userOf(r.personId);
        await notifications.notify(trx, to?.id ?? null, {
          kind: 'leave.cancelled',
          entityType: ENTITY,
          entityId: id,
          data: { startsOn: r.startsOn, personName: r.personName },
        });
        return out;
      });
    },
  };
}
export type LeaveService = ReturnType<typeof createLeaveService>;
