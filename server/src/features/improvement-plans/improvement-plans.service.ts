import type { Kysely } from 'kysely';
import type {
  CloseImprovementPlanBody,
  CreateImprovementPlanBody,
  ExtendImprovementPlanBody,
  ImprovementPlan,
  ImprovementPlanQuery,
  ImprovementReviewBody,
  ObjectiveProgress,
  SignOffImprovementPlanBody,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import { onlyPerson } from '../../access/scope.js';
import { enforce, seenRelation } from '../../access/policy.js';
import { Conflict, Invalid, NotFound, type ErrorIssue } from '../../lib/errors.js';
import { json } from '../../db/json.js';
import { zonedInstant } from '../../lib/calendar.js';
import type { FeatureDeps } from '../feature-deps.js';
import { createCheckinsService } from '../checkins/checkins.service.js';
import { improvementPlansRepository } from './improvement-plans.repository.js';
import { decidePlan, mayManagePlan, planAbilities, type PlanAction } from './improvement-plans.policy.js';
import { objectiveVerdict } from './improvement-plans.progress.js';
import type { PlanStep } from './improvement-plans.states.js';

type PlanRow = NonNullable<Awaited<ReturnType<ReturnType<typeof improvementPlansRepository>['findById']>>>;

/** The local time a review date's check-in is put on the calendar. */
export const REVIEW_TIME = '10:00';
const ENTITY = 'improvement_plan';

/**
 * Performance improvement plans: started from Needs attention, a coaching plan that did not help,
 * a review or by hand; objectives each with a measure; the support offered; review dates as
 * check-ins on the person's calendar; the person's acknowledgement; reviews whose indicator progress
 * comes from the monitoring figures (ratio of sums, n, 95% interval); one extension; an outcome
 * proposed by the leader side and signed off by HR. Seen only by the person, their reporting line
 * and HR (improvement-plans.policy.ts).
 */
export function createImprovementPlansService(deps: FeatureDeps) {
  const { db, access, audit, clock, calendar, notifications, monitoring } = deps;
  const checkins = createCheckinsService(deps);

  async function toView(trx: Kysely<DB>, actor: Actor, r: PlanRow, full: boolean): Promise<ImprovementPlan> {
    const repo = improvementPlansRepository(trx);
    const [objectives, checkpoints] = full
      ? await Promise.all([repo.objectives(r.id), repo.checkpoints(r.id)])
      : [[], []];
    return {
      id: r.id,
      personId: r.personId,
      personName: r.personName,
      sourceKind: r.sourceKind,
      sourceId: r.sourceId,
      reason: r.reason,
      status: r.status,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      originalEndsOn: r.originalEndsOn,
      extensionReason: r.extensionReason,
      support: r.support,
      acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
      proposedOutcome: r.proposedOutcome,
      outcomeNote: r.outcomeNote,
      signedOffAt: r.signedOffAt?.toISOString() ?? null,
      signedOffByName: r.signedOffByName,
      signOffNote: r.signOffNote,
      createdByName: r.createdByName,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      objectives: objectives.map((o) => ({
        id: o.id,
        position: o.position,
        kind: o.kind,
        description: o.description,
        indicatorId: o.indicatorId,
        indicatorCode: o.indicatorCode,
        indicatorNameEn: o.indicatorNameEn,
        indicatorNameZh: o.indicatorNameZh,
        unit: o.unit,
        decimals: o.decimals,
        target: o.target,
        successCriteria: o.successCriteria,
      })),
      checkpoints: checkpoints.map((c) => ({
        id: c.id,
        dueOn: c.dueOn,
        checkinId: c.checkinId,
        reviewedAt: c.reviewedAt?.toISOString() ?? null,
        reviewerName: c.reviewerName,
        notes: c.notes,
        progress: c.progress,
      })),
      // toView is only reached for a plan the actor sees (read through scope, or checked).
      abilities: planAbilities(actor, r, seenRelation(actor, r.personId)),
    };
  }

  async function view(trx: Kysely<DB>, actor: Actor, id: string): Promise<ImprovementPlan> {
    const r = await improvementPlansRepository(trx).findById(id);
    if (!r) throw NotFound('improvement_plans.not_found');
    return toView(trx, actor, r, true);
  }

  /** Locks the plan, then the policy's guard for the action: 404 outside scope, 403, 409. */
  async function forChange(trx: Kysely<DB>, actor: Actor, id: string, action: PlanAction) {
    const plan = await improvementPlansRepository(trx).forUpdate(id);
    if (!plan) throw NotFound('improvement_plans.not_found');
    enforce(decidePlan(actor, plan, await access.bind(trx).relationTo(actor, plan.personId), action));
    return plan;
  }

  /** Applies a step in the UPDATE; a plan that moved meanwhile answers 409. */
  async function step(
    trx: Kysely<DB>,
    id: string,
    s: PlanStep,
    patch: Parameters<ReturnType<typeof improvementPlansRepository>['transition']>[2],
  ) {
    if (!(await improvementPlansRepository(trx).transition(id, s, { ...patch, updatedAt: clock.now() }))) {
      throw Conflict('improvement_plans.invalid_state', 'The plan changed meanwhile; reload it.');
    }
  }

  async function notifyPerson(trx: Kysely<DB>, personId: string, kind: string, planId: string, data = {}) {
    await notifications.notify(trx, await improvementPlansRepository(trx).userOf(personId), {
      kind,
      entityType: ENTITY,
      entityId: planId,
      data,
    });
  }

  async function notifyHr(trx: Kysely<DB>, kind: string, planId: string, data: Record<string, unknown>) {
    for (const userId of await improvementPlansRepository(trx).hrUsers()) {
      await notifications.notify(trx, userId, { kind, entityType: ENTITY, entityId: planId, data });
    }
  }

  /** The input's checks, each with a typed code; nothing is written before they pass. */
  async function checkCreate(body: CreateImprovementPlanBody, startsOn: string) {
    if (body.endsOn < startsOn) {
      throw Invalid('improvement_plans.end_before_start', 'The plan ends before it starts.', [
        { path: '/endsOn', message: 'before startsOn' },
      ]);
    }
    const repo = improvementPlansRepository(db);
    for (const [i, o] of body.objectives.entries()) {
      const path = `/objectives/${i}`;
      if (o.kind === 'indicator') {
        if (!o.indicatorId) {
          throw Invalid(
            'improvement_plans.objective_without_measure',
            'An indicator objective names its indicator.',
            [{ path: `${path}/indicatorId`, message: 'required' }],
          );
        }
        if (o.target === undefined || o.target === null) {
          throw Invalid('improvement_plans.target_required', 'An indicator objective needs a target.', [
            { path: `${path}/target`, message: 'required' },
          ]);
        }
        const ind = await repo.indicator(o.indicatorId);
        if (!ind || !ind.active) {
          throw Invalid(
            'improvement_plans.objective_without_measure',
            'The indicator is not an active indicator.',
            [{ path: `${path}/indicatorId`, message: 'not found' }],
          );
        }
      } else if (!o.successCriteria?.trim()) {
        throw Invalid(
          'improvement_plans.objective_without_measure',
          'A behaviour objective needs its success criteria.',
          [{ path: `${path}/successCriteria`, message: 'required' }],
        );
      }
    }
    const issues: ErrorIssue[] = [];
    const seen = new Set<string>();
    body.reviewDates.forEach((d, i) => {
      if (d < startsOn || d > body.endsOn || seen.has(d)) {
        issues.push({ path: `/reviewDates/${i}`, message: seen.has(d) ? 'repeated' : 'outside the plan' });
      }
      seen.add(d);
    });
    if (issues.length) {
      throw Invalid(
        'improvement_plans.review_date_outside',
        'Review dates fall within the plan, once each.',
        issues,
      );
    }
    if (body.sourceKind === 'coaching') {
      const c = body.sourceId ? await repo.coachingPlan(body.sourceId) : undefined;
      if (!c || c.personId !== body.personId) {
        throw Invalid('improvement_plans.source_not_found', "The coaching plan is not this person's.", [
          { path: '/sourceId', message: 'not found' },
        ]);
      }
    }
    if (body.sourceKind === 'review') {
      const r = body.sourceId ? await repo.review(body.sourceId) : undefined;
      if (!r || r.personId !== body.personId) {
        throw Invalid('improvement_plans.source_not_found', "The review is not this person's.", [
          { path: '/sourceId', message: 'not found' },
        ]);
      }
    }
  }

  /** Each objective's progress now: indicator figures from the person dashboard, behaviour from the reviewer. */
  async function progressOf(
    actor: Actor,
    plan: { personId: string; startsOn: string; endsOn: string },
    objectives: Awaited<ReturnType<ReturnType<typeof improvementPlansRepository>['objectives']>>,
    behaviour: NonNullable<ImprovementReviewBody['behaviour']>,
  ): Promise<ObjectiveProgress[]> {
    const today = await calendar.todayFor(plan.personId);
    const to = today < plan.endsOn ? today : plan.endsOn;
    const hasIndicator = objectives.some((o) => o.kind === 'indicator');
    const dash =
      hasIndicator && to >= plan.startsOn
        ? await monitoring.person(actor, plan.personId, { from: plan.startsOn, to, grain: 'month' })
        : null;
    const judged = new Map(behaviour.map((b) => [b.objectiveId, b]));
    return objectives.map((o): ObjectiveProgress => {
      if (o.kind === 'behaviour') {
        const b = judged.get(o.id);
        return {
          objectiveId: o.id,
          kind: 'behaviour',
          from: null,
          to: null,
          value: null,
          low: null,
          high: null,
          sample: 0,
          target: null,
          verdict: b?.verdict ?? 'not_yet_clear',
          evidence: b?.evidence ?? null,
        };
      }
      const row = dash?.indicators.find((x) => x.indicator.id === o.indicatorId);
      const f = row?.figure ?? { value: null, low: null, high: null, sample: 0 };
      const target = o.target ?? 0;
      return {
        objectiveId: o.id,
        kind: 'indicator',
        from: plan.startsOn,
        to: dash ? to : null,
        value: f.value,
        low: f.low,
        high: f.high,
        sample: f.sample,
        target: o.target,
        verdict: row ? objectiveVerdict(row.indicator, f, target) : 'not_yet_clear',
        evidence: null,
      };
    });
  }

  return {
    async list(actor: Actor, q: ImprovementPlanQuery): Promise<ImprovementPlan[]> {
      const repo = improvementPlansRepository(db);
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

    /** A person's plans in full, for the performance file (the caller has checked access and audits). */
    async forFile(actor: Actor, personId: string): Promise<ImprovementPlan[]> {
      await access.requirePerson(actor, personId);
      const rows = await improvementPlansRepository(db).ofPerson(personId);
      return Promise.all(rows.map((r) => toView(db, actor, r, true)));
    },

    async get(actor: Actor, id: string): Promise<ImprovementPlan> {
      const r = await improvementPlansRepository(db).findById(id);
      if (!r || !(await access.canSeePerson(actor, r.personId))) {
        throw NotFound('improvement_plans.not_found');
      }
      if (r.personId !== actor.personId) {
        await audit.record(db, actor, {
          action: 'improvement_plan.viewed',
          entityType: ENTITY,
          entityId: id,
          subjectPersonId: r.personId,
        });
      }
      return toView(db, actor, r, true);
    },

    async create(actor: Actor, body: CreateImprovementPlanBody): Promise<ImprovementPlan> {
      enforce(mayManagePlan(actor, await access.relationTo(actor, body.personId), 'person.not_found'));
      const startsOn = body.startsOn ?? (await calendar.todayFor(body.personId));
      await checkCreate(body, startsOn);
      return db.transaction().execute(async (trx) => {
        const repo = improvementPlansRepository(trx);
        const { id } = await repo.insert({
          personId: body.personId,
          sourceKind: body.sourceKind,
          sourceId: body.sourceId ?? null,
          reason: body.reason,
          status: 'draft',
          startsOn,
          endsOn: body.endsOn,
          originalEndsOn: null,
          extensionReason: null,
          support: json(body.support),
          acknowledgedAt: null,
          proposedOutcome: null,
          outcomeNote: null,
          proposedBy: null,
          signedOffAt: null,
          signedOffBy: null,
          signOffNote: null,
          createdBy: actor.userId,
        });
        await repo.insertObjectives(
          body.objectives.map((o, i) => ({
            planId: id,
            position: i + 1,
            kind: o.kind,
            description: o.description,
            indicatorId: o.kind === 'indicator' ? (o.indicatorId ?? null) : null,
            target: o.kind === 'indicator' ? (o.target ?? null) : null,
            successCriteria: o.kind === 'behaviour' ? (o.successCriteria?.trim() ?? null) : null,
          })),
        );
        const zone = await calendar.zoneOf(body.personId, trx);
        for (const dueOn of [...new Set(body.reviewDates)].sort()) {
          const checkinId = await checkins.scheduleWithin(trx, actor, {
            personId: body.personId,
            scheduledAt: zonedInstant(dueOn, REVIEW_TIME, zone),
            sharedNotes: 'Improvement plan review · 改善計劃檢討',
          });
          await repo.insertCheckpoint({ planId: id, dueOn, checkinId });
        }
        const plan = await view(trx, actor, id);
        await notifyPerson(trx, body.personId, 'improvement_plan.acknowledge_requested', id, {
          personId: body.personId,
        });
        await notifyHr(trx, 'improvement_plan.started', id, { personName: plan.personName });
        await audit.record(trx, actor, {
          action: 'improvement_plan.created',
          entityType: ENTITY,
          entityId: id,
          subjectPersonId: body.personId,
          after: plan,
        });
        return plan;
      });
    },

    async acknowledge(actor: Actor, id: string): Promise<ImprovementPlan> {
      return db.transaction().execute(async (trx) => {
        const plan = await forChange(trx, actor, id, 'acknowledge');
        const at = clock.now();
        await step(trx, id, 'acknowledge', { acknowledgedAt: at });
        await audit.record(trx, actor, {
          action: 'improvement_plan.acknowledged',
          entityType: ENTITY,
          entityId: id,
          subjectPersonId: plan.personId,
          before: { status: plan.status },
          after: { status: 'active', acknowledgedAt: at.toISOString() },
        });
        return view(trx, actor, id);
      });
    },

    async review(actor: Actor, id: string, body: ImprovementReviewBody): Promise<ImprovementPlan> {
      // Figures first (they read outside the transaction); the checks are repeated under the lock.
      const pre = await improvementPlansRepository(db).findById(id);
      if (!pre) throw NotFound('improvement_plans.not_found');
      enforce(decidePlan(actor, pre, await access.relationTo(actor, pre.personId), 'review'));
      const objectives = await improvementPlansRepository(db).objectives(id);
      const behaviour = body.behaviour ?? [];
      const ids = new Set(objectives.filter((o) => o.kind === 'behaviour').map((o) => o.id));
      const issues: ErrorIssue[] = [];
      behaviour.forEach((b, i) => {
        if (!ids.has(b.objectiveId)) {
          issues.push({
            path: `/behaviour/${i}/objectiveId`,
            message: 'not a behaviour objective of this plan',
          });
        }
      });
      const judged = new Set(behaviour.map((b) => b.objectiveId));
      for (const o of objectives) {
        if (o.kind === 'behaviour' && !judged.has(o.id)) {
          issues.push({ path: '/behaviour', message: `objective ${o.position} needs its evidence` });
        }
      }
      if (issues.length) {
        throw Invalid('validation', 'Each behaviour objective is judged once, with evidence.', issues);
      }
      const progress = await progressOf(actor, pre, objectives, behaviour);
      return db.transaction().execute(async (trx) => {
        const plan = await forChange(trx, actor, id, 'review');
        const repo = improvementPlansRepository(trx);
        const cp = await repo.checkpointForUpdate(id, body.checkpointId);
        if (!cp) throw NotFound('improvement_plans.not_found', 'No such review date on this plan.');
        if (cp.reviewedAt) {
          throw Conflict('improvement_plans.already_reviewed', 'This review date has its review already.');
        }
        const at = clock.now();
        await repo.updateCheckpoint(cp.id, {
          reviewedAt: at,
          reviewedBy: actor.userId,
          notes: body.notes,
          progress: json(progress),
        });
        await improvementPlansRepository(trx).update(id, { updatedAt: at });
        await notifyPerson(trx, plan.personId, 'improvement_plan.reviewed', id, { dueOn: cp.dueOn });
        await audit.record(trx, actor, {
          action: 'improvement_plan.reviewed',
          entityType: ENTITY,
          entityId: id,
          subjectPersonId: plan.personId,
          after: { checkpointId: cp.id, dueOn: cp.dueOn, notes: body.notes, progress },
        });
        return view(trx, actor, id);
      });
    },

    async extend(actor: Actor, id: string, body: ExtendImprovementPlanBody): Promise<ImprovementPlan> {
      return db.transaction().execute(async (trx) => {
        const plan = await forChange(trx, actor, id, 'extend');
        if (body.endsOn <= plan.endsOn) {
          throw Invalid('improvement_plans.end_before_start', 'The new end date is after the current one.', [
            { path: '/endsOn', message: `after ${plan.endsOn}` },
          ]);
        }
        await step(trx, id, 'extend', {
          originalEndsOn: plan.endsOn,
          endsOn: body.endsOn,
          extensionReason: body.reason,
        });
        await notifyPerson(trx, plan.personId, 'improvement_plan.extended', id, { endsOn: body.endsOn });
        await audit.record(trx, actor, {
          action: 'improvement_plan.extended',
          entityType: ENTITY,
          entityId: id,
          subjectPersonId: plan.personId,
          before: { status: plan.status, endsOn: plan.endsOn },
          after: { status: 'extended', endsOn: body.endsOn, reason: body.reason },
        });
        return view(trx, actor, id);
      });
    },

    async close(actor: Actor, id: string, body: CloseImprovementPlanBody): Promise<ImprovementPlan> {
      return db.transaction().execute(async (trx) => {
        const plan = await forChange(trx, actor, id, 'close');
        await step(trx, id, 'close', {
          proposedOutcome: body.outcome,
          outcomeNote: body.note,
          proposedBy: actor.userId,
        });
        const v = await view(trx, actor, id);
        await notifyHr(trx, 'improvement_plan.sign_off_requested', id, {
          personName: v.personName,
          outcome: body.outcome,
        });
        await audit.record(trx, actor, {
          action: 'improvement_plan.outcome_proposed',
          entityType: ENTITY,
          entityId: id,
          subjectPersonId: plan.personId,
          before: { status: plan.status },
          after: { status: 'awaiting_sign_off', outcome: body.outcome, note: body.note },
        });
        return v;
      });
    },

    async signOff(actor: Actor, id: string, body: SignOffImprovementPlanBody): Promise<ImprovementPlan> {
      return db.transaction().execute(async (trx) => {
        const plan = await forChange(trx, actor, id, 'signOff');
        const outcome = plan.proposedOutcome ?? 'not_met';
        const at = clock.now();
        await step(trx, id, outcome === 'completed' ? 'signOffCompleted' : 'signOffNotMet', {
          signedOffAt: at,
          signedOffBy: actor.userId,
          signOffNote: body.note ?? null,
        });
        await notifyPerson(trx, plan.personId, 'improvement_plan.closed', id, { outcome });
        await audit.record(trx, actor, {
          action: 'improvement_plan.signed_off',
          entityType: ENTITY,
          entityId: id,
          subjectPersonId: plan.personId,
          before: { status: plan.status },
          after: { status: outcome, signedOffAt: at.toISOString(), note: body.note ?? null },
        });
        return view(trx, actor, id);
      });
    },
  };
}
export type ImprovementPlansService = ReturnType<typeof createImprovementPlansService>;
