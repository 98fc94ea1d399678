import type { Kysely } from 'kysely';
import type {
  ActionItem,
  ActionItemQuery,
  Checkin,
  CheckinAgenda,
  CheckinCadence,
  CheckinDuePage,
  CheckinDueQuery,
  CheckinPage,
  CheckinQuery,
  CheckinSummary,
  CreateActionItemBody,
  CreateCheckinBody,
  UpdateActionItemBody,
  UpdateCheckinBody,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import type { ErrorCode } from '@frontline/contract';
import { enforce, seenRelation, type Relation } from '../../access/policy.js';
import type { FeatureDeps } from '../feature-deps.js';
import { checkinsRepository } from './checkins.repository.js';
import { onlyPerson, type Scope } from '../../access/scope.js';
import { cadenceStatus, checkinInvite } from './checkins.math.js';
import { addDays, localDate } from '../../lib/calendar.js';
import {
  checkinCancelledMail,
  checkinScheduledMail,
  mailLang,
  type MailLang,
  type MailText,
} from '../../lib/mail-text.js';
import { json } from '../../db/json.js';
import {
  actionItemAbilities,
  checkinAbilities,
  decideActionItem,
  decideCheckin,
  mayLead,
  type CheckinAction,
} from './checkins.policy.js';

type CheckinRow = NonNullable<Awaited<ReturnType<ReturnType<typeof checkinsRepository>['findCheckin']>>>;
type ItemRow = NonNullable<Awaited<ReturnType<ReturnType<typeof checkinsRepository>['findItem']>>>;

const EMPTY_AGENDA: CheckinAgenda = {
  generatedAt: null,
  indicators: [],
  goals: [],
  actionItems: [],
  feedback: [],
};
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Check-ins (1:1s): a cadence per person, scheduled check-ins with an agenda pre-filled from the
 * person's indicators, goals, open action items and recent feedback; shared notes (the person
 * sees them) and private notes (the leader side only); action items; calendar invites.
 */
