import type { Kysely } from 'kysely';
import type {
  CreateGoalBody,
  Goal,
  GoalEvidence,
  GoalQuery,
  GoalStatus,
  GoalVersion,
  SmartCheckBody,
  SmartResult,
  TeamGoalsFromStandardBody,
  TeamGoalsResult,
  UpdateGoalBody,
} from '@frontline/contract';
import type { DB, GoalRow, IndicatorRow } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import type { AccessService } from '../../access/access.service.js';
import type { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import { onlyPerson, type Scope } from '../../access/scope.js';
import { enforce, seenRelation } from '../../access/policy.js';
import { addDays, daysBetween, isTimeZone, localDate, type Calendar } from '../../lib/calendar.js';
import { systemActor } from '../../access/actor.js';
import { aboveStandard, belowStandard, interval } from '../../lib/stats/figures.js';
import { Invalid, NotFound } from '../../lib/errors.js';
import {
  indicatorRepository,
  observationRepository,
  targetRepository,
} from '../indicators/indicators.repository.js';
import type { NotificationsService } from '../notifications/notifications.service.js';
import { goalsRepository } from './goals.repository.js';
import { attainmentPct, improvement, p90, projectToEnd, ratioValue, smartCheck } from './goal-math.js';
import {
  decideGoal,
  goalAbilities,
  goalSide,
  mayCreateGoal,
  mayWorkOnGoals,
  type GoalAction,
  type GoalSide,
} from './goals.policy.js';
/** A new goal starts as a draft nobody has accepted yet. */
const draftState = (createdBy: string, now: Date) => ({
  status: 'draft' as const,
  createdBy,
  proposedBy: null,
  proposedAt: null,
  staffAcceptedAt: null,
  staffAcceptedBy: null,
  supervisorAcceptedAt: null,
  supervisorAcceptedBy: null,
  outcomeNote: null,
  createdAt: now,
  updatedAt: now,
});

/**
 * SMART goals agreed between a staff member and their supervisor: draft → proposed → agreed
 * (both acceptances recorded with time) → active → achieved / missed / cancelled. A change after
 * agreement is a new version that needs agreeing again; every agreed version is kept.
 */
export function createGoalsService(deps: {
  db: Kysely<DB>;
  access: AccessService;
  audit: AuditService;
  clock: Clock;
  calendar: Calendar;
  notifications: NotificationsService;
}) {
  const { db, access, audit, clock, calendar, notifications } = deps;
  const today = () => calendar.today();

  async function requireIndicator(trx: Kysely<DB>, id: string | null | undefined): Promise<IndicatorRow> {
    const row = id ? await indicatorRepository(trx).findById(id) : undefined;
    if (!row || !row.active) {
      throw Invalid('goal.indicator_required', 'An indicator goal needs an active indicator.', [
        { path: '/indicatorId', message: 'not found' },
      ]);
    }
    return row;
  }

  /**
   * The last day a baseline may use: the day before the goal starts, or — for a goal that starts
   * in the future — yesterday, the last complete day with figures.
   */
  async function baselineEnd(trx: Kysely<DB>, personId: string, periodStart: string) {
    const yesterday = addDays(await calendar.todayFor(personId, trx), -1);
    const before = addDays(periodStart, -1);
    return before < yesterday ? before : yesterday;
  }

  /** The person's own value over the period of the same length just before the goal starts (≤ 92 days). */
  async function baselineOf(
    trx: Kysely<DB>,
    personId: string,
    ind: IndicatorRow,
    periodStart: string,
    periodEnd: string,
  ) {
    const length = Math.min(Math.max(daysBetween(periodStart, periodEnd) + 1, 7), 92);
    const end = await baselineEnd(trx, personId, periodStart);
    const [row] = await observationRepository(trx).sums([personId], ind.id, addDays(end, 1 - length), end);
    const value = row ? ratioValue(Number(row.numerator), Number(row.denominator), ind.scale) : null;
    return { value, sample: row ? Number(row.denominator) : null, length };
  }

  /** The 90th percentile of the improvement teammates made from one such period to the next. */
  async function teamP90(
    trx: Kysely<DB>,
    personId: string,
    ind: IndicatorRow,
    periodStart: string,
    length: number,
  ) {
    const mates = await goalsRepository(trx).teammates(personId);
    const obs = observationRepository(trx);
    const end = await baselineEnd(trx, personId, periodStart);
    const before = await obs.sums(mates, ind.id, addDays(end, 1 - 2 * length), addDays(end, -length));
    const after = await obs.sums(mates, ind.id, addDays(end, 1 - length), end);
    const prev = new Map(
      before.map((r) => [r.personId, ratioValue(Number(r.numerator), Number(r.denominator), ind.scale)]),
    );
    const gains: number[] = [];
    for (const r of after) {
      const from = prev.get(r.personId);
      const to = ratioValue(Number(r.numerator), Number(r.denominator), ind.scale);
      if (from !== null && from !== undefined && to !== null) {
        gains.push(improvement(from, to, ind.direction));
      }
    }
    return p90(gains);
  }

  async function smartFor(trx: Kysely<DB>, g: SmartCheckBody & { baseline?: number | null }) {
    const ind = g.indicatorId ? await indicatorRepository(trx).findById(g.indicatorId) : undefined;
    let baseline: number | null = null;
    let sample: number | null = null;
    let teamImprovementP90: number | null = null;
    if (ind) {
      const b = await baselineOf(trx, g.personId, ind, g.periodStart, g.periodEnd);
      baseline = g.baseline !== undefined ? g.baseline : b.value;
      sample = b.sample;
      teamImprovementP90 = await teamP90(trx, g.personId, ind, g.periodStart, b.length);
    }
    const checks = smartCheck({
      kind: g.kind,
      title: g.title,
      description: g.description ?? '',
      indicatorId: ind?.id ?? null,
      indicatorHasPolicy: !!ind?.policyId,
      direction: ind?.direction ?? null,
      unit: ind?.unit ?? null,
      successCriteria: g.successCriteria ?? null,
      policyId: g.policyId ?? null,
      target: g.target ?? null,
      periodStart: g.periodStart,
      periodEnd: g.periodEnd,
      baseline,
      teamImprovementP90,
    });
    return { checks, baseline, baselineSample: sample, teamImprovementP90 };
  }

  type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof goalsRepository>['findById']>>>;

  async function progressOf(trx: Kysely<DB>, g: Row) {
    if (
      g.kind !== 'indicator' ||
      !g.indicatorId ||
      !['agreed', 'active', 'awaiting_outcome', 'achieved', 'missed'].includes(g.status)
    ) {
      return null;
    }
    const ind = await indicatorRepository(trx).findById(g.indicatorId);
    if (!ind) return null;
    const asOf = today() < g.periodEnd ? today() : g.periodEnd;
    if (asOf < g.periodStart) {
      return { current: null, sample: 0, attainmentPct: null, projected: null, onTrack: null, asOf };
    }
    const daily = await observationRepository(trx).daily(g.personId, ind.id, g.periodStart, asOf);
    const num = daily.reduce((s, d) => s + Number(d.numerator), 0);
    const den = daily.reduce((s, d) => s + Number(d.denominator), 0);
    const current = ratioValue(num, den, ind.scale);
    const projected = projectToEnd(
      daily.map((d) => ({
        day: daysBetween(g.periodStart, d.occurredOn),
        numerator: Number(d.numerator),
        denominator: Number(d.denominator),
      })),
      daysBetween(g.periodStart, g.periodEnd),
      ind.scale,
    );
    const onTrack =
      projected === null || g.target === null ? null : improvement(g.target, projected, ind.direction) >= 0;
    return {
      current,
      sample: den,
      attainmentPct: attainmentPct(current, g.target, ind.direction),
      projected,
      onTrack,
      asOf,
    };
  }

  /** The figures over the goal's period so far, and what they settle (see GoalEvidence). */
  async function evidenceOf(trx: Kysely<DB>, g: Row): Promise<GoalEvidence | null> {
    if (g.kind !== 'indicator' || !g.indicatorId || g.target === null) return null;
    if (!['active', 'awaiting_outcome', 'achieved', 'missed'].includes(g.status)) return null;
    const ind = await indicatorRepository(trx).findById(g.indicatorId);
    if (!ind) return null;
    const day = await calendar.todayFor(g.personId, trx);
    const to = day <= g.periodEnd ? addDays(day, -1) : g.periodEnd;
    if (to < g.periodStart) return null;
    const s = await goalsRepository(trx).periodSums(g.personId, ind.id, g.periodStart, to);
    const sums = { num: Number(s.num), den: Number(s.den), sq: Number(s.sq), n: Number(s.n) };
    const iv = interval(ind.aggregation, sums, ind.scale, { unit: ind.unit });
    const bounds = iv.low === null || iv.high === null ? null : { low: iv.low, high: iv.high };
    const verdict: GoalEvidence['verdict'] =
      sums.den === 0 || iv.value === null
        ? 'no_data'
        : sums.den < ind.minSample
          ? 'too_few'
          : aboveStandard(ind.aggregation, ind.direction, bounds, g.target)
            ? 'achieved'
            : belowStandard(ind.aggregation, ind.direction, bounds, g.target)
              ? 'missed'
              : 'not_distinguishable';
    return {
      from: g.periodStart,
      to,
      value: iv.value,
      low: iv.low,
      high: iv.high,
      sample: sums.den,
      minSample: ind.minSample,
      verdict,
    };
  }

  /** A goal as the actor reads it (one they are known to see: read through scope or checked). */
  async function view(trx: Kysely<DB>, actor: Actor, id: string, withSmart: boolean): Promise<Goal> {
    const g = await goalsRepository(trx).findById(id);
    if (!g) throw NotFound('goal.not_found');
    const smart = withSmart
      ? (await smartFor(trx, { ...g, description: g.description, baseline: g.baseline })).checks
      : [];
    const evidence = await evidenceOf(trx, g);
    const ended = (await calendar.todayFor(g.personId, trx)) > g.periodEnd;
    return {
      id: g.id,
      personId: g.personId,
      personName: g.personName,
      kind: g.kind,
      title: g.title,
      description: g.description,
      indicatorId: g.indicatorId,
      indicatorCode: g.indicatorCode,
      successCriteria: g.successCriteria,
      policyId: g.policyId,
      baseline: g.baseline,
      baselineSample: g.baselineSample,
      target: g.target,
      periodStart: g.periodStart,
      periodEnd: g.periodEnd,
      weight: g.weight,
      status: g.status,
      version: g.version,
      proposedBy: g.proposedBy,
      proposedAt: g.proposedAt?.toISOString() ?? null,
      staffAcceptedAt: g.staffAcceptedAt?.toISOString() ?? null,
      supervisorAcceptedAt: g.supervisorAcceptedAt?.toISOString() ?? null,
      outcomeNote: g.outcomeNote,
      progress: await progressOf(trx, g),
      evidence,
      smart,
      abilities: goalAbilities(
        actor,
        { ...g, ended, verdict: evidence?.verdict ?? null },
        seenRelation(actor, g.personId),
      ),
    };
  }

  /** Load for a change: row lock, then the policy's guard for the action (404, 403, 409); the actor's side. */
  async function forChange(trx: Kysely<DB>, actor: Actor, id: string, action: GoalAction) {
    const g = await goalsRepository(trx).forUpdate(id);
    if (!g) throw NotFound('goal.not_found');
    const rel = await access.bind(trx).relationTo(actor, g.personId);
    enforce(decideGoal(actor, g, rel, action));
    return { g, rel, side: goalSide(actor, rel)! };
  }

  const accepted = (side: GoalSide, actor: Actor, at: Date) =>
    side === 'staff'
      ? {
          staffAcceptedAt: at,
          staffAcceptedBy: actor.userId,
          supervisorAcceptedAt: null,
          supervisorAcceptedBy: null,
        }
      : {
          supervisorAcceptedAt: at,
          supervisorAcceptedBy: actor.userId,
          staffAcceptedAt: null,
          staffAcceptedBy: null,
        };

  async function notifyOther(trx: Kysely<DB>, g: GoalRow, side: GoalSide, kind: string) {
    const users = await goalsRepository(trx).usersAround(g.personId);
    await notifications.notify(trx, side === 'staff' ? users.managerUserId : users.selfUserId, {
      kind,
      entityType: 'goal',
      entityId: g.id,
      data: { title: g.title, personId: g.personId },
    });
  }

  const snapshotOf = (g: GoalRow) => ({
    title: g.title,
    description: g.description,
    kind: g.kind,
    indicatorId: g.indicatorId,
    successCriteria: g.successCriteria,
    policyId: g.policyId,
    baseline: g.baseline,
    target: g.target,
    periodStart: g.periodStart,
    periodEnd: g.periodEnd,
    weight: g.weight,
  });

  function checkShape(
    kind: 'indicator' | 'qualitative',
    target: number | null | undefined,
    criteria: string | null | undefined,
    start: string,
    end: string,
  ) {
    if (end < start) {
      throw Invalid('validation', 'The goal ends before it starts.', [
        { path: '/periodEnd', message: 'before periodStart' },
      ]);
    }
    if (kind === 'indicator' && (target === null || target === undefined)) {
      throw Invalid('goal.indicator_required', 'An indicator goal needs a target.', [
        { path: '/target', message: 'required' },
      ]);
    }
    if (kind === 'qualitative' && !(criteria ?? '').trim()) {
      throw Invalid('goal.criteria_required', 'A qualitative goal needs explicit success criteria.', [
        { path: '/successCriteria', message: 'required' },
      ]);
    }
  }

  return {
    async list(actor: Actor, q: GoalQuery): Promise<Goal[]> {
      let scope: Scope;
      const which = q.scope ?? 'mine';
      if (q.personId) {
        if (!(await access.canSeePerson(actor, q.personId))) throw NotFound('person.not_found');
        scope = onlyPerson(q.personId);
      } else if (which === 'mine') {
        scope = onlyPerson(actor.personId);
      } else if (which === 'all') {
        scope = access.scope(actor);
      } else {
        scope = access.reportsScope(actor);
      }
      const rows = await goalsRepository(db).list(scope, q.status);
      const out: Goal[] = [];
      for (const r of rows) out.push(await view(db, actor, r.id, false));
      if (q.personId && q.personId !== actor.personId) {
        await audit.record(db, actor, {
          action: 'goal.list_viewed',
          entityType: 'person',
          entityId: q.personId,
          subjectPersonId: q.personId,
        });
      }
      return out;
    },

    async get(actor: Actor, id: string): Promise<Goal> {
      const g = await goalsRepository(db).findById(id);
      if (!g || !(await access.canSeePerson(actor, g.personId))) throw NotFound('goal.not_found');
      if (g.personId !== actor.personId) {
        await audit.record(db, actor, {
          action: 'goal.viewed',
          entityType: 'goal',
          entityId: id,
          subjectPersonId: g.personId,
        });
      }
      return view(db, actor, id, true);
    },

    async versions(actor: Actor, id: string): Promise<GoalVersion[]> {
      const g = await goalsRepository(db).findById(id);
      if (!g || !(await access.canSeePerson(actor, g.personId))) throw NotFound('goal.not_found');
      return (await goalsRepository(db).versions(id)).map((v) => ({
        version: v.version,
        agreedAt: v.agreedAt.toISOString(),
        snapshot: v.snapshot,
      }));
    },

    async smart(actor: Actor, body: SmartCheckBody): Promise<SmartResult> {
      enforce(mayWorkOnGoals(actor, await access.relationTo(actor, body.personId), 'person.not_found'));
      return smartFor(db, body);
    },

    async create(actor: Actor, body: CreateGoalBody): Promise<Goal> {
      enforce(mayCreateGoal(actor, await access.relationTo(actor, body.personId)));
      checkShape(body.kind, body.target, body.successCriteria, body.periodStart, body.periodEnd);
      return db.transaction().execute(async (trx) => {
        let baseline: { value: number | null; sample: number | null } = { value: null, sample: null };
        if (body.kind === 'indicator') {
          const ind = await requireIndicator(trx, body.indicatorId);
          baseline = await baselineOf(trx, body.personId, ind, body.periodStart, body.periodEnd);
        }
        const now = clock.now();
        const { id } = await goalsRepository(trx).insert({
          personId: body.personId,
          kind: body.kind,
          title: body.title,
          description: body.description ?? '',
          indicatorId: body.kind === 'indicator' ? (body.indicatorId ?? null) : null,
          successCriteria: body.successCriteria ?? null,
          policyId: body.policyId ?? null,
          baseline: baseline.value,
          baselineSample: baseline.sample,
          target: body.kind === 'indicator' ? (body.target ?? null) : null,
          periodStart: body.periodStart,
          periodEnd: body.periodEnd,
          weight: body.weight ?? 0,
          ...draftState(actor.userId, now),
        });
        const goal = await view(trx, actor, id, false);
        await audit.record(trx, actor, {
          action: 'goal.created',
          entityType: 'goal',
          entityId: id,
          subjectPersonId: body.personId,
          after: goal,
        });
        return goal;
      });
    },

    async update(actor: Actor, id: string, body: UpdateGoalBody): Promise<Goal> {
      return db.transaction().execute(async (trx) => {
        const { g, side } = await forChange(trx, actor, id, 'edit');
        const next = { ...g, ...body };
        checkShape(g.kind, next.target, next.successCriteria, next.periodStart, next.periodEnd);
        const patch: Parameters<ReturnType<typeof goalsRepository>['update']>[1] = {
          ...body,
          updatedAt: clock.now(),
        };
        if (
          g.kind === 'indicator' &&
          (body.indicatorId !== undefined || body.periodStart || body.periodEnd)
        ) {
          const ind = await requireIndicator(trx, next.indicatorId);
          const b = await baselineOf(trx, g.personId, ind, next.periodStart, next.periodEnd);
          patch.baseline = b.value;
          patch.baselineSample = b.sample;
        }
        const agreedBefore = g.status === 'agreed' || g.status === 'active';
        if (g.status === 'proposed' || agreedBefore) {
          // Any change re-opens the agreement: the editor's side accepts, the other side must again.
          Object.assign(patch, {
            status: 'proposed',
            proposedBy: actor.userId,
            proposedAt: clock.now(),
            ...accepted(side, actor, clock.now()),
          });
          if (agreedBefore) patch.version = g.version + 1;
        }
        await goalsRepository(trx).update(id, patch);
        const after = await goalsRepository(trx).forUpdate(id);
        if (after && (g.status === 'proposed' || agreedBefore)) {
          await notifyOther(trx, after, side, 'goal.awaiting_agreement');
        }
        await audit.record(trx, actor, {
          action: agreedBefore ? 'goal.revised' : 'goal.updated',
          entityType: 'goal',
          entityId: id,
          subjectPersonId: g.personId,
          ...changedFields(snapshotOf(g), snapshotOf(after ?? g)),
        });
        return view(trx, actor, id, false);
      });
    },

    async propose(actor: Actor, id: string): Promise<Goal> {
      return db.transaction().execute(async (trx) => {
        const { g, side } = await forChange(trx, actor, id, 'propose');
        const now = clock.now();
        await goalsRepository(trx).update(id, {
          status: 'proposed',
          proposedBy: actor.userId,
          proposedAt: now,
          ...accepted(side, actor, now),
          updatedAt: now,
        });
        await notifyOther(trx, g, side, 'goal.awaiting_agreement');
        await audit.record(trx, actor, {
          action: 'goal.proposed',
          entityType: 'goal',
          entityId: id,
          subjectPersonId: g.personId,
          after: { side },
        });
        return view(trx, actor, id, false);
      });
    },

    async accept(actor: Actor, id: string): Promise<Goal> {
      return db.transaction().execute(async (trx) => {
        const { g, side } = await forChange(trx, actor, id, 'accept');
        const now = clock.now();
        const status: GoalStatus = today() >= g.periodStart ? 'active' : 'agreed';
        const sideFields =
          side === 'staff'
            ? { staffAcceptedAt: now, staffAcceptedBy: actor.userId }
            : { supervisorAcceptedAt: now, supervisorAcceptedBy: actor.userId };
        await goalsRepository(trx).update(id, { ...sideFields, status, updatedAt: now });
        await goalsRepository(trx).insertVersion(
          id,
          g.version,
          {
            ...snapshotOf(g),
            staffAcceptedAt: (g.staffAcceptedAt ?? now).toISOString(),
            supervisorAcceptedAt: (g.supervisorAcceptedAt ?? now).toISOString(),
          },
          now,
        );
        await notifyOther(trx, g, side, 'goal.agreed');
        await audit.record(trx, actor, {
          action: 'goal.agreed',
          entityType: 'goal',
          entityId: id,
          subjectPersonId: g.personId,
          after: { side, status, version: g.version },
        });
        return view(trx, actor, id, false);
      });
    },

    async decline(actor: Actor, id: string, reason: string): Promise<Goal> {
      return db.transaction().execute(async (trx) => {
        const { g, side } = await forChange(trx, actor, id, 'decline');
        const now = clock.now();
        // After a revision of an agreed goal, declining returns to the agreed version? No: it returns to draft for rework.
        await goalsRepository(trx).update(id, {
          status: 'draft',
          staffAcceptedAt: null,
          staffAcceptedBy: null,
          supervisorAcceptedAt: null,
          supervisorAcceptedBy: null,
          updatedAt: now,
        });
        await notifyOther(trx, g, side, 'goal.declined');
        await audit.record(trx, actor, {
          action: 'goal.declined',
          entityType: 'goal',
          entityId: id,
          subjectPersonId: g.personId,
          after: { reason },
        });
        return view(trx, actor, id, false);
      });
    },

    async activate(actor: Actor, id: string): Promise<Goal> {
      return db.transaction().execute(async (trx) => {
        const { g } = await forChange(trx, actor, id, 'activate');
        await goalsRepository(trx).update(id, { status: 'active', updatedAt: clock.now() });
        await audit.record(trx, actor, {
          action: 'goal.activated',
          entityType: 'goal',
          entityId: id,
          subjectPersonId: g.personId,
        });
        return view(trx, actor, id, false);
      });
    },

    async close(
      actor: Actor,
      id: string,
      outcome: 'achieved' | 'missed',
      note: string | undefined,
    ): Promise<Goal> {
      return db.transaction().execute(async (trx) => {
        const { g, rel, side } = await forChange(trx, actor, id, 'close');
        if (outcome === 'achieved' && g.status !== 'awaiting_outcome') {
          const ended = (await calendar.todayFor(g.personId, trx)) > g.periodEnd;
          const row = await goalsRepository(trx).findById(id);
          const evidence = row ? await evidenceOf(trx, row) : null;
          enforce(
            decideGoal(actor, { ...g, ended, verdict: evidence?.verdict ?? null }, rel, 'closeAchieved'),
          );
        }
        await goalsRepository(trx).update(id, {
          status: outcome,
          outcomeNote: note ?? null,
          updatedAt: clock.now(),
        });
        await notifyOther(trx, g, side, `goal.${outcome}`);
        await audit.record(trx, actor, {
          action: `goal.${outcome}`,
          entityType: 'goal',
          entityId: id,
          subjectPersonId: g.personId,
          after: { note: note ?? null },
        });
        return view(trx, actor, id, false);
      });
    },

    async cancel(actor: Actor, id: string, reason: string): Promise<Goal> {
      return db.transaction().execute(async (trx) => {
        const { g, side } = await forChange(trx, actor, id, 'cancel');
        await goalsRepository(trx).update(id, {
          status: 'cancelled',
          outcomeNote: reason,
          updatedAt: clock.now(),
        });
        await notifyOther(trx, g, side, 'goal.cancelled');
        await audit.record(trx, actor, {
          action: 'goal.cancelled',
          entityType: 'goal',
          entityId: id,
          subjectPersonId: g.personId,
          after: { reason },
        });
        return view(trx, actor, id, false);
      });
    },

    /**
     * Draft goals for a whole team from the standard (job role target, else org unit target):
     * one per direct report who has a standard and no open goal on that indicator in the period.
     */
    /**
     * Goals on the calendar (a daily job; safe to run any number of times): an agreed goal becomes
     * active on its start date, and after its end an open goal waits for its outcome — the
     * supervisor is told and confirms achieved or missed. "Today" is each person's own zone.
     */
    async runCalendar(): Promise<{ activated: number; awaitingOutcome: number }> {
      const actor = systemActor('goal calendar');
      const zones = await goalsRepository(db).timezones();
      let activated = 0;
      let awaitingOutcome = 0;
      for (const { timezone } of zones) {
        const day = localDate(clock.now(), isTimeZone(timezone) ? timezone : calendar.zone);
        await db.transaction().execute(async (trx) => {
          const now = clock.now();
          const started = await goalsRepository(trx).activateStarted(timezone, day, now);
          for (const g of started) {
            await audit.record(trx, actor, {
              action: 'goal.activated',
              entityType: 'goal',
              entityId: g.id,
              subjectPersonId: g.personId,
              before: { status: 'agreed' },
              after: { status: 'active' },
            });
          }
          const ended = await goalsRepository(trx).awaitOutcomeOfEnded(timezone, day, now);
          for (const g of ended) {
            await notifyOther(trx, g, 'staff', 'goal.awaiting_outcome');
            await audit.record(trx, actor, {
              action: 'goal.awaiting_outcome',
              entityType: 'goal',
              entityId: g.id,
              subjectPersonId: g.personId,
              after: { status: 'awaiting_outcome' },
            });
          }
          activated += started.length;
          awaitingOutcome += ended.length;
        });
      }
      return { activated, awaitingOutcome };
    },

    async teamFromStandard(actor: Actor, body: TeamGoalsFromStandardBody): Promise<TeamGoalsResult> {
      const managerId = body.managerPersonId ?? actor.personId;
      if (!managerId) {
        throw Invalid('validation', 'Name the team by its manager.', [
          { path: '/managerPersonId', message: 'required' },
        ]);
      }
      if (managerId !== actor.personId) {
        enforce(mayWorkOnGoals(actor, await access.relationTo(actor, managerId), 'person.not_found'));
      }
      // Someone who sees everyone may work on anyone's goals: a manager that does not exist is 404 too.
      if (!(await goalsRepository(db).findPerson(managerId))) {
        throw NotFound('person.not_found');
      }
      if (body.periodEnd < body.periodStart) {
        throw Invalid('validation', 'The period ends before it starts.', [
          { path: '/periodEnd', message: 'before periodStart' },
        ]);
      }
      return db.transaction().execute(async (trx) => {
        const ind = await requireIndicator(trx, body.indicatorId);
        const team = await goalsRepository(trx).activeDirectReports(managerId);
        const created: TeamGoalsResult['created'] = [];
        const skipped: TeamGoalsResult['skipped'] = [];
        for (const { id: personId } of team) {
          const std = await targetRepository(trx).forPerson(personId, ind.id, body.periodStart);
          const target = std ? (body.useStretch && std.stretch !== null ? std.stretch : std.standard) : null;
          if (target === null) {
            skipped.push({ personId, reason: 'no_standard' });
            continue;
          }
          const existing = await goalsRepository(trx).openGoalOverlapping(
            personId,
            ind.id,
            body.periodStart,
            body.periodEnd,
          );
          if (existing) {
            skipped.push({ personId, reason: 'exists' });
            continue;
          }
          const b = await baselineOf(trx, personId, ind, body.periodStart, body.periodEnd);
          const now = clock.now();
          const { id } = await goalsRepository(trx).insert({
            personId,
            kind: 'indicator',
            title: `${ind.nameEn}: ${target}`,
            description: `Reach the ${body.useStretch ? 'stretch' : 'standard'} target for ${ind.nameEn} (${ind.formula}).`,
            indicatorId: ind.id,
            successCriteria: null,
            policyId: ind.policyId,
            baseline: b.value,
            baselineSample: b.sample,
            target,
            periodStart: body.periodStart,
            periodEnd: body.periodEnd,
            weight: body.weight ?? 0,
            ...draftState(actor.userId, now),
          });
          await audit.record(trx, actor, {
            action: 'goal.created',
            entityType: 'goal',
            entityId: id,
            subjectPersonId: personId,
            after: { fromStandard: true, target },
          });
          created.push({ goalId: id, personId, target });
        }
        return { created, skipped };
      });
    },
  };
}
export type GoalsService = ReturnType<typeof createGoalsService>;
