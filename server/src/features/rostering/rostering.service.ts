import type { Kysely } from 'kysely';
import { createEvents, type EventAttributes } from 'ics';
import {
  addDays,
  IDLE_ROSTER_SOLVE,
  isoWeekday,
  type CreateRosterPlanBody,
  type DemandDerivation,
  type CopyDemandBody,
  type DeriveDemandBody,
  type Duty,
  type DutyInput,
  type MyRoster,
  type MyRosterPreferences,
  type MyRosterPreferencesInput,
  type RosterPlan,
  type RosterComparison,
  type RosterPlanSummary,
  type RosterProfile,
  type RosterProfileInput,
  type RosterSolve,
  type SetAssignmentBody,
  type SetDemandBody,
  type SetSlotNeedsBody,
  type ShiftTemplate,
  type ShiftTemplateInput,
  type SolveBody,
  type RosterTaskInput,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import { enforce } from '../../access/policy.js';
import { Conflict, Invalid, NotFound } from '../../lib/errors.js';
import { json } from '../../db/json.js';
import { localDate, zoneOffsetMinutes, zonedInstant } from '../../lib/calendar.js';
import { unitTree } from '../../access/org-tree.js';
import type { FeatureContext } from '../feature.js';
import { rosteringRepository } from './rostering.repository.js';
import { mayChangePlan, mayManagePlan, mayReadProfile, maySetProfile } from './rostering.policy.js';
import {
  coverage,
  slotCoverage,
  type PlanSlotNeed,
  assignTasks,
  fromRoster,
  outcomeStanding,
  paidMinutes,
  personFigures,
  round2,
  shiftLength,
  toRoster,
  toSolverModel,
  unpopularShifts,
  derivedSkills,
  effectiveSkills,
  type DerivedSkillOf,
  type QualificationRecords,
  warningParams,
  type PlanAssignment,
  type PlanDemand,
  type PlanInput,
  type KeptTime,
  COACHING_FOLLOW_UP_MINUTES,
  type PlanPerson,
} from './rostering.model.js';
import { evaluateRoster } from './solver/rules.js';
import { solveHeuristic } from './solver/heuristic.js';
import { solveRoster, type SolveResult } from './solver/solve.js';
import { DemandInputError, queueDemand, shiftRequirements, slotsFromRanges, storeDemand } from './demand.js';

const PLAN = 'roster_plan';
/** Leave's names as the plan's kept time shows them. */
const LEAVE_NAMES = {
  annual: { en: 'Annual leave', zh: '年假' },
  sick: { en: 'Sick leave', zh: '病假' },
  training: { en: 'Training leave', zh: '培訓假' },
  other: { en: 'Leave', zh: '假期' },
} as const;
/** A person's profile before anyone sets it: full time, 6 days at most, 11 h rest. */
const DEFAULT_PROFILE = {
  minWeekHours: 0,
  maxWeekHours: 48,
  maxConsecutiveDays: 6,
  minRestHours: 11,
  hourlyCost: 0,
  overtimePremium: 1.5,
};
/** How often a running solve writes its progress to the plan (the web polls the plan). */
const PROGRESS_EVERY_MS = 1000;

type PlanRow = NonNullable<Awaited<ReturnType<ReturnType<typeof rosteringRepository>['plan']>>>;

/**
 * Work allocation (#14): duties and shift templates per site, roster profiles, plans with demand
 * (entered or derived by Erlang C / a staffing ratio), the optimiser in a worker thread (progress,
 * cancel, gap, conflicts), manual edits checked against the same rules, publishing with
 * notifications, and My roster with its .ics file. Who may do what: rostering.policy.ts.
 *
 * Solves do not go through the import job queue (one job at a time): a solve may run for minutes in
 * its worker thread and must not hold imports back. Each running solve is kept here by plan; a plan
 * whose stored state says running but which no solve here holds (the server restarted) reads as
 * failed, with its last saved roster as it was.
 */
export function createRosteringService(ctx: FeatureContext) {
  const { db, access, audit, clock, calendar, notifications } = ctx;
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();

  // ------------------------------------------------------------ duties and shift templates

  async function dutyView(
    executor: Kysely<DB>,
    r: Awaited<ReturnType<ReturnType<typeof rosteringRepository>['duties']>>[number],
  ) {
    const codes = await rosteringRepository(executor).indicatorCodes(r.indicatorIds);
    const byId = new Map(codes.map((c) => [c.id, c.code]));
    return {
      id: r.id,
      unitId: r.unitId,
      unitName: r.unitName,
      code: r.code,
      nameEn: r.nameEn,
      nameZh: r.nameZh,
      minLevel: r.minLevel,
      standard: r.standard,
      outputs: r.outputs,
      indicatorIds: r.indicatorIds,
      indicatorCodes: r.indicatorIds.map((id) => byId.get(id) ?? ''),
      trainingCourseIds: r.trainingCourseIds,
      assessmentScorecardIds: r.assessmentScorecardIds,
      assessmentPassPercent: r.assessmentPassPercent,
    } satisfies Duty;
  }

  const shiftView = (
    s: Awaited<ReturnType<ReturnType<typeof rosteringRepository>['shiftTemplates']>>[number],
  ) =>
    ({
      id: s.id,
      unitId: s.unitId,
      code: s.code,
      nameEn: s.nameEn,
      nameZh: s.nameZh,
      startMinute: s.startMinute,
      endMinute: s.endMinute,
      breakMinutes: s.breakMinutes,
      paidMinutes: paidMinutes(s),
    }) satisfies ShiftTemplate;

  async function checkDuty(body: DutyInput, exceptId: string | null) {
    const repo = rosteringRepository(db);
    if (!(await repo.unit(body.unitId))) throw NotFound('org_unit.not_found');
    if (await repo.dutyCodeTaken(body.unitId, body.code, exceptId)) {
      throw Conflict('rostering.code_taken', 'That code is already used at this site.');
    }
    /** Every id of the list names a row that exists, or 400 at the first that does not. */
    const allExist = async (
      field: 'indicatorIds' | 'trainingCourseIds' | 'assessmentScorecardIds',
      ids: string[],
      found: (ids: string[]) => Promise<{ id: string }[]>,
      message: string,
    ) => {
      const known = new Set((await found(ids)).map((k) => k.id));
      const missing = ids.findIndex((id) => !known.has(id));
      if (missing >= 0) {
        throw Invalid('request.unknown_reference', message, [
          { path: `/${field}/${missing}`, message: 'not found' },
        ]);
      }
    };
    await allExist('indicatorIds', body.indicatorIds, repo.indicatorCodes, 'No such indicator.');
    await allExist('trainingCourseIds', body.trainingCourseIds ?? [], repo.courseIds, 'No such course.');
    await allExist(
      'assessmentScorecardIds',
      body.assessmentScorecardIds ?? [],
      repo.scorecards,
      'No such scorecard.',
    );
  }

  const isoDay = (at: Date) => localDate(at, calendar.zone);

  /** A duty's row as stored: its qualification lists and pass mark with their defaults. */
  const dutyRow = (body: DutyInput) => ({
    ...body,
    indicatorIds: json(body.indicatorIds),
    trainingCourseIds: json(body.trainingCourseIds ?? []),
    assessmentScorecardIds: json(body.assessmentScorecardIds ?? []),
    assessmentPassPercent: body.assessmentPassPercent ?? 80,
  });

  /** Skill levels from records (training completed, assessments passed) of people for a site's duties. */
  async function recordSkills(
    executor: Kysely<DB>,
    duties: {
      id: string;
      trainingCourseIds: string[];
      assessmentScorecardIds: string[];
      assessmentPassPercent: number;
    }[],
    personIds: string[],
    asOf: string,
  ): Promise<Map<string, DerivedSkillOf[]>> {
    const repo = rosteringRepository(executor);
    const courseIds = [...new Set(duties.flatMap((d) => d.trainingCourseIds))];
    const scorecardIds = [...new Set(duties.flatMap((d) => d.assessmentScorecardIds))];
    const [courses, scorecards] = await Promise.all([
      repo.completedCourses(personIds, courseIds),
      repo.scorecards(scorecardIds),
    ]);
    const codeOf = new Map(scorecards.map((s) => [s.id, s.code]));
    const assessments = await repo.assessments(
      personIds,
      [...new Set(codeOf.values())],
      addDays(asOf, -365),
      asOf,
    );
    const qualifications = duties.map((d) => ({
      id: d.id,
      trainingCourseIds: d.trainingCourseIds,
      assessmentScorecardCodes: d.assessmentScorecardIds.flatMap((id) => codeOf.get(id) ?? []),
      assessmentPassPercent: d.assessmentPassPercent,
    }));
    const out = new Map<string, DerivedSkillOf[]>();
    for (const personId of personIds) {
      const records: QualificationRecords = {
        courses: courses
          .filter((c) => c.personId === personId && c.completedAt !== null && isoDay(c.completedAt) <= asOf)
          .map((c) => ({ courseId: c.courseId, code: c.code, completedOn: isoDay(c.completedAt!) })),
        assessments: assessments
          .filter((a) => a.personId === personId)
          .map((a) => ({ scorecardCode: a.code, occurredOn: a.occurredOn, percent: Number(a.percent) })),
      };
      out.set(personId, derivedSkills(qualifications, records));
    }
    return out;
  }

  /**
   * Per person, the coaching and training planned inside the plan's days: courses assigned and due
   * (their duration), planned check-ins (their length, at their local time) and coaching follow-ups.
   */
  async function keptTime(trx: Kysely<DB>, personIds: string[], startsOn: string, days: number) {
    const repo = rosteringRepository(trx);
    const last = addDays(startsOn, days - 1);
    const zone = calendar.zone;
    const [courses, checkins, followUps] = await Promise.all([
      repo.trainingDue(personIds, startsOn, last),
      repo.checkinsPlanned(
        personIds,
        zonedInstant(startsOn, '00:00', zone),
        zonedInstant(addDays(startsOn, days), '00:00', zone),
      ),
      repo.coachingFollowUps(personIds, startsOn, last),
    ]);
    const out = new Map<string, KeptTime[]>();
    const add = (personId: string, k: KeptTime) => out.set(personId, [...(out.get(personId) ?? []), k]);
    for (const c of courses) {
      add(c.personId, {
        kind: 'training',
        date: c.dueOn!,
        time: null,
        minutes: Math.round(Number(c.durationHours ?? 0) * 60),
        titleEn: c.titleEn,
        titleZh: c.titleZh,
      });
    }
    for (const c of checkins) {
      const minute = Math.floor(c.scheduledAt.getTime() / 60_000) + zoneOffsetMinutes(c.scheduledAt, zone);
      add(c.personId, {
        kind: 'checkin',
        date: localDate(c.scheduledAt, zone),
        time: hhmm(((minute % 1440) + 1440) % 1440),
        minutes: c.durationMinutes,
        titleEn: null,
        titleZh: null,
      });
    }
    for (const f of followUps) {
      add(f.personId, {
        kind: 'coaching',
        date: f.followUpOn!,
        time: null,
        minutes: COACHING_FOLLOW_UP_MINUTES,
        titleEn: null,
        titleZh: null,
      });
    }
    return out;
  }

  // ------------------------------------------------------------ plans: reading

  /** Weeks of figures before a plan that its outcome term ranks people on. */
  const OUTCOME_WEEKS = 8;

  async function planInput(trx: Kysely<DB>, r: PlanRow, withOutcome = false) {
    const repo = rosteringRepository(trx);
    const [dutyRows, shiftRows, peopleRows, demand, assignments] = await Promise.all([
      repo.duties(r.unitId),
      repo.shiftTemplates(r.unitId),
      repo.planPeople(r.id),
      repo.demand(r.id),
      repo.assignments(r.id),
    ]);
    const fromRecords = await recordSkills(
      trx,
      dutyRows,
      peopleRows.map((p) => p.personId),
      r.startsOn,
    );
    const kept = await keptTime(
      trx,
      peopleRows.map((p) => p.personId),
      r.startsOn,
      r.days,
    );
    const leave = await repo.approvedLeave(
      peopleRows.map((p) => p.personId),
      r.startsOn,
      addDays(r.startsOn, r.days - 1),
    );
    const people: (PlanPerson & { userId: string | null })[] = peopleRows.map((p) => ({
      personId: p.personId,
      personName: p.personName,
      userId: p.userId,
      minWeekHours: p.minWeekHours ?? DEFAULT_PROFILE.minWeekHours,
      maxWeekHours: p.maxWeekHours ?? DEFAULT_PROFILE.maxWeekHours,
      maxConsecutiveDays: p.maxConsecutiveDays ?? DEFAULT_PROFILE.maxConsecutiveDays,
      minRestHours: p.minRestHours ?? DEFAULT_PROFILE.minRestHours,
      hourlyCost: p.hourlyCost ?? DEFAULT_PROFILE.hourlyCost,
      overtimePremium: p.overtimePremium ?? DEFAULT_PROFILE.overtimePremium,
      skills: effectiveSkills(p.skills ?? [], fromRecords.get(p.personId) ?? []),
      unavailableDays: (p.unavailableDates ?? [])
        .map((d) => dayIndex(r.startsOn, d))
        .filter((d) => d >= 0 && d < r.days),
      preferences: p.preferences ?? [],
      keptTime: kept.get(p.personId) ?? [],
    }));
    // Approved leave: its days are not available, and a working day's hours of the contract (a
    // fifth of its weekly maximum) are kept out of what is rostered for each of them.
    for (const p of people) {
      for (const l of leave.filter((x) => x.personId === p.personId)) {
        for (let day = Math.max(0, dayIndex(r.startsOn, l.startsOn)); day < r.days; day++) {
          const date = addDays(r.startsOn, day);
          if (date > l.endsOn) break;
          if (!p.unavailableDays.includes(day)) p.unavailableDays.push(day);
          p.keptTime = [
            ...(p.keptTime ?? []),
            {
              kind: 'leave',
              date,
              time: null,
              minutes: Math.round((p.maxWeekHours * 60) / 5),
              titleEn: LEAVE_NAMES[l.kind].en,
              titleZh: LEAVE_NAMES[l.kind].zh,
            },
          ];
        }
      }
      p.unavailableDays.sort((a, b) => a - b);
    }
    if (withOutcome) {
      const indicatorIds = [...new Set(dutyRows.flatMap((d) => d.indicatorIds))];
      const [figures, directions] = await Promise.all([
        repo.personTotals(
          indicatorIds,
          people.map((p) => p.personId),
          addDays(r.startsOn, -7 * OUTCOME_WEEKS),
          addDays(r.startsOn, -1),
        ),
        repo.directions(indicatorIds),
      ]);
      const standing = outcomeStanding(
        dutyRows,
        figures,
        new Map(directions.map((d) => [d.id, d.direction])),
      );
      for (const p of people) p.outcome = standing.get(p.personId) ?? {};
    }
    const input: PlanInput = {
      days: r.days,
      duties: dutyRows.map((d) => ({ id: d.id, minLevel: d.minLevel })),
      shifts: shiftRows,
      people,
      demand,
    };
    return { input, dutyRows, shiftRows, people, assignments };
  }

  async function toView(trx: Kysely<DB>, r: PlanRow): Promise<RosterPlan> {
    const { input, dutyRows, shiftRows, people, assignments } = await planInput(trx, r);
    const model = toSolverModel(input);
    const evaluation = evaluateRoster(model, toRoster(model, assignments));
    const names = new Map(people.map((p) => [p.personId, p.personName]));
    const figures = people.map((p) => ({ p, f: personFigures(input, p, assignments) }));
    const cover = coverage(input.demand, assignments);
    const slotNeeds = await rosteringRepository(trx).slotNeeds(r.id);
    const shares = figures
      .filter(({ p }) => p.maxWeekHours > 0)
      .map(({ p, f }) => f.hours / ((p.maxWeekHours * r.days) / 7));
    return {
      ...summary(r),
      duties: await Promise.all(dutyRows.map((d) => dutyView(trx, d))),
      shiftTemplates: shiftRows.map(shiftView),
      people: figures.map(({ p, f }) => ({
        personId: p.personId,
        personName: p.personName,
        minWeekHours: p.minWeekHours,
        maxWeekHours: p.maxWeekHours,
        hours: f.hours,
        cost: f.cost,
        weekendsWorked: f.weekendsWorked,
        unpopularShifts: f.unpopularShifts,
        unavailableDays: p.unavailableDays,
        skills: p.skills,
        keptTime: p.keptTime ?? [],
      })),
      demand: input.demand,
      assignments,
      tasks: (await rosteringRepository(trx).tasks(r.id)).map((x) => ({
        id: x.id,
        day: x.day,
        dutyId: x.dutyId,
        titleEn: x.titleEn,
        titleZh: x.titleZh,
        minutes: x.minutes,
        personId: x.personId,
        personName: x.personName,
        unassignedReason: x.unassignedReason,
      })),
      coverage: cover,
      slotCoverage: slotCoverage(slotNeeds, assignments, shiftRows),
      warnings: evaluation.hardViolations.map((v) => ({
        rule: v.rule,
        personId: v.staffId || null,
        personName: names.get(v.staffId) ?? null,
        day: v.day ?? null,
        params: warningParams(input, v, assignments),
        message: v.message.replaceAll(v.staffId, names.get(v.staffId) ?? v.staffId),
      })),
      totals: {
        hours: round2(figures.reduce((s, x) => s + x.f.hours, 0)),
        cost: round2(figures.reduce((s, x) => s + x.f.cost, 0)),
        shortfall: cover.reduce((s, c) => s + Math.max(0, c.need - c.assigned), 0),
        surplus: cover.reduce((s, c) => s + Math.max(0, c.assigned - c.need), 0),
        hoursSpread: shares.length ? round2(Math.max(...shares) - Math.min(...shares)) : 0,
        weekendSpread: spread(figures.map(({ f }) => f.weekendsWorked)),
        unpopularSpread: spread(figures.map(({ f }) => f.unpopularShifts)),
      },
      unpopularShiftTemplateIds: unpopularShifts(input),
      lastDerivation: r.lastDerivation,
      solve: solveOf(r),
    };
  }

  const spread = (xs: number[]) => (xs.length ? Math.max(...xs) - Math.min(...xs) : 0);

  function summary(r: PlanRow): RosterPlanSummary {
    return {
      id: r.id,
      unitId: r.unitId,
      unitName: r.unitName,
      unitNameZh: r.unitNameZh,
      name: r.name,
      startsOn: r.startsOn,
      days: r.days,
      status: r.status,
      version: r.version,
      ownerName: r.ownerName,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
    };
  }

  function solveOf(r: { id: string; solve: RosterSolve | Record<string, never> }): RosterSolve {
    const s = { ...IDLE_ROSTER_SOLVE, ...r.solve };
    if (s.state === 'running' && !running.has(r.id)) {
      return { ...s, state: 'failed', phase: null };
    }
    return s;
  }

  /** The plan, if the actor may manage it (404 otherwise). */
  async function planFor(trx: Kysely<DB>, actor: Actor, id: string): Promise<PlanRow> {
    const r = await rosteringRepository(trx).plan(id);
    if (!r) throw NotFound('rostering.not_found');
    const rel = r.ownerPersonId
      ? await access.bind(trx).relationTo(actor, r.ownerPersonId)
      : access.seesEveryone(actor)
        ? 'visible'
        : 'hidden';
    enforce(mayManagePlan(actor, rel));
    return r;
  }

  /** Locks the plan for a change on the version the user saw (409 when it moved or a solve runs). */
  async function forChange(trx: Kysely<DB>, actor: Actor, id: string, version: number): Promise<PlanRow> {
    await rosteringRepository(trx).planForUpdate(id);
    const r = await planFor(trx, actor, id);
    enforce(mayChangePlan(r, version, running.has(id)));
    return r;
  }

  /**
   * Replaces a plan's demand per shift and its needs per slot (none when the demand is entered per
   * shift) on its version, audited with the cells and headcount before and after.
   */
  async function replaceDemand(
    trx: Kysely<DB>,
    actor: Actor,
    r: PlanRow,
    cells: readonly PlanDemand[],
    slotNeeds: readonly PlanSlotNeed[],
    action: 'roster_plan.demand_set' | 'roster_plan.demand_copied',
    more: Record<string, unknown> = {},
  ) {
    const repo = rosteringRepository(trx);
    const sum = (xs: readonly PlanDemand[]) => ({
      cells: xs.length,
      headcount: xs.reduce((total, c) => total + c.headcount, 0),
    });
    const before = await repo.demand(r.id);
    await repo.replaceDemand(r.id, cells);
    await repo.replaceSlotNeeds(r.id, slotNeeds);
    await bump(trx, r);
    await audit.record(trx, actor, {
      action,
      entityType: PLAN,
      entityId: r.id,
      before: sum(before),
      after: { ...more, ...sum(cells) },
    });
  }

  /** 400 unless the duty is one of the plan's site. */
  async function requireSiteDuty(trx: Kysely<DB>, r: PlanRow, dutyId: string) {
    const duty = await rosteringRepository(trx).duty(dutyId);
    if (!duty || duty.unitId !== r.unitId) {
      throw Invalid('rostering.other_site', "The duty is not one of this plan's site.", [
        { path: '/dutyId', message: 'not of this site' },
      ]);
    }
  }

  /** Replaces one duty's demand per shift and its needs per slot (worked out together). */
  async function replaceDutyDemand(
    trx: Kysely<DB>,
    planId: string,
    dutyId: string,
    cells: readonly PlanDemand[],
    slots: readonly { day: number; startMinute: number; need: number }[],
    slotMinutes: number,
  ) {
    const repo = rosteringRepository(trx);
    await repo.replaceDemand(planId, cells, dutyId);
    await repo.replaceSlotNeeds(
      planId,
      slots.map((x) => ({
        dutyId,
        day: x.day,
        startMinute: x.startMinute,
        minutes: slotMinutes,
        need: x.need,
      })),
      dutyId,
    );
  }

  async function bump(
    trx: Kysely<DB>,
    r: PlanRow,
    patch: Parameters<ReturnType<typeof rosteringRepository>['bump']>[2] = {},
  ) {
    if (!(await rosteringRepository(trx).bump(r.id, r.version, { ...patch, updatedAt: clock.now() }))) {
      throw Conflict('rostering.plan_changed', 'Someone else changed this plan meanwhile; reload it.');
    }
  }

  async function reread(trx: Kysely<DB>, id: string): Promise<RosterPlan> {
    return toView(trx, (await rosteringRepository(trx).plan(id))!);
  }

  /** Day and shift/duty checks of a cell of this plan. */
  function checkCell(
    r: PlanRow,
    known: { shiftIds: Set<string>; dutyIds: Set<string> },
    cell: { day: number; shiftTemplateId: string; dutyId: string },
    path: string,
  ) {
    if (cell.day >= r.days) {
      throw Invalid('rostering.day_outside_plan', `Day ${cell.day} is outside the plan's ${r.days} days.`, [
        { path: `${path}/day`, message: 'outside the plan' },
      ]);
    }
    if (!known.shiftIds.has(cell.shiftTemplateId) || !known.dutyIds.has(cell.dutyId)) {
      throw Invalid('rostering.other_site', "The duty or shift is not one of this plan's site.", [
        {
          path: known.shiftIds.has(cell.shiftTemplateId) ? `${path}/dutyId` : `${path}/shiftTemplateId`,
          message: 'not of this site',
        },
      ]);
    }
  }

  async function siteIds(trx: Kysely<DB>, unitId: string) {
    const repo = rosteringRepository(trx);
    const [d, s] = await Promise.all([repo.duties(unitId), repo.shiftTemplates(unitId)]);
    return { dutyIds: new Set(d.map((x) => x.id)), shiftIds: new Set(s.map((x) => x.id)) };
  }

  // ------------------------------------------------------------ the optimiser

  /** Merges into the stored solve state, only while it is running (a late progress write never undoes the end). */
  async function writeSolve(planId: string, patch: Partial<RosterSolve>) {
    await rosteringRepository(db).patchRunningSolve(planId, json(patch));
  }

  async function runSolve(
    actor: Actor,
    planId: string,
    timeLimitSeconds: number,
    controller: AbortController,
  ) {
    const r = (await rosteringRepository(db).plan(planId))!;
    const { input } = await planInput(db, r, true);
    const model = toSolverModel(input);
    let lastWrite = 0;
    let progressWrites = Promise.resolve();
    let result: SolveResult;
    try {
      result = await solveRoster(model, {
        timeLimitSeconds,
        signal: controller.signal,
        onProgress: (p) => {
          const now = Date.now();
          if (now - lastWrite < PROGRESS_EVERY_MS) return;
          lastWrite = now;
          progressWrites = progressWrites.then(() =>
            writeSolve(planId, {
              phase: p.phase,
              seconds: round2(p.seconds),
              objective: p.objective,
              bound: p.bound,
              gap: p.gap,
            }).catch((err: unknown) => ctx.log?.(`roster solve ${planId}: progress`, err)),
          );
        },
      });
    } catch (err) {
      await progressWrites;
      const cancelled = controller.signal.aborted;
      await writeSolve(planId, {
        state: cancelled ? 'cancelled' : 'failed',
        outcome: cancelled ? 'cancelled' : null,
        phase: null,
        finishedAt: clock.now().toISOString(),
      });
      if (!cancelled) ctx.log?.(`roster solve ${planId} failed`, err);
      return;
    }
    await progressWrites;
    const finished: Partial<RosterSolve> = {
      state: result.status === 'cancelled' ? 'cancelled' : 'done',
      outcome: result.status,
      phase: null,
      seconds: round2(result.seconds),
      objective: result.objective,
      bound: result.bound,
      gap: result.gap,
      finishedAt: clock.now().toISOString(),
      conflicts: result.conflicts.map((c) => ({
        rule: c.rules.join(', '),
        message: c.message.replaceAll(
          c.staffId,
          input.people.find((p) => p.personId === c.staffId)?.personName ?? c.staffId,
        ),
      })),
    };
    // A cancelled solve, or one without a legal roster, leaves the saved roster as it was.
    if (!result.roster || result.status === 'cancelled') {
      await writeSolve(planId, finished);
      return;
    }
    const roster = result.roster;
    await db.transaction().execute(async (trx) => {
      const now = (await rosteringRepository(trx).planForUpdate(planId))!;
      const assignments = fromRoster(model, roster);
      await rosteringRepository(trx).replaceAssignments(planId, assignments);
      await rosteringRepository(trx).updatePlan(planId, {
        version: now.version + 1,
        updatedAt: clock.now(),
        solve: json({ ...IDLE_ROSTER_SOLVE, ...now.solve, ...finished }),
      });
      await audit.record(trx, actor, {
        action: 'roster_plan.optimised',
        entityType: PLAN,
        entityId: planId,
        after: {
          outcome: result.status,
          objective: result.objective,
          gap: result.gap,
          shifts: assignments.length,
        },
      });
      if (r.status === 'published') await notifyChanged(trx, planId, input.people, null);
    });
  }

  async function notifyChanged(
    trx: Kysely<DB>,
    planId: string,
    people: { personId: string; userId?: string | null }[],
    onlyPersonId: string | null,
  ) {
    for (const p of people) {
      if (onlyPersonId && p.personId !== onlyPersonId) continue;
      await notifications.notify(trx, p.userId ?? null, {
        kind: 'roster.changed',
        entityType: PLAN,
        entityId: planId,
        data: {},
      });
    }
  }

  async function readProfile(executor: Kysely<DB>, personId: string): Promise<RosterProfile> {
    const repo = rosteringRepository(executor);
    const person = await repo.person(personId);
    if (!person) throw NotFound('person.not_found');
    const p = await repo.profile(personId);
    const today = await calendar.todayFor(personId, executor);
    const derived = await recordSkills(executor, await repo.duties(), [personId], today);
    return {
      personId,
      personName: person.name,
      saved: !!p,
      derivedSkills: derived.get(personId) ?? [],
      minWeekHours: p?.minWeekHours ?? DEFAULT_PROFILE.minWeekHours,
      maxWeekHours: p?.maxWeekHours ?? DEFAULT_PROFILE.maxWeekHours,
      maxConsecutiveDays: p?.maxConsecutiveDays ?? DEFAULT_PROFILE.maxConsecutiveDays,
      minRestHours: p?.minRestHours ?? DEFAULT_PROFILE.minRestHours,
      hourlyCost: p?.hourlyCost ?? DEFAULT_PROFILE.hourlyCost,
      overtimePremium: p?.overtimePremium ?? DEFAULT_PROFILE.overtimePremium,
      skills: p?.skills ?? [],
      unavailableDates: p?.unavailableDates ?? [],
      preferences: p?.preferences ?? [],
    };
  }

  async function setProfile(
    actor: Actor,
    personId: string,
    body: RosterProfileInput,
  ): Promise<RosterProfile> {
    enforce(maySetProfile(actor, await access.relationTo(actor, personId)));
    if (body.minWeekHours > body.maxWeekHours) {
      throw Invalid('rostering.min_above_max', 'The minimum weekly hours are above the maximum.', [
        { path: '/minWeekHours', message: 'above maxWeekHours' },
      ]);
    }
    const dutyIds = new Set((await rosteringRepository(db).duties()).map((d) => d.id));
    const bad = body.skills.findIndex((s) => !dutyIds.has(s.dutyId));
    if (bad >= 0) {
      throw Invalid('request.unknown_reference', 'No such duty.', [
        { path: `/skills/${bad}/dutyId`, message: 'not found' },
      ]);
    }
    return db.transaction().execute(async (trx) => {
      const before = await readProfile(trx, personId);
      await rosteringRepository(trx).upsertProfile({
        personId,
        minWeekHours: body.minWeekHours,
        maxWeekHours: body.maxWeekHours,
        maxConsecutiveDays: body.maxConsecutiveDays,
        minRestHours: body.minRestHours,
        hourlyCost: body.hourlyCost,
        overtimePremium: body.overtimePremium,
        skills: json(body.skills),
        unavailableDates: json([...new Set(body.unavailableDates)].sort()),
        preferences: json(body.preferences),
        updatedBy: actor.userId,
        updatedAt: clock.now(),
      });
      const after = await readProfile(trx, personId);
      await audit.record(trx, actor, {
        action: 'roster_profile.updated',
        entityType: 'roster_profile',
        entityId: personId,
        subjectPersonId: personId,
        before: before.saved ? before : null,
        after,
      });
      return after;
    });
  }

  /** A person's shift templates to choose preferences from: those of their unit and the units above it. */
  async function templatesAbove(executor: Kysely<DB>, unitId: string): Promise<ShiftTemplate[]> {
    const tree = await unitTree(executor);
    const units = new Set<string>();
    for (let u: string | null = unitId, d = 0; u && d < 64 && !units.has(u); d++) {
      units.add(u);
      u = tree.byId.get(u)?.parentId ?? null;
    }
    const all = await rosteringRepository(executor).shiftTemplates();
    return all.filter((s) => units.has(s.unitId)).map(shiftView);
  }

  async function readMyPreferences(executor: Kysely<DB>, actor: Actor): Promise<MyRosterPreferences> {
    const person = actor.personId ? await rosteringRepository(executor).person(actor.personId) : undefined;
    if (!person) throw NotFound('person.not_found');
    const profile = await rosteringRepository(executor).profile(person.id);
    return {
      preferences: profile?.preferences ?? [],
      shiftTemplates: await templatesAbove(executor, person.orgUnitId),
    };
  }

  return {
    // ---------------------------------------------------------- my preferences (staff self-service)
    async myPreferences(actor: Actor): Promise<MyRosterPreferences> {
      return readMyPreferences(db, actor);
    },

    /**
     * Staff set their own preferences (days and shifts wanted or avoided, with weights); the contract,
     * skills and availability stay their leader's. Only once the leader has set up the profile.
     */
    async setMyPreferences(actor: Actor, body: MyRosterPreferencesInput): Promise<MyRosterPreferences> {
      const mine = await readMyPreferences(db, actor);
      const known = new Set(mine.shiftTemplates.map((s) => s.id));
      const bad = body.preferences.findIndex(
        (f) => f.shiftTemplateId !== null && !known.has(f.shiftTemplateId),
      );
      if (bad >= 0) {
        throw Invalid('request.unknown_reference', 'No such shift at your site.', [
          { path: `/preferences/${bad}/shiftTemplateId`, message: 'not found' },
        ]);
      }
      const personId = actor.personId!;
      return db.transaction().execute(async (trx) => {
        const profile = await rosteringRepository(trx).profile(personId);
        if (!profile) {
          throw Conflict('rostering.no_profile', 'Your team leader has not set up your roster profile yet.');
        }
        await rosteringRepository(trx).setPreferences(personId, {
          preferences: json(body.preferences),
          updatedBy: actor.userId,
          updatedAt: clock.now(),
        });
        const after = await readMyPreferences(trx, actor);
        await audit.record(trx, actor, {
          action: 'roster_profile.preferences_updated',
          entityType: 'roster_profile',
          entityId: personId,
          subjectPersonId: personId,
          before: { preferences: profile.preferences },
          after: { preferences: after.preferences },
        });
        return after;
      });
    },

    // ---------------------------------------------------------- duties, shift templates
    async duties(_actor: Actor, unitId?: string): Promise<Duty[]> {
      return Promise.all((await rosteringRepository(db).duties(unitId)).map((d) => dutyView(db, d)));
    },

    async createDuty(actor: Actor, body: DutyInput): Promise<Duty> {
      await checkDuty(body, null);
      return db.transaction().execute(async (trx) => {
        const { id } = await rosteringRepository(trx).insertDuty({
          ...dutyRow(body),
          createdBy: actor.userId,
        });
        const duty = await dutyView(trx, (await rosteringRepository(trx).duty(id))!);
        await audit.record(trx, actor, {
          action: 'duty.created',
          entityType: 'duty',
          entityId: id,
          after: duty,
        });
        return duty;
      });
    },

    async updateDuty(actor: Actor, id: string, body: DutyInput): Promise<Duty> {
      const before = await rosteringRepository(db).duty(id);
      if (!before) throw NotFound('rostering.duty_not_found');
      if (before.unitId !== body.unitId) {
        throw Invalid('rostering.other_site', 'A duty stays at its site; add a new one for another site.', [
          { path: '/unitId', message: 'cannot change' },
        ]);
      }
      await checkDuty(body, id);
      return db.transaction().execute(async (trx) => {
        await rosteringRepository(trx).updateDuty(id, {
          ...dutyRow(body),
          updatedAt: clock.now(),
        });
        const duty = await dutyView(trx, (await rosteringRepository(trx).duty(id))!);
        await audit.record(trx, actor, {
          action: 'duty.updated',
          entityType: 'duty',
          entityId: id,
          before: await dutyView(trx, before),
          after: duty,
        });
        return duty;
      });
    },

    async shiftTemplates(_actor: Actor, unitId?: string): Promise<ShiftTemplate[]> {
      return (await rosteringRepository(db).shiftTemplates(unitId)).map(shiftView);
    },

    async createShiftTemplate(actor: Actor, body: ShiftTemplateInput): Promise<ShiftTemplate> {
      const repo = rosteringRepository(db);
      if (!(await repo.unit(body.unitId))) throw NotFound('org_unit.not_found');
      if (await repo.shiftCodeTaken(body.unitId, body.code)) {
        throw Conflict('rostering.code_taken', 'That code is already used at this site.');
      }
      if (body.breakMinutes >= shiftLength(body)) {
        throw Invalid('request.invalid_value', 'The break is as long as the shift.', [
          { path: '/breakMinutes', message: 'longer than the shift' },
        ]);
      }
      return db.transaction().execute(async (trx) => {
        const { id } = await rosteringRepository(trx).insertShiftTemplate({
          ...body,
          createdBy: actor.userId,
        });
        const shift = shiftView((await rosteringRepository(trx).shiftTemplate(id))!);
        await audit.record(trx, actor, {
          action: 'shift_template.created',
          entityType: 'shift_template',
          entityId: id,
          after: shift,
        });
        return shift;
      });
    },

    // ---------------------------------------------------------- profiles
    async profile(actor: Actor, personId: string): Promise<RosterProfile> {
      enforce(mayReadProfile(await access.relationTo(actor, personId)));
      return readProfile(db, personId);
    },

    async setProfile(actor: Actor, personId: string, body: RosterProfileInput): Promise<RosterProfile> {
      return setProfile(actor, personId, body);
    },

    // ---------------------------------------------------------- plans
    async plans(actor: Actor): Promise<RosterPlanSummary[]> {
      return (await rosteringRepository(db).plans(access.scope(actor))).map(summary);
    },

    async plan(actor: Actor, id: string): Promise<RosterPlan> {
      return toView(db, await planFor(db, actor, id));
    },

    async compare(actor: Actor, id: string, otherId: string): Promise<RosterComparison> {
      const [a, b] = [await this.plan(actor, id), await this.plan(actor, otherId)];
      const names = new Map([...a.people, ...b.people].map((p) => [p.personId, p.personName]));
      const key = (x: { personId: string; day: number; shiftTemplateId: string; dutyId: string }) =>
        `${x.personId}|${x.day}|${x.shiftTemplateId}|${x.dutyId}`;
      const inA = new Set(a.assignments.map(key));
      const inB = new Set(b.assignments.map(key));
      const differ = new Set([
        ...a.assignments.filter((x) => !inB.has(key(x))).map((x) => `${x.personId}|${x.day}`),
        ...b.assignments.filter((x) => !inA.has(key(x))).map((x) => `${x.personId}|${x.day}`),
      ]);
      const figure = (p: RosterPlan, personId: string, f: 'hours' | 'cost') =>
        p.people.find((x) => x.personId === personId)?.[f] ?? null;
      return {
        plans: [a, b].map((p) => ({
          id: p.id,
          name: p.name,
          status: p.status,
          totals: p.totals,
          warnings: p.warnings.length,
        })),
        people: [...names].map(([personId, personName]) => ({
          personId,
          personName,
          hours: [figure(a, personId, 'hours'), figure(b, personId, 'hours')],
          cost: [figure(a, personId, 'cost'), figure(b, personId, 'cost')],
        })),
        differentShifts: differ.size,
      };
    },

    async createPlan(actor: Actor, body: CreateRosterPlanBody): Promise<RosterPlan> {
      if (isoWeekday(body.startsOn) !== 1) {
        throw Invalid('rostering.not_monday', 'A plan starts on a Monday.', [
          { path: '/startsOn', message: 'not a Monday' },
        ]);
      }
      const repo = rosteringRepository(db);
      if (!(await repo.unit(body.unitId))) throw NotFound('org_unit.not_found');
      let people: string[];
      if (body.personIds) {
        people = [...new Set(body.personIds)];
        const visible = await access.visiblePeople(actor, people);
        if (people.some((p) => !visible.has(p))) throw NotFound('person.not_found');
      } else {
        people = (await repo.profiledPeople(access.teamScope(actor), actor.personId)).map((p) => p.personId);
      }
      if (people.length === 0) {
        throw Invalid('rostering.no_people', 'Nobody to roster: give your team roster profiles first.');
      }
      // An administrator without a person record owns no team: the plan is then HR's and admins'.
      const ownerPersonId = actor.personId;
      return db.transaction().execute(async (trx) => {
        const { id } = await rosteringRepository(trx).insertPlan({
          unitId: body.unitId,
          name: body.name,
          startsOn: body.startsOn,
          days: body.weeks * 7,
          ownerPersonId,
          solve: json(IDLE_ROSTER_SOLVE),
          lastDerivation: null,
          publishedAt: null,
          createdBy: actor.userId,
        });
        await rosteringRepository(trx).insertPlanPeople(id, people);
        const plan = await reread(trx, id);
        await audit.record(trx, actor, {
          action: 'roster_plan.created',
          entityType: PLAN,
          entityId: id,
          after: { ...summary((await rosteringRepository(trx).plan(id))!), people },
        });
        return plan;
      });
    },

    async setDemand(actor: Actor, id: string, body: SetDemandBody): Promise<RosterPlan> {
      return db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, body.version);
        const known = await siteIds(trx, r.unitId);
        const seen = new Set<string>();
        body.cells.forEach((c, i) => {
          checkCell(r, known, c, `/cells/${i}`);
          const k = `${c.day}|${c.shiftTemplateId}|${c.dutyId}`;
          if (seen.has(k)) {
            throw Invalid('request.invalid_value', 'A cell is given twice.', [
              { path: `/cells/${i}`, message: 'repeated' },
            ]);
          }
          seen.add(k);
        });
        await replaceDemand(trx, actor, r, body.cells, [], 'roster_plan.demand_set');
        return reread(trx, id);
      });
    },

    /** Another plan's first week as a weekly pattern: each weekday's cells on every same weekday here. */
    async copyDemand(actor: Actor, id: string, body: CopyDemandBody): Promise<RosterPlan> {
      return db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, body.version);
        const from = await planFor(trx, actor, body.fromPlanId);
        if (from.unitId !== r.unitId) {
          throw Invalid('rostering.other_site', "The plan copied from is not of this plan's site.", [
            { path: '/fromPlanId', message: 'not of this site' },
          ]);
        }
        const repo = rosteringRepository(trx);
        const overWeeks = <T extends { day: number }>(rows: readonly T[]) => {
          const week = rows.filter((c) => c.day < 7);
          return Array.from({ length: r.days }, (_, day) =>
            week.filter((c) => c.day === day % 7).map((c) => ({ ...c, day })),
          ).flat();
        };
        const cells = overWeeks(await repo.demand(from.id));
        const slotNeeds = overWeeks(await repo.slotNeeds(from.id));
        await replaceDemand(trx, actor, r, cells, slotNeeds, 'roster_plan.demand_copied', {
          fromPlanId: from.id,
        });
        return reread(trx, id);
      });
    },

    /** One duty's need per time slot, entered as ranges; its demand per shift follows from it. */
    async setSlotNeeds(actor: Actor, id: string, body: SetSlotNeedsBody): Promise<RosterPlan> {
      return db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, body.version);
        const repo = rosteringRepository(trx);
        await requireSiteDuty(trx, r, body.dutyId);
        body.ranges.forEach((range, i) =>
          range.days.forEach((day, j) => {
            if (day >= r.days) {
              throw Invalid(
                'rostering.day_outside_plan',
                `Day ${day} is outside the plan's ${r.days} days.`,
                [{ path: `/ranges/${i}/days/${j}`, message: 'outside the plan' }],
              );
            }
          }),
        );
        const shifts = await repo.shiftTemplates(r.unitId);
        let slots: ReturnType<typeof slotsFromRanges>;
        let req: ReturnType<typeof shiftRequirements>;
        try {
          slots = slotsFromRanges(body.ranges, body.slotMinutes, r.days);
          req = shiftRequirements(slots, body.slotMinutes, shifts.map(shiftWindow));
        } catch (err) {
          if (err instanceof DemandInputError) {
            throw Invalid('request.invalid_value', err.message, [
              { path: err.path ?? '/ranges', message: err.message },
            ]);
          }
          throw err;
        }
        const gap = req.uncovered.find((u) => u.need > 0);
        if (gap) {
          const at = `${String(Math.floor(gap.startMinute / 60)).padStart(2, '0')}:${String(gap.startMinute % 60).padStart(2, '0')}`;
          throw Invalid(
            'rostering.slot_uncovered',
            `No shift template spans the slot at ${at} on day ${gap.day}, so its need cannot be met.`,
            [{ path: '/ranges', message: `day ${gap.day} ${at} uncovered` }],
          );
        }
        const cells = req.requirements.map((q) => ({
          day: q.day,
          shiftTemplateId: q.shiftId,
          dutyId: body.dutyId,
          headcount: q.headcount,
        }));
        const headcount = (xs: readonly { dutyId: string; headcount: number }[]) =>
          xs.filter((c) => c.dutyId === body.dutyId).reduce((t, c) => t + c.headcount, 0);
        const before = {
          slots: (await repo.slotNeeds(id)).filter((n) => n.dutyId === body.dutyId).length,
          headcount: headcount(await repo.demand(id)),
        };
        await replaceDutyDemand(trx, id, body.dutyId, cells, slots, body.slotMinutes);
        await bump(trx, r);
        await audit.record(trx, actor, {
          action: 'roster_plan.slot_needs_set',
          entityType: PLAN,
          entityId: id,
          before,
          after: {
            dutyId: body.dutyId,
            slotMinutes: body.slotMinutes,
            ranges: body.ranges.length,
            slots: slots.length,
            peak: Math.max(0, ...slots.map((x) => x.need)),
            headcount: headcount(cells),
          },
        });
        return reread(trx, id);
      });
    },

    async deriveDemand(actor: Actor, id: string, body: DeriveDemandBody): Promise<RosterPlan> {
      return db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, body.version);
        const repo = rosteringRepository(trx);
        await requireSiteDuty(trx, r, body.dutyId);
        const indicator = await repo.indicator(body.indicatorId);
        if (!indicator) {
          throw Invalid('request.unknown_reference', 'No such indicator.', [
            { path: '/indicatorId', message: 'not found' },
          ]);
        }
        const shifts = await repo.shiftTemplates(r.unitId);
        if (shifts.length === 0) {
          throw Invalid('rostering.no_shift_templates', 'The site has no shift templates.');
        }
        const people = (await repo.planPeople(id)).map((p) => p.personId);
        // Whole weeks ending the day before the plan, or yesterday if the plan starts later: days
        // still to come have no figures yet and would count as days without contacts.
        const dayBefore = addDays(r.startsOn, -1);
        const yesterday = addDays(calendar.today(), -1);
        const historyTo = dayBefore < yesterday ? dayBefore : yesterday;
        const historyFrom = addDays(historyTo, 1 - 7 * body.weeksOfHistory);
        const daily = await repo.dailyTotals(body.indicatorId, people, historyFrom, historyTo);
        if (daily.length === 0 || daily.every((d) => d.den <= 0)) {
          throw Invalid(
            'rostering.no_history',
            `No ${indicator.code} figures for the plan's people between ${historyFrom} and ${historyTo}.`,
            [{ path: '/indicatorId', message: 'no figures' }],
          );
        }
        // Average volume per weekday over the history's weeks (a day without figures counts as 0).
        const volume = new Array<number>(7).fill(0);
        let num = 0;
        let den = 0;
        for (const d of daily) {
          volume[isoWeekday(d.day) - 1]! += d.den / body.weeksOfHistory;
          num += d.num;
          den += d.den;
        }
        const ahtSeconds = den > 0 ? num / den : 0;
        const common = {
          days: r.days,
          openMinute: body.openMinute,
          closeMinute: body.closeMinute,
          slotMinutes: body.slotMinutes,
        };
        let req: ReturnType<typeof shiftRequirements>;
        let slots: {
          day: number;
          startMinute: number;
          volume: number;
          need: number;
          erlang?: { trafficErlangs: number; serviceLevel: number; occupancy: number };
        }[];
        try {
          if (body.method === 'erlang_c') {
            if (body.serviceLevel === undefined || body.answerWithinSeconds === undefined) {
              throw new DemandInputError('Erlang C needs a service level and an answer time.');
            }
            slots = queueDemand({
              ...common,
              contactsByWeekday: volume,
              ahtSeconds,
              serviceLevel: body.serviceLevel,
              answerWithinSeconds: body.answerWithinSeconds,
              ...(body.maxOccupancy !== undefined ? { maxOccupancy: body.maxOccupancy } : {}),
              ...(body.shrinkage !== undefined ? { shrinkage: body.shrinkage } : {}),
            }).map((s) => ({
              day: s.day,
              startMinute: s.startMinute,
              volume: s.contacts,
              need: s.erlang.scheduled,
              erlang: s.erlang,
            }));
          } else {
            if (body.transactionsPerStaffHour === undefined) {
              throw new DemandInputError(
                'A staffing ratio needs the transactions one person handles per hour.',
              );
            }
            slots = storeDemand({
              ...common,
              transactionsByWeekday: volume,
              transactionsPerStaffHour: body.transactionsPerStaffHour,
            }).map((s) => ({ day: s.day, startMinute: s.startMinute, volume: s.transactions, need: s.need }));
          }
          req = shiftRequirements(
            slots.map((s) => ({ day: s.day, startMinute: s.startMinute, need: s.need })),
            body.slotMinutes,
            shifts.map(shiftWindow),
          );
        } catch (err) {
          if (err instanceof DemandInputError) throw Invalid('rostering.derive_settings', err.message);
          throw err;
        }
        const cells = req.requirements.map((q) => ({
          day: q.day,
          shiftTemplateId: q.shiftId,
          dutyId: body.dutyId,
          headcount: q.headcount,
        }));
        const busiest = volume.indexOf(Math.max(...volume));
        const derivation: DemandDerivation = {
          method: body.method,
          dutyId: body.dutyId,
          indicatorCode: indicator.code,
          historyFrom,
          historyTo,
          volumeByWeekday: volume.map(round2),
          ahtSeconds: body.method === 'erlang_c' ? round2(ahtSeconds) : null,
          slotMinutes: body.slotMinutes,
          serviceLevel: body.serviceLevel ?? null,
          answerWithinSeconds: body.answerWithinSeconds ?? null,
          sampleWeekday: busiest,
          slots: slots
            .filter((s) => s.day === busiest)
            .map((s) => ({
              startMinute: s.startMinute,
              volume: round2(s.volume),
              trafficErlangs: s.erlang ? round2(s.erlang.trafficErlangs) : null,
              need: s.need,
              serviceLevel: s.erlang ? round2(s.erlang.serviceLevel) : null,
              occupancy: s.erlang ? round2(s.erlang.occupancy) : null,
            })),
          uncoveredSlots: req.uncovered.length,
        };
        await replaceDutyDemand(trx, id, body.dutyId, cells, slots, body.slotMinutes);
        await bump(trx, r, { lastDerivation: json(derivation) });
        await audit.record(trx, actor, {
          action: 'roster_plan.demand_derived',
          entityType: PLAN,
          entityId: id,
          after: { ...derivation, slots: derivation.slots.length },
        });
        return reread(trx, id);
      });
    },

    async setAssignment(actor: Actor, id: string, body: SetAssignmentBody): Promise<RosterPlan> {
      return db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, body.version);
        const repo = rosteringRepository(trx);
        const people = await repo.planPeople(id);
        const person = people.find((p) => p.personId === body.personId);
        if (!person) {
          throw Invalid('rostering.not_staffed_by_you', 'That person is not in this plan.', [
            { path: '/personId', message: 'not in the plan' },
          ]);
        }
        if ((body.shiftTemplateId === null) !== (body.dutyId === null)) {
          throw Invalid('request.invalid_value', 'A shift needs its duty, and a day off has neither.', [
            { path: body.dutyId === null ? '/dutyId' : '/shiftTemplateId', message: 'required' },
          ]);
        }
        const cell: PlanAssignment | null =
          body.shiftTemplateId && body.dutyId
            ? {
                personId: body.personId,
                day: body.day,
                shiftTemplateId: body.shiftTemplateId,
                dutyId: body.dutyId,
              }
            : null;
        if (cell) checkCell(r, await siteIds(trx, r.unitId), cell, '');
        else if (body.day >= r.days) {
          throw Invalid('rostering.day_outside_plan', `Day ${body.day} is outside the plan.`, [
            { path: '/day', message: 'outside the plan' },
          ]);
        }
        const before =
          (await repo.assignments(id)).find((a) => a.personId === body.personId && a.day === body.day) ??
          null;
        await repo.setAssignment(id, body.personId, body.day, cell);
        await bump(trx, r);
        await audit.record(trx, actor, {
          action: 'roster_plan.shift_set',
          entityType: PLAN,
          entityId: id,
          subjectPersonId: body.personId,
          before: before ? { ...before } : null,
          after: cell ? { ...cell } : null,
        });
        if (r.status === 'published') await notifyChanged(trx, id, people, body.personId);
        return reread(trx, id);
      });
    },

    async addTask(actor: Actor, id: string, body: RosterTaskInput): Promise<RosterPlan> {
      return db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, body.version);
        const known = await siteIds(trx, r.unitId);
        if (body.day >= r.days) {
          throw Invalid('rostering.day_outside_plan', `Day ${body.day} is outside the plan.`, [
            { path: '/day', message: 'outside the plan' },
          ]);
        }
        if (!known.dutyIds.has(body.dutyId)) {
          throw Invalid('rostering.other_site', "The duty is not one of this plan's site.", [
            { path: '/dutyId', message: 'not of this site' },
          ]);
        }
        const { id: taskId } = await rosteringRepository(trx).insertTask({
          planId: id,
          day: body.day,
          dutyId: body.dutyId,
          titleEn: body.titleEn,
          titleZh: body.titleZh,
          minutes: body.minutes,
          personId: null,
          unassignedReason: null,
          createdBy: actor.userId,
        });
        await bump(trx, r);
        await audit.record(trx, actor, {
          action: 'roster_plan.task_added',
          entityType: PLAN,
          entityId: id,
          after: { taskId, day: body.day, dutyId: body.dutyId, titleEn: body.titleEn, minutes: body.minutes },
        });
        return reread(trx, id);
      });
    },

    async assignTasks(actor: Actor, id: string, version: number): Promise<RosterPlan> {
      return db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, version);
        const { input, assignments, people } = await planInput(trx, r);
        const repo = rosteringRepository(trx);
        const tasks = await repo.tasks(id);
        const outcomes = assignTasks(input, assignments, tasks);
        for (const o of outcomes) await repo.setTaskOutcome(o.taskId, o.personId, o.reason);
        await bump(trx, r);
        await audit.record(trx, actor, {
          action: 'roster_plan.tasks_assigned',
          entityType: PLAN,
          entityId: id,
          after: {
            assigned: outcomes.filter((o) => o.personId).length,
            unassigned: outcomes.filter((o) => !o.personId).length,
          },
        });
        if (r.status === 'published') {
          const changed = new Set(outcomes.map((o) => o.personId).filter((x): x is string => !!x));
          for (const personId of changed) await notifyChanged(trx, id, people, personId);
        }
        return reread(trx, id);
      });
    },

    async solve(actor: Actor, id: string, body: SolveBody): Promise<RosterPlan> {
      const plan = await db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, body.version);
        if ((await rosteringRepository(trx).planPeople(id)).length === 0) {
          throw Invalid('rostering.no_people', 'The plan has nobody to roster.');
        }
        if ((await rosteringRepository(trx).shiftTemplates(r.unitId)).length === 0) {
          throw Invalid('rostering.no_shift_templates', 'The site has no shift templates.');
        }
        await rosteringRepository(trx).updatePlan(id, {
          solve: json({
            ...IDLE_ROSTER_SOLVE,
            state: 'running',
            phase: 'heuristic',
            timeLimitSeconds: body.timeLimitSeconds,
            startedAt: clock.now().toISOString(),
          }),
        });
        await audit.record(trx, actor, {
          action: 'roster_plan.solve_started',
          entityType: PLAN,
          entityId: id,
          after: { timeLimitSeconds: body.timeLimitSeconds, version: r.version },
        });
        return r;
      });
      const controller = new AbortController();
      const done = runSolve(actor, plan.id, body.timeLimitSeconds, controller)
        .catch((err: unknown) => ctx.log?.(`roster solve ${id}`, err))
        .finally(() => running.delete(id));
      running.set(id, { controller, done });
      return this.plan(actor, id);
    },

    async cancelSolve(actor: Actor, id: string): Promise<RosterPlan> {
      await planFor(db, actor, id);
      const job = running.get(id);
      if (!job) throw Conflict('rostering.not_solving', 'The optimiser is not running on this plan.');
      job.controller.abort();
      await audit.record(db, actor, {
        action: 'roster_plan.solve_cancelled',
        entityType: PLAN,
        entityId: id,
      });
      await job.done;
      return this.plan(actor, id);
    },

    async publish(actor: Actor, id: string, version: number): Promise<RosterPlan> {
      return db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, version);
        const at = clock.now();
        await bump(trx, r, { status: 'published', publishedAt: at });
        const people = await rosteringRepository(trx).planPeople(id);
        for (const p of people) {
          await notifications.notify(trx, p.userId, {
            kind: 'roster.published',
            entityType: PLAN,
            entityId: id,
            data: { startsOn: r.startsOn, days: r.days },
          });
        }
        await audit.record(trx, actor, {
          action: 'roster_plan.published',
          entityType: PLAN,
          entityId: id,
          before: { status: r.status },
          after: { status: 'published', publishedAt: at.toISOString(), people: people.length },
        });
        return reread(trx, id);
      });
    },

    // ---------------------------------------------------------- my roster
    async myRoster(actor: Actor, query: { from?: string; to?: string }): Promise<MyRoster> {
      const today = await calendar.todayFor(actor.personId);
      const from = query.from ?? today;
      const to = query.to ?? addDays(from, 27);
      if (to < from) {
        throw Invalid('request.invalid_value', 'The end is before the start.', [
          { path: '/to', message: 'before from' },
        ]);
      }
      if (!actor.personId) return { from, to, shifts: [] };
      const zone = await calendar.zoneOf(actor.personId);
      const rows = await rosteringRepository(db).publishedShifts(actor.personId, from, to);
      const tasks = await rosteringRepository(db).publishedTasks(actor.personId, from, to);
      return {
        from,
        to,
        shifts: rows.map((s) => {
          const start = zonedInstant(s.date, hhmm(s.startMinute), zone);
          return {
            date: s.date,
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + shiftLength(s) * 60_000).toISOString(),
            shiftNameEn: s.shiftNameEn,
            shiftNameZh: s.shiftNameZh,
            dutyNameEn: s.dutyNameEn,
            dutyNameZh: s.dutyNameZh,
            unitName: s.unitName,
            unitNameZh: s.unitNameZh,
            planId: s.planId,
            tasks: tasks
              .filter((x) => x.planId === s.planId && x.date === s.date)
              .map((x) => ({ titleEn: x.titleEn, titleZh: x.titleZh, minutes: x.minutes })),
          };
        }),
      };
    },

    /** The last week and the next 13 weeks of published shifts, as an iCalendar file. */
    async myRosterIcs(actor: Actor, lang: 'en' | 'zh-Hant'): Promise<{ body: string; fileName: string }> {
      const today = await calendar.todayFor(actor.personId);
      const roster = await this.myRoster(actor, { from: addDays(today, -7), to: addDays(today, 91) });
      const zh = lang === 'zh-Hant';
      const events: EventAttributes[] = roster.shifts.map((s) => ({
        uid: `${s.planId}-${s.date}-${actor.personId}@frontline`,
        start: Date.parse(s.startsAt),
        startInputType: 'utc',
        startOutputType: 'utc',
        end: Date.parse(s.endsAt),
        endInputType: 'utc',
        endOutputType: 'utc',
        title: zh ? `${s.shiftNameZh}：${s.dutyNameZh}` : `${s.shiftNameEn}: ${s.dutyNameEn}`,
        location: (zh ? s.unitNameZh : null) ?? s.unitName,
        productId: 'frontline/roster',
        calName: zh ? '我的更表' : 'My roster',
      }));
      if (events.length === 0) return { body: emptyCalendar(zh), fileName: 'my-roster.ics' };
      const { error, value } = createEvents(events);
      if (error || !value) throw error ?? new Error('The calendar file could not be made.');
      return { body: value, fileName: 'my-roster.ics' };
    },

    /**
     * Fills the plan with the heuristic alone, in this thread, for a fixed number of moves (the same
     * roster on every machine): the demo's published plan. Users run the optimiser (`solve`).
     */
    async fillWithHeuristic(
      actor: Actor,
      id: string,
      version: number,
      maxIterations: number,
    ): Promise<RosterPlan> {
      return db.transaction().execute(async (trx) => {
        const r = await forChange(trx, actor, id, version);
        const { input } = await planInput(trx, r, true);
        const model = toSolverModel(input);
        const result = solveHeuristic(model, { seed: 1, maxIterations });
        const assignments = fromRoster(model, result.roster);
        await rosteringRepository(trx).replaceAssignments(id, assignments);
        await bump(trx, r);
        await audit.record(trx, actor, {
          action: 'roster_plan.optimised',
          entityType: PLAN,
          entityId: id,
          after: { engine: 'heuristic', objective: result.objective, shifts: assignments.length },
        });
        return reread(trx, id);
      });
    },

    /** Stops every running solve and waits for each to record it (the server is closing). */
    async stopAll(): Promise<void> {
      for (const job of running.values()) job.controller.abort();
      await this.idle();
    },

    /** Resolves when no solve is running (tests, shutdown). */
    async idle(): Promise<void> {
      while (running.size > 0) await Promise.all([...running.values()].map((j) => j.done));
    },
  };
}

export type RosteringService = ReturnType<typeof createRosteringService>;

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** A shift template as the slot calculations see it: its start and its end after the start. */
const shiftWindow = (s: { id: string; startMinute: number; endMinute: number }) => ({
  id: s.id,
  startMinute: s.startMinute,
  endMinute: s.startMinute + shiftLength(s),
});

function dayIndex(startsOn: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000);
}

function emptyCalendar(zh: boolean): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:frontline/roster',
    `X-WR-CALNAME:${zh ? '我的更表' : 'My roster'}`,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