export function createCheckinsService(deps: FeatureDeps) {
  const { db, access, audit, clock, calendar, notifications, mailer, monitoring, publicUrl } = deps;
  const today = () => calendar.today();

  /** The leader side of a person (checkins.policy.ts): 403 on oneself, 404 outside scope, 403. */
  async function requireLeader(
    actor: Actor,
    personId: string,
    code: ErrorCode = 'person.not_found',
    executor: Kysely<DB> = db,
  ) {
    enforce(mayLead(actor, await access.bind(executor).relationTo(actor, personId), code));
  }

  async function cadencesOf(executor: Kysely<DB>, personIds: string[]): Promise<Map<string, CheckinCadence>> {
    const repo = checkinsRepository(executor);
    const now = clock.now();
    const [cad, held, planned] = await Promise.all([
      repo.cadences(personIds),
      repo.lastHeld(personIds),
      repo.nextPlanned(personIds, now),
    ]);
    const every = new Map(cad.map((c) => [c.personId, c.everyDays]));
    const day = today();
    const out = new Map<string, CheckinCadence>();
    for (const id of personIds) {
      const last = held.get(id) ?? null;
      const s = cadenceStatus(every.get(id) ?? null, last ? localDate(last, calendar.zone) : null, day);
      out.set(id, {
        personId: id,
        everyDays: every.get(id) ?? null,
        lastHeldAt: iso(last),
        nextDueOn: s.nextDueOn,
        status: s.status,
        nextPlannedAt: iso(planned.get(id) ?? null),
      });
    }
    return out;
  }

  /** The agenda from the person's data now (reads through `db`, outside any transaction). */
  async function buildAgenda(actor: Actor, personId: string): Promise<CheckinAgenda> {
    const repo = checkinsRepository(db);
    const day = today();
    const cur = { from: addDays(day, -27), to: day };
    const prev = { from: addDays(day, -55), to: addDays(day, -28) };
    const [now4, before4, goals, items, lastHeld] = await Promise.all([
      monitoring.person(actor, personId, { ...cur, grain: 'week' }),
      monitoring.person(actor, personId, { ...prev, grain: 'week' }),
      repo.activeGoals(personId),
      repo.openItemsOf(personId),
      repo.lastHeld([personId]),
    ]);
    const feedback = await repo.recentFeedback(personId, lastHeld.get(personId) ?? null);
    const prevBy = new Map(before4.indicators.map((i) => [i.indicator.id, i.figure]));
    const indicators = now4.indicators.map((i) => {
      const p = prevBy.get(i.indicator.id);
      const change = i.figure.value !== null && p && p.value !== null ? i.figure.value - p.value : null;
      return {
        indicatorId: i.indicator.id,
        code: i.indicator.code,
        nameEn: i.indicator.nameEn,
        nameZh: i.indicator.nameZh,
        current: { ...cur, value: i.figure.value, sample: i.figure.sample, standing: i.figure.standing },
        previous: {
          ...prev,
          value: p?.value ?? null,
          sample: p?.sample ?? 0,
          standing: p?.standing ?? ('no_data' as const),
        },
        change,
        signal: i.figure.signal,
      };
    });
    const currentOf = new Map(now4.indicators.map((i) => [i.indicator.id, i.figure.value]));
    return {
      generatedAt: clock.now().toISOString(),
      indicators,
      goals: goals.map((g) => ({
        id: g.id,
        title: g.title,
        status: g.status,
        target: g.target,
        periodEnd: g.periodEnd,
        current: g.indicatorId ? (currentOf.get(g.indicatorId) ?? null) : null,
      })),
      actionItems: items.map((a) => ({
        id: a.id,
        title: a.title,
        dueOn: a.dueOn,
        ownerPersonId: a.ownerPersonId,
      })),
      feedback: feedback.map((f) => ({
        id: f.id,
        kind: f.kind,
        body: f.body,
        createdAt: f.createdAt.toISOString(),
      })),
    };
  }

  function itemView(actor: Actor, a: ItemRow, rel: Relation): ActionItem {
    return {
      id: a.id,
      personId: a.personId,
      personName: a.personName,
      checkinId: a.checkinId,
      ownerPersonId: a.ownerPersonId,
      ownerName: a.ownerName,
      title: a.title,
      dueOn: a.dueOn,
      doneAt: iso(a.doneAt),
      overdue: a.doneAt === null && a.dueOn !== null && a.dueOn < today(),
      createdAt: a.createdAt.toISOString(),
      abilities: actionItemAbilities(actor, a, rel),
    };
  }

  const summaryOf = (c: CheckinRow): CheckinSummary => ({
    id: c.id,
    personId: c.personId,
    personName: c.personName,
    leaderPersonId: c.leaderPersonId,
    leaderName: c.leaderName,
    scheduledAt: c.scheduledAt.toISOString(),
    durationMinutes: c.durationMinutes,
    location: c.location,
    status: c.status,
    heldAt: iso(c.heldAt),
  });

  async function view(executor: Kysely<DB>, actor: Actor, id: string): Promise<Checkin> {
    const repo = checkinsRepository(executor);
    const c = await repo.findCheckin(id);
    if (!c) throw NotFound('checkin.not_found');
    // view is only reached for a check-in the actor sees (checked, or read through scope).
    const rel = seenRelation(actor, c.personId);
    const abilities = checkinAbilities(actor, c, rel);
    const items = await repo.itemsOfCheckin(id);
    const agenda = (c.agenda && typeof c.agenda === 'object' ? c.agenda : {}) as Partial<CheckinAgenda>;
    return {
      ...summaryOf(c),
      agenda: { ...EMPTY_AGENDA, ...agenda },
      sharedNotes: c.sharedNotes,
      privateNotes: abilities.seePrivate ? c.privateNotes : null,
      actionItems: items.map((a) => itemView(actor, a, rel)),
      createdAt: c.createdAt.toISOString(),
      abilities,
    };
  }

  /** A check-in the actor may see (the person, or anyone who sees the person); else 404. */
  async function visibleCheckin(actor: Actor, id: string) {
    const c = await checkinsRepository(db).findCheckin(id);
    if (!c || !(await access.canSeePerson(actor, c.personId))) throw NotFound('checkin.not_found');
    return c;
  }

  /** Lock a check-in, then the policy's guard for each action by the leader side (403, 404, 409). */
  async function forChange(trx: Kysely<DB>, actor: Actor, id: string, ...actions: CheckinAction[]) {
    const c = await checkinsRepository(trx).lockCheckin(id);
    if (!c) throw NotFound('checkin.not_found');
    const rel = await access.bind(trx).relationTo(actor, c.personId);
    for (const action of actions) enforce(decideCheckin(actor, c, rel, action));
    return c;
  }

  async function inviteFor(executor: Kysely<DB>, id: string): Promise<string> {
    const repo = checkinsRepository(executor);
    const c = await repo.findCheckin(id);
    if (!c) throw NotFound('checkin.not_found');
    const ids = [c.personId, ...(c.leaderPersonId ? [c.leaderPersonId] : [])];
    const [person, leader, users] = await Promise.all([
      repo.person(c.personId),
      c.leaderPersonId ? repo.person(c.leaderPersonId) : Promise.resolve(undefined),
      repo.users(ids),
    ]);
    const emailOf = (pid: string | null | undefined, fallback: string | null | undefined) =>
      users.find((u) => u.personId === pid)?.email ?? fallback ?? null;
    return checkinInvite({
      id: c.id,
      scheduledAt: c.scheduledAt,
      durationMinutes: c.durationMinutes,
      location: c.location,
      status: c.status,
      personName: c.personName,
      personEmail: emailOf(c.personId, person?.email),
      leaderName: c.leaderName,
      leaderEmail: c.leaderPersonId ? emailOf(c.leaderPersonId, leader?.email) : null,
      publicUrl,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    });
  }

  /**
   * E-mail the person (when they want reminders by e-mail) in their own language, with the invite
   * or its cancellation; a mail failure never fails the change.
   */
  async function mailPerson(
    id: string,
    personId: string,
    method: 'REQUEST' | 'CANCEL',
    message: (lang: MailLang) => MailText,
  ) {
    try {
      const [user] = await checkinsRepository(db).users([personId]);
      if (!user || user.disabled || !user.emailReminders) return;
      const content = await inviteFor(db, id);
      await mailer.send({
        to: user.email,
        ...message(mailLang(user.locale)),
        icalEvent: { filename: 'checkin.ics', content, method },
      });
    } catch {
      // Delivery is best effort; the in-app notification is already committed.
    }
  }

  async function userOf(trx: Kysely<DB>, personId: string | null): Promise<string | null> {
    if (!personId) return null;
    const [u] = await checkinsRepository(trx).users([personId]);
    return u && !u.disabled ? u.id : null;
  }

  return {
    async getCadence(actor: Actor, personId: string): Promise<CheckinCadence> {
      await access.requirePerson(actor, personId);
      return (await cadencesOf(db, [personId])).get(personId)!;
    },

    async putCadence(actor: Actor, personId: string, everyDays: number): Promise<CheckinCadence> {
      return db.transaction().execute(async (trx) => {
        await requireLeader(actor, personId, 'person.not_found', trx);
        const repo = checkinsRepository(trx);
        const before = await repo.cadence(personId);
        await repo.upsertCadence(personId, everyDays, actor.userId, clock.now());
        await audit.record(trx, actor, {
          action: 'checkin_cadence.set',
          entityType: 'person',
          entityId: personId,
          subjectPersonId: personId,
          before: before ? { everyDays: before.everyDays } : null,
          after: { everyDays },
        });
        return (await cadencesOf(trx, [personId])).get(personId)!;
      });
    },

    async list(actor: Actor, q: CheckinQuery): Promise<CheckinPage> {
      const limit = q.limit ?? 50;
      const offset = q.offset ?? 0;
      let scope: Scope;
      if (q.personId) {
        await access.requirePerson(actor, q.personId);
        scope = onlyPerson(q.personId);
      } else if ((q.scope ?? 'mine') === 'mine') {
        scope = onlyPerson(actor.personId);
      } else scope = access.teamScope(actor);
      const { rows, total } = await checkinsRepository(db).listCheckins(scope, {
        status: q.status,
        limit,
        offset,
      });
      return { items: rows.map(summaryOf), total, limit, offset };
    },

    /** The team overview: each person in scope with their cadence status. */
    async due(actor: Actor, q: CheckinDueQuery): Promise<CheckinDuePage> {
      const limit = q.limit ?? 100;
      const offset = q.offset ?? 0;
      const people = await checkinsRepository(db).people(access.teamScope(actor), actor.personId);
      const cad = await cadencesOf(
        db,
        people.map((p) => p.id),
      );
      const order = { overdue: 0, due: 1, ok: 2, no_cadence: 3 } as const;
      const rows = people
        .map((p) => ({
          person: { id: p.id, nameEn: p.nameEn, nameZh: p.nameZh, employeeNumber: p.employeeNumber },
          cadence: cad.get(p.id)!,
        }))
        .filter((r) => !q.status || r.cadence.status === q.status)
        .sort((a, b) => order[a.cadence.status] - order[b.cadence.status]);
      return { items: rows.slice(offset, offset + limit), total: rows.length, limit, offset };
    },

    async create(actor: Actor, body: CreateCheckinBody): Promise<Checkin> {
      await requireLeader(actor, body.personId);
      const agenda = await buildAgenda(actor, body.personId);
      const id = await db.transaction().execute(async (trx) => {
        const repo = checkinsRepository(trx);
        const person = await repo.person(body.personId);
        if (!person) throw NotFound('person.not_found');
        const now = clock.now();
        const { id } = await repo.insertCheckin({
          personId: body.personId,
          leaderPersonId: actor.personId ?? person.managerId,
          scheduledAt: new Date(body.scheduledAt),
          durationMinutes: body.durationMinutes ?? 30,
          location: body.location ?? null,
          status: 'planned',
          agenda: json(agenda),
          sharedNotes: body.sharedNotes ?? '',
          privateNotes: body.privateNotes ?? '',
          heldAt: null,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await audit.record(trx, actor, {
          action: 'checkin.created',
          entityType: 'checkin',
          entityId: id,
          subjectPersonId: body.personId,
          after: {
            scheduledAt: body.scheduledAt,
            durationMinutes: body.durationMinutes ?? 30,
            location: body.location ?? null,
          },
        });
        await notifications.notify(trx, await userOf(trx, body.personId), {
          kind: 'checkin.scheduled',
          entityType: 'checkin',
          entityId: id,
          data: { scheduledAt: body.scheduledAt, personId: body.personId },
        });
        return id;
      });
      // The time as the person reads it: their own zone, named (e-mails never show UTC).
      const zone = await calendar.zoneOf(body.personId);
      await mailPerson(id, body.personId, 'REQUEST', (lang) =>
        checkinScheduledMail(lang, {
          at: new Date(body.scheduledAt),
          zone,
          location: body.location ?? null,
        }),
      );
      return view(db, actor, id);
    },

    /**
     * A check-in another feature schedules inside its own transaction (an improvement plan's review
     * dates): the leader-side check, row, audit and notification of `create`, with an empty agenda
     * (refreshAgenda fills it) and no e-mail. Returns the check-in's id.
     */
    async scheduleWithin(
      trx: Kysely<DB>,
      actor: Actor,
      body: { personId: string; scheduledAt: Date; durationMinutes?: number; sharedNotes?: string },
    ): Promise<string> {
      await requireLeader(actor, body.personId, 'person.not_found', trx);
      const repo = checkinsRepository(trx);
      const person = await repo.person(body.personId);
      if (!person) throw NotFound('person.not_found');
      const now = clock.now();
      const { id } = await repo.insertCheckin({
        personId: body.personId,
        leaderPersonId: actor.personId ?? person.managerId,
        scheduledAt: body.scheduledAt,
        durationMinutes: body.durationMinutes ?? 30,
        location: null,
        status: 'planned',
        agenda: json(EMPTY_AGENDA),
        sharedNotes: body.sharedNotes ?? '',
        privateNotes: '',
        heldAt: null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      const scheduledAt = body.scheduledAt.toISOString();
      await audit.record(trx, actor, {
        action: 'checkin.created',
        entityType: 'checkin',
        entityId: id,
        subjectPersonId: body.personId,
        after: { scheduledAt, durationMinutes: body.durationMinutes ?? 30, location: null },
      });
      await notifications.notify(trx, await userOf(trx, body.personId), {
        kind: 'checkin.scheduled',
        entityType: 'checkin',
        entityId: id,
        data: { scheduledAt, personId: body.personId },
      });
      return id;
    },

    async get(actor: Actor, id: string): Promise<Checkin> {
      const c = await visibleCheckin(actor, id);
      if (c.personId !== actor.personId) {
        await audit.record(db, actor, {
          action: 'checkin.viewed',
          entityType: 'checkin',
          entityId: id,
          subjectPersonId: c.personId,
        });
      }
      return view(db, actor, id);
    },

    async invite(actor: Actor, id: string): Promise<string> {
      await visibleCheckin(actor, id);
      return inviteFor(db, id);
    },

    async update(actor: Actor, id: string, body: UpdateCheckinBody): Promise<Checkin> {
      await db.transaction().execute(async (trx) => {
        const timing =
          body.scheduledAt !== undefined || body.durationMinutes !== undefined || body.location !== undefined;
        const c = await forChange(trx, actor, id, 'edit', ...(timing ? (['move'] as const) : []));
        await checkinsRepository(trx).updateCheckin(id, {
          ...(body.scheduledAt !== undefined ? { scheduledAt: new Date(body.scheduledAt) } : {}),
          ...(body.durationMinutes !== undefined ? { durationMinutes: body.durationMinutes } : {}),
          ...(body.location !== undefined ? { location: body.location } : {}),
          ...(body.sharedNotes !== undefined ? { sharedNotes: body.sharedNotes } : {}),
          ...(body.privateNotes !== undefined ? { privateNotes: body.privateNotes } : {}),
          updatedAt: clock.now(),
        });
        await audit.record(trx, actor, {
          action: 'checkin.updated',
          entityType: 'checkin',
          entityId: id,
          subjectPersonId: c.personId,
          before: {
            scheduledAt: c.scheduledAt.toISOString(),
            durationMinutes: c.durationMinutes,
            location: c.location,
          },
          // Note texts are personal data: the audit keeps which fields changed, not their text.
          after: {
            fields: Object.keys(body),
            ...(body.scheduledAt !== undefined ? { scheduledAt: body.scheduledAt } : {}),
            ...(body.durationMinutes !== undefined ? { durationMinutes: body.durationMinutes } : {}),
            ...(body.location !== undefined ? { location: body.location } : {}),
          },
        });
        if (body.scheduledAt !== undefined) {
          await notifications.notify(trx, await userOf(trx, c.personId), {
            kind: 'checkin.rescheduled',
            entityType: 'checkin',
            entityId: id,
            data: { scheduledAt: body.scheduledAt, personId: c.personId },
          });
        }
      });
      return view(db, actor, id);
    },

    async refreshAgenda(actor: Actor, id: string): Promise<Checkin> {
      const c = await visibleCheckin(actor, id);
      enforce(decideCheckin(actor, c, seenRelation(actor, c.personId), 'refreshAgenda'));
      const agenda = await buildAgenda(actor, c.personId);
      await db.transaction().execute(async (trx) => {
        await forChange(trx, actor, id, 'refreshAgenda');
        await checkinsRepository(trx).updateCheckin(id, {
          agenda: json(agenda),
          updatedAt: clock.now(),
        });
        await audit.record(trx, actor, {
          action: 'checkin.agenda_refreshed',
          entityType: 'checkin',
          entityId: id,
          subjectPersonId: c.personId,
        });
      });
      return view(db, actor, id);
    },

    async hold(actor: Actor, id: string): Promise<Checkin> {
      await db.transaction().execute(async (trx) => {
        const c = await forChange(trx, actor, id, 'hold');
        const now = clock.now();
        await checkinsRepository(trx).updateCheckin(id, { status: 'held', heldAt: now, updatedAt: now });
        await audit.record(trx, actor, {
          action: 'checkin.held',
          entityType: 'checkin',
          entityId: id,
          subjectPersonId: c.personId,
          before: { status: c.status },
          after: { status: 'held', heldAt: now.toISOString() },
        });
      });
      return view(db, actor, id);
    },

    async cancel(actor: Actor, id: string): Promise<Checkin> {
      const personId = await db.transaction().execute(async (trx) => {
        const c = await forChange(trx, actor, id, 'cancel');
        await checkinsRepository(trx).updateCheckin(id, { status: 'cancelled', updatedAt: clock.now() });
        await audit.record(trx, actor, {
          action: 'checkin.cancelled',
          entityType: 'checkin',
          entityId: id,
          subjectPersonId: c.personId,
          before: { status: c.status },
          after: { status: 'cancelled' },
        });
        await notifications.notify(trx, await userOf(trx, c.personId), {
          kind: 'checkin.cancelled',
          entityType: 'checkin',
          entityId: id,
          data: { scheduledAt: c.scheduledAt.toISOString(), personId: c.personId },
        });
        return c.personId;
      });
      await mailPerson(id, personId, 'CANCEL', checkinCancelledMail);
      return view(db, actor, id);
    },

    async listItems(actor: Actor, q: ActionItemQuery): Promise<ActionItem[]> {
      const scope = q.scope ?? (q.personId ? 'person' : 'mine');
      let rows: ItemRow[];
      if (scope === 'person') {
        if (!q.personId) {
          throw Invalid('validation', 'scope=person needs a personId.', [
            { path: '/personId', message: 'required' },
          ]);
        }
        await access.requirePerson(actor, q.personId);
        rows = await checkinsRepository(db).listItems({ scope: onlyPerson(q.personId), open: q.open });
      } else if (scope === 'mine') {
        rows = await checkinsRepository(db).listItems({
          scope: onlyPerson(actor.personId),
          orOwner: actor.personId,
          open: q.open,
        });
      } else {
        rows = await checkinsRepository(db).listItems({ scope: access.teamScope(actor), open: q.open });
        if (actor.personId) rows = rows.filter((r) => r.personId !== actor.personId);
      }
      // "mine" holds items the actor owns about people they may no longer see: the relation says so.
      const rels = await access.relationsTo(actor, [...new Set(rows.map((r) => r.personId))]);
      return rows.map((r) => itemView(actor, r, rels.get(r.personId)!));
    },

    async createItem(actor: Actor, body: CreateActionItemBody): Promise<ActionItem> {
      const id = await db.transaction().execute(async (trx) => {
        await requireLeader(actor, body.personId, 'person.not_found', trx);
        const repo = checkinsRepository(trx);
        let leaderPersonId: string | null = null;
        if (body.checkinId) {
          const c = await repo.findCheckin(body.checkinId);
          if (!c || c.personId !== body.personId) throw NotFound('checkin.not_found');
          leaderPersonId = c.leaderPersonId;
        }
        const person = await repo.person(body.personId);
        if (!person) throw NotFound('person.not_found');
        leaderPersonId ??= actor.personId ?? person.managerId;
        const ownerPersonId = body.owner === 'person' ? body.personId : leaderPersonId;
        if (!ownerPersonId) {
          throw Invalid('validation', 'There is no leader to own this action item.', [
            { path: '/owner', message: 'no leader' },
          ]);
        }
        const now = clock.now();
        const { id } = await repo.insertItem({
          personId: body.personId,
          checkinId: body.checkinId ?? null,
          coachingPlanId: null,
          ownerPersonId,
          title: body.title,
          dueOn: body.dueOn ?? null,
          doneAt: null,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await audit.record(trx, actor, {
          action: 'action_item.created',
          entityType: 'action_item',
          entityId: id,
          subjectPersonId: body.personId,
          after: { checkinId: body.checkinId ?? null, ownerPersonId, dueOn: body.dueOn ?? null },
        });
        if (ownerPersonId !== actor.personId) {
          await notifications.notify(trx, await userOf(trx, ownerPersonId), {
            kind: 'action_item.assigned',
            entityType: 'action_item',
            entityId: id,
            data: {
              title: body.title,
              dueOn: body.dueOn ?? null,
              personId: body.personId,
              checkinId: body.checkinId ?? null,
            },
          });
        }
        return id;
      });
      const row = await checkinsRepository(db).findItem(id);
      return itemView(actor, row!, seenRelation(actor, row!.personId));
    },

    /** The leader side edits an item; its owner may tick it done or undone. */
    async updateItem(actor: Actor, id: string, body: UpdateActionItemBody): Promise<ActionItem> {
      const rel = await db.transaction().execute(async (trx) => {
        const a = await checkinsRepository(trx).lockItem(id);
        if (!a) throw NotFound('action_item.not_found');
        const rel = await access.bind(trx).relationTo(actor, a.personId);
        const edits = body.title !== undefined || body.dueOn !== undefined;
        enforce(decideActionItem(actor, a, rel, edits ? 'edit' : 'toggle'));
        const now = clock.now();
        const doneAt = body.done === undefined ? a.doneAt : body.done ? (a.doneAt ?? now) : null;
        await checkinsRepository(trx).updateItem(id, {
          ...(body.title !== undefined ? { title: body.title } : {}),
          ...(body.dueOn !== undefined ? { dueOn: body.dueOn } : {}),
          doneAt,
          updatedAt: now,
        });
        await audit.record(trx, actor, {
          action: 'action_item.updated',
          entityType: 'action_item',
          entityId: id,
          subjectPersonId: a.personId,
          before: { title: a.title, dueOn: a.dueOn, doneAt: iso(a.doneAt) },
          after: {
            ...(body.title !== undefined ? { title: body.title } : {}),
            ...(body.dueOn !== undefined ? { dueOn: body.dueOn } : {}),
            doneAt: iso(doneAt),
          },
        });
        return rel;
      });
      const row = await checkinsRepository(db).findItem(id);
      return itemView(actor, row!, rel);
    },
  };
}
export type CheckinsService = ReturnType<typeof createCheckinsService>;
