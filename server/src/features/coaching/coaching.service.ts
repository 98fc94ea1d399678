import type { Kysely } from 'kysely';
import type {
  CancelCoachingBody,
  CoachingEffect,
  CoachingPlan,
  CoachingQuery,
  CoachingSessionBody,
  CompleteCoachingBody,
  CreateCoachingBody,
  EffectQuery,
  UpdateCoachingBody,
  CoachingActionInput,
} from '@frontline/contract';
import type { DB, IndicatorRow } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import { onlyPerson } from '../../access/scope.js';
import { enforce, seenRelation } from '../../access/policy.js';
import { Invalid, NotFound, type ErrorIssue } from '../../lib/errors.js';
import type { FeatureDeps } from '../feature-deps.js';
import { addDays } from '../../lib/calendar.js';
import { indicatorRepository } from '../indicators/indicators.repository.js';
import { interval, type GroupSums } from '../../lib/stats/figures.js';
import { coachingRepository, type WindowSums } from './coaching.repository.js';
import { differenceInDifferences, varianceFromInterval } from './effect-math.js';
import { coachingAbilities, decideCoaching, mayCoach, type CoachingAction } from './coaching.policy.js';
import { mayManagePlan } from '../improvement-plans/improvement-plans.policy.js';

type PlanRow = NonNullable<Awaited<ReturnType<ReturnType<typeof coachingRepository>['findById']>>>;

/** The smallest comparison group the effect is computed on. */
export const MIN_COMPARISON = 3;

const fmt = (x: number | null, decimals: number) => (x === null ? '—' : x.toFixed(decimals));

/** "CSAT 77.7% (n 112, 69.1–84.4) vs standard 90%" from a person's figure. */
export function gapText(
  ind: { code: string; unit: string; decimals: number },
  f: { value: number | null; low: number | null; high: number | null; sample: number; target: number | null },
): string {
  const u = ind.unit === 'percent' ? '%' : '';
  if (f.value === null) return `${ind.code}: no data in the last 4 weeks`;
  const iv =
    f.low !== null && f.high !== null ? `, ${fmt(f.low, ind.decimals)}–${fmt(f.high, ind.decimals)}` : '';
  const std = f.target === null ? 'no standard set' : `standard ${fmt(f.target, ind.decimals)}${u}`;
  return `${ind.code} ${fmt(f.value, ind.decimals)}${u} (n ${f.sample}${iv}) vs ${std}`;
}

const toGroup = (w: WindowSums | undefined): GroupSums =>
  w ? { num: w.num, den: w.den, sq: w.sq, n: w.n } : { num: 0, den: 0, sq: 0, n: 0 };

/**
 * Coaching plans (GROW) for a person, started from a "needs attention" entry or by hand, with
 * sessions, agreed actions (action_item rows) and a follow-up date; active → completed | cancelled.
 * The coach side (coaching.manage, person in scope, not oneself) edits; the person reads everything
 * (there are no private coaching fields). The effect compares the person with uncoached peers.
 */
export function createCoachingService(deps: FeatureDeps) {
  const { db, access, audit, clock, calendar, notifications, monitoring } = deps;
  const today = () => calendar.today();

  async function requireIndicator(trx: Kysely<DB>, id: string): Promise<IndicatorRow> {
    const row = await indicatorRepository(trx).findById(id);
    if (!row || !row.active) {
      throw Invalid('coaching.focus_required', 'The focus indicator is not an active indicator.', [
        { path: '/focusIndicatorId', message: 'not found' },
      ]);
    }
    return row;
  }

  function checkDates(startedOn: string, followUpOn: string | null | undefined) {
    if (followUpOn && followUpOn < startedOn) {
      throw Invalid('validation', 'The follow-up date is before the plan starts.', [
        { path: '/followUpOn', message: 'before startedOn' },
      ]);
    }
  }

  async function addActions(
    trx: Kysely<DB>,
    actor: Actor,
    plan: { id: string; personId: string; coachPersonId: string | null },
    actions: readonly CoachingActionInput[],
  ): Promise<string[]> {
    const allowed = new Set([plan.personId, plan.coachPersonId, actor.personId].filter((x) => x !== null));
    const issues: ErrorIssue[] = [];
    actions.forEach((a, i) => {
      if (a.ownerPersonId && !allowed.has(a.ownerPersonId)) {
        issues.push({ path: `/actions/${i}/ownerPersonId`, message: 'the person or the coach' });
      }
    });
    if (issues.length) throw Invalid('validation', 'An action belongs to the person or the coach.', issues);
    const ids: string[] = [];
    for (const a of actions) {
      const { id } = await coachingRepository(trx).insertAction({
        personId: plan.personId,
        coachingPlanId: plan.id,
        checkinId: null,
        ownerPersonId: a.ownerPersonId ?? plan.personId,
        title: a.title,
        dueOn: a.dueOn ?? null,
        doneAt: null,
        createdBy: actor.userId,
      });
      ids.push(id);
    }
    return ids;
  }

  async function view(trx: Kysely<DB>, actor: Actor, id: string, full: boolean): Promise<CoachingPlan> {
    const r = await coachingRepository(trx).findById(id);
    if (!r) throw NotFound('coaching.not_found');
    return toView(trx, actor, r, full);
  }

  async function toView(trx: Kysely<DB>, actor: Actor, r: PlanRow, full: boolean): Promise<CoachingPlan> {
    const repo = coachingRepository(trx);
    const [sessions, actions] = full
      ? await Promise.all([repo.sessions(r.id), repo.actions(r.id)])
      : [[], []];
    const now = today();
    return {
      id: r.id,
      personId: r.personId,
      personName: r.personName,
      coachPersonId: r.coachPersonId,
      coachName: r.coachName,
      origin: r.origin,
      focusIndicatorId: r.focusIndicatorId,
      focusIndicatorCode: r.focusIndicatorCode,
      focusSkill: r.focusSkill,
      gap: r.gap,
      growGoal: r.growGoal,
      growReality: r.growReality,
      growOptions: r.growOptions,
      growWill: r.growWill,
      status: r.status,
      startedOn: r.startedOn,
      followUpOn: r.followUpOn,
      endedOn: r.endedOn,
      outcome: r.outcome,
      outcomeRating: r.outcomeRating,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      sessions: sessions.map((s) => ({
        id: s.id,
        heldOn: s.heldOn,
        notes: s.notes,
        nextSteps: s.nextSteps,
        createdAt: s.createdAt.toISOString(),
      })),
      actions: actions.map((a) => ({
        id: a.id,
        title: a.title,
        ownerPersonId: a.ownerPersonId,
        ownerName: a.ownerName,
        dueOn: a.dueOn,
        doneAt: a.doneAt?.toISOString() ?? null,
        overdue: a.doneAt === null && a.dueOn !== null && a.dueOn < now,
      })),
      // toView is only reached for a plan the actor sees (read through scope, or checked).
      abilities: {
        ...coachingAbilities(actor, r, seenRelation(actor, r.personId)),
        startImprovementPlan: mayManagePlan(actor, seenRelation(actor, r.personId), 'person.not_found').ok,
      },
    };
  }

  /** Locks the plan, then the policy's guard for the action: 404 outside scope, 403, 409. */
  async function forChange(trx: Kysely<DB>, actor: Actor, id: string, action: CoachingAction) {
    const plan = await coachingRepository(trx).forUpdate(id);
    if (!plan) throw NotFound('coaching.not_found');
    enforce(decideCoaching(actor, plan, await access.bind(trx).relationTo(actor, plan.personId), action));
    return plan;
  }

  async function notifyPerson(trx: Kysely<DB>, personId: string, kind: string, planId: string, data = {}) {
    await notifications.notify(trx, await coachingRepository(trx).userOf(personId), {
      kind,
      entityType: 'coaching_plan',
      entityId: planId,
      data,
    });
  }

  /** The gap in words from the person's figure over the last four weeks (the attention queue's window). */
  async function prefillGap(actor: Actor, personId: string, ind: IndicatorRow): Promise<string> {
    const to = today();
    const dash = await monitoring.person(actor, personId, { from: addDays(to, -27), to, grain: 'week' });
    const row = dash.indicators.find((x) => x.indicator.id === ind.id);
    const f = row?.figure ?? { value: null, low: null, high: null, sample: 0, target: null };
    return gapText(ind, f);
  }

  return {
    async list(actor: Actor, q: CoachingQuery): Promise<CoachingPlan[]> {
      const repo = coachingRepository(db);
      let rows: PlanRow[];
      if (q.personId) {
        await access.requirePerson(actor, q.personId);
        rows = await repo.list({ scope: onlyPerson(q.personId), status: q.status });
      } else if (q.scope === 'mine') {
        rows = await repo.list({ scope: onlyPerson(actor.personId), status: q.status });
      } else {
        rows = await repo.list({
          scope: q.scope === 'team' ? access.teamScope(actor) : access.scope(actor),
          status: q.status,
          excludePersonId: q.scope === 'team' ? actor.personId : null,
        });
      }
      return Promise.all(rows.map((r) => toView(db, actor, r, false)));
    },

    async get(actor: Actor, id: string): Promise<CoachingPlan> {
      const r = await coachingRepository(db).findById(id);
      if (!r || !(await access.canSeePerson(actor, r.personId))) throw NotFound('coaching.not_found');
      if (r.personId !== actor.personId) {
        await audit.record(db, actor, {
          action: 'coaching.viewed',
          entityType: 'coaching_plan',
          entityId: id,
          subjectPersonId: r.personId,
        });
      }
      return toView(db, actor, r, true);
    },

    async create(actor: Actor, body: CreateCoachingBody): Promise<CoachingPlan> {
      enforce(mayCoach(actor, await access.relationTo(actor, body.personId), 'person.not_found'));
      const focusIndicatorId = body.focusIndicatorId ?? null;
      const focusSkill = body.focusSkill?.trim() || null;
      if (body.origin === 'needs_attention' ? !focusIndicatorId : !focusIndicatorId && !focusSkill) {
        throw Invalid('coaching.focus_required', 'Name the indicator or skill the coaching is about.', [
          { path: '/focusIndicatorId', message: 'required' },
        ]);
      }
      const startedOn = body.startedOn ?? today();
      checkDates(startedOn, body.followUpOn);
      const ind = focusIndicatorId ? await requireIndicator(db, focusIndicatorId) : null;
      const gap =
        body.gap ??
        (ind && body.origin === 'needs_attention' ? await prefillGap(actor, body.personId, ind) : '');
      return db.transaction().execute(async (trx) => {
        const now = clock.now();
        const { id } = await coachingRepository(trx).insert({
          personId: body.personId,
          coachPersonId: actor.personId,
          origin: body.origin,
          focusIndicatorId,
          focusSkill,
          gap,
          growGoal: body.growGoal ?? '',
          growReality: body.growReality ?? '',
          growOptions: body.growOptions ?? '',
          growWill: body.growWill ?? '',
          status: 'active',
          startedOn,
          followUpOn: body.followUpOn ?? null,
          endedOn: null,
          outcome: null,
          outcomeRating: null,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await addActions(
          trx,
          actor,
          { id, personId: body.personId, coachPersonId: actor.personId },
          body.actions ?? [],
        );
        const plan = await view(trx, actor, id, true);
        await notifyPerson(trx, body.personId, 'coaching.started', id, {
          focus: ind?.code ?? focusSkill,
        });
        await audit.record(trx, actor, {
          action: 'coaching.created',
          entityType: 'coaching_plan',
          entityId: id,
          subjectPersonId: body.personId,
          after: plan,
        });
        return plan;
      });
    },

    async update(actor: Actor, id: string, body: UpdateCoachingBody): Promise<CoachingPlan> {
      return db.transaction().execute(async (trx) => {
        const plan = await forChange(trx, actor, id, 'edit');
        const { addActions: newActions, doneActionIds, ...fields } = body;
        if (fields.focusSkill === null && !plan.focusIndicatorId) {
          throw Invalid('coaching.focus_required', 'A plan without a focus indicator needs a skill.', [
            { path: '/focusSkill', message: 'required' },
          ]);
        }
        checkDates(plan.startedOn, fields.followUpOn);
        const now = clock.now();
        const repo = coachingRepository(trx);
        if (Object.keys(fields).length) await repo.update(id, { ...fields, updatedAt: now });
        const added = newActions?.length ? await addActions(trx, actor, plan, newActions) : [];
        const done = doneActionIds?.length
          ? (await repo.markActionsDone(id, doneActionIds, now)).map((r) => r.id)
          : [];
        const before: Record<string, unknown> = {};
        for (const k of Object.keys(fields) as (keyof typeof fields)[]) before[k] = plan[k];
        await audit.record(trx, actor, {
          action: 'coaching.updated',
          entityType: 'coaching_plan',
          entityId: id,
          subjectPersonId: plan.personId,
          before,
          after: { ...fields, addedActionIds: added, doneActionIds: done },
        });
        return view(trx, actor, id, true);
      });
    },

    async addSession(actor: Actor, id: string, body: CoachingSessionBody): Promise<CoachingPlan> {
      return db.transaction().execute(async (trx) => {
        const plan = await forChange(trx, actor, id, 'addSession');
        if (body.heldOn < plan.startedOn) {
          throw Invalid('validation', 'The session is before the plan started.', [
            { path: '/heldOn', message: 'before startedOn' },
          ]);
        }
        const repo = coachingRepository(trx);
        const s = await repo.insertSession({
          planId: id,
          heldOn: body.heldOn,
          notes: body.notes,
          nextSteps: body.nextSteps ?? '',
          createdBy: actor.userId,
        });
        if (body.followUpOn !== undefined) {
          checkDates(plan.startedOn, body.followUpOn);
          await repo.update(id, { followUpOn: body.followUpOn, updatedAt: clock.now() });
        } else {
          await repo.update(id, { updatedAt: clock.now() });
        }
        await notifyPerson(trx, plan.personId, 'coaching.session_added', id, { heldOn: body.heldOn });
        await audit.record(trx, actor, {
          action: 'coaching.session_added',
          entityType: 'coaching_plan',
          entityId: id,
          subjectPersonId: plan.personId,
          after: { sessionId: s.id, heldOn: s.heldOn, notes: s.notes, nextSteps: s.nextSteps },
        });
        return view(trx, actor, id, true);
      });
    },

    async complete(actor: Actor, id: string, body: CompleteCoachingBody): Promise<CoachingPlan> {
      return db.transaction().execute(async (trx) => {
        const plan = await forChange(trx, actor, id, 'complete');
        const endedOn = body.endedOn ?? today();
        if (endedOn < plan.startedOn) {
          throw Invalid('validation', 'The plan ends before it started.', [
            { path: '/endedOn', message: 'before startedOn' },
          ]);
        }
        await coachingRepository(trx).update(id, {
          status: 'completed',
          endedOn,
          outcome: body.outcome,
          outcomeRating: body.rating,
          updatedAt: clock.now(),
        });
        await notifyPerson(trx, plan.personId, 'coaching.completed', id, { rating: body.rating });
        await audit.record(trx, actor, {
          action: 'coaching.completed',
          entityType: 'coaching_plan',
          entityId: id,
          subjectPersonId: plan.personId,
          before: { status: plan.status },
          after: { status: 'completed', endedOn, outcome: body.outcome, rating: body.rating },
        });
        return view(trx, actor, id, true);
      });
    },

    async cancel(actor: Actor, id: string, body: CancelCoachingBody): Promise<CoachingPlan> {
      return db.transaction().execute(async (trx) => {
        const plan = await forChange(trx, actor, id, 'cancel');
        const endedOn = today() < plan.startedOn ? plan.startedOn : today();
        await coachingRepository(trx).update(id, {
          status: 'cancelled',
          endedOn,
          outcome: body.reason,
          updatedAt: clock.now(),
        });
        await notifyPerson(trx, plan.personId, 'coaching.cancelled', id);
        await audit.record(trx, actor, {
          action: 'coaching.cancelled',
          entityType: 'coaching_plan',
          entityId: id,
          subjectPersonId: plan.personId,
          before: { status: plan.status },
          after: { status: 'cancelled', endedOn, reason: body.reason },
        });
        return view(trx, actor, id, true);
      });
    },

    /**
     * The measured effect on the focus indicator: the person before and after the start, against
     * similar uncoached staff over the same windows (difference in differences, see effect-math.ts).
     * before = the N weeks before started_on; after = started_on … min(ended_on or today, started_on + N weeks − 1).
     * Comparison: same job role (else, or when that gives fewer than 3, the same org unit), not coached on
     * the indicator in a plan overlapping the windows, with data in both windows. Only the group's size and
     * means are returned, never who is in it, so people outside the actor's scope are not disclosed.
     */
    async effect(actor: Actor, id: string, q: EffectQuery): Promise<CoachingEffect> {
      const plan = await coachingRepository(db).findById(id);
      if (!plan || !(await access.canSeePerson(actor, plan.personId))) throw NotFound('coaching.not_found');
      const weeks = q.weeks ?? 8;
      const span = weeks * 7;
      const start = plan.startedOn;
      const end = plan.endedOn ?? today();
      const capped = addDays(start, span - 1);
      const before = { from: addDays(start, -span), to: addDays(start, -1) };
      const after = { from: start, to: end < capped ? end : capped };
      const empty = { value: null, low: null, high: null, sample: 0 };
      const out: CoachingEffect = {
        planId: id,
        indicator: null,
        weeks,
        before,
        after,
        coached: { before: empty, after: empty },
        comparisonBasis: 'job_role',
        comparison: { k: 0, meanBefore: null, meanAfter: null, meanChange: null },
        rawChange: null,
        did: { value: null, low: null, high: null },
        verdict: 'insufficient_data',
        reason: null,
      };
      if (plan.personId !== actor.personId) {
        await audit.record(db, actor, {
          action: 'coaching.effect_viewed',
          entityType: 'coaching_plan',
          entityId: id,
          subjectPersonId: plan.personId,
          after: { weeks },
        });
      }
      if (!plan.focusIndicatorId) return { ...out, reason: 'no_focus_indicator' };
      const ind = await indicatorRepository(db).findById(plan.focusIndicatorId);
      if (!ind) return { ...out, reason: 'no_focus_indicator' };
      out.indicator = {
        id: ind.id,
        code: ind.code,
        nameEn: ind.nameEn,
        nameZh: ind.nameZh,
        direction: ind.direction,
        decimals: ind.decimals,
      };
      if (after.to < after.from) return { ...out, reason: 'not_started' };

      const repo = coachingRepository(db);
      const [mineB, mineA] = await Promise.all([
        repo.windowSums([plan.personId], ind.id, before.from, before.to),
        repo.windowSums([plan.personId], ind.id, after.from, after.to),
      ]);
      const cb = interval(ind.aggregation, toGroup(mineB[0]), ind.scale, { unit: ind.unit });
      const ca = interval(ind.aggregation, toGroup(mineA[0]), ind.scale, { unit: ind.unit });
      out.coached = {
        before: { value: cb.value, low: cb.low, high: cb.high, sample: cb.sampleSize },
        after: { value: ca.value, low: ca.low, high: ca.high, sample: ca.sampleSize },
      };
      if (cb.value !== null && ca.value !== null) out.rawChange = ca.value - cb.value;

      const person = await repo.personInfo(plan.personId);
      const bases: { by: 'job_role' | 'org_unit'; value: string }[] = [];
      if (person?.jobRoleId) bases.push({ by: 'job_role', value: person.jobRoleId });
      if (person?.orgUnitId) bases.push({ by: 'org_unit', value: person.orgUnitId });
      let changes: { before: number; after: number }[] = [];
      for (const b of bases) {
        const ids = await repo.comparisonCandidates({
          personId: plan.personId,
          by: b.by,
          value: b.value,
          indicatorId: ind.id,
          from: before.from,
          to: after.to,
        });
        const [sb, sa] = await Promise.all([
          repo.windowSums(ids, ind.id, before.from, before.to),
          repo.windowSums(ids, ind.id, after.from, after.to),
        ]);
        const afterBy = new Map(sa.map((r) => [r.personId, r]));
        const found: { before: number; after: number }[] = [];
        for (const r of sb) {
          const a = afterBy.get(r.personId);
          if (r.den > 0 && a && a.den > 0) {
            found.push({ before: (r.num / r.den) * ind.scale, after: (a.num / a.den) * ind.scale });
          }
        }
        out.comparisonBasis = b.by;
        changes = found;
        if (found.length >= MIN_COMPARISON) break;
      }
      const k = changes.length;
      if (k > 0) {
        const meanBefore = changes.reduce((s, c) => s + c.before, 0) / k;
        const meanAfter = changes.reduce((s, c) => s + c.after, 0) / k;
        out.comparison = { k, meanBefore, meanAfter, meanChange: meanAfter - meanBefore };
      }
      const vb = varianceFromInterval(cb.low, cb.high);
      const va = varianceFromInterval(ca.low, ca.high);
      if (cb.value === null || vb === null) return { ...out, reason: 'no_data_before' };
      if (ca.value === null || va === null) return { ...out, reason: 'no_data_after' };
      if (k < MIN_COMPARISON) return { ...out, reason: 'comparison_too_small' };
      const d = differenceInDifferences({
        before: { value: cb.value, variance: vb },
        after: { value: ca.value, variance: va },
        changes: changes.map((c) => c.after - c.before),
        direction: ind.direction,
      });
      return { ...out, did: { value: d.did, low: d.low, high: d.high }, verdict: d.verdict };
    },
  };
}
export type CoachingService = ReturnType<typeof createCoachingService>;
