/**
 * From a roster plan as Frontline keeps it (duties, shift templates, people's profiles, demand and
 * assignments) to the solver's model (solver/model.ts), and back; and the plan's figures: coverage,
 * hours, cost, the spread of hours, and the hard rules a roster breaks, with the figures the web
 * needs to say them in words. Pure: the service reads the rows and passes them in.
 *
 * How the plan becomes the solver's model:
 * - a solver shift type is one shift template worked on one duty (`<template>:<duty>`);
 * - a person without the duty's level gets at most 0 shifts of that type (rule max-shifts);
 * - one shift may not follow another the next day when the rest between them is shorter than the
 *   longest minimum rest among the plan's people (the model has one succession table for everyone);
 * - weekly hours become the plan's minimum and maximum minutes (× days / 7); at most
 *   `maxConsecutiveDays` (≤ 6: a rest day in every seven) days in a row;
 * - unavailable dates are days off; "avoid" preferences are shift-off requests, "want" preferences
 *   with a shift template are shift-on requests (on the person's first duty they may do);
 * - labour cost is part of the objective: working a shift costs its paid hours × the hourly cost,
 *   written as a shift-off weight, so the solver staffs no more than the demand asks (and the
 *   contract's minimum hours); one person short of demand costs UNDER_WEIGHT, far more than any
 *   shift, so cover comes first;
 * - the outcome term (OUTCOME_UNIT) makes a duty's shift a little dearer for the people whose
 *   measured results on its indicators are weaker;
 * - fairness: the spread between people of hours as a share of each one's weekly maximum
 *   (FAIR_HOURS_UNIT per 100 points), of weekends worked (FAIR_WEEKEND_UNIT each) and of unpopular
 *   shifts worked (FAIR_UNPOPULAR_UNIT each) is part of the objective. A shift is unpopular when it
 *   starts before 07:00, ends after 21:00 or crosses midnight, or when at least a third of the plan's
 *   people ask to avoid it.
 */
import type { HardViolation } from './solver/rules.js';
import { OFF, type Roster, type RosterModel, type ShiftType } from './solver/model.js';

/** Cost of one person short of a shift's demand, against about 500–800 for a shift's labour. */
export const UNDER_WEIGHT = 10_000;
/** Cost of one person above the demand, on top of their labour. */
export const OVER_WEIGHT = 50;
/** A preference's weight (1–10) is worth this much each, about a tenth of a shift's cost. */
export const PREFERENCE_UNIT = 50;
/**
 * The outcome term: a shift on a duty costs up to this much more for the person whose measured
 * results on the duty's indicators are the team's weakest (nothing for the strongest), so among
 * otherwise equal rosters the optimiser puts the stronger people where their results count.
 */
export const OUTCOME_UNIT = 40;
/**
 * Fairness prices. Hours: 10 points of spread in the share of the weekly maximum (4 hours of a
 * 40-hour week) cost 150, a little under half a shift's labour, so the optimiser evens hours out
 * when the demand allows but never staffs extra shifts only to do so. A weekend of spread costs 120
 * and an unpopular shift of spread 60, a little more than an "avoid" preference of weight 1.
 */
export const FAIR_HOURS_UNIT = 1500;
export const FAIR_WEEKEND_UNIT = 120;
export const FAIR_UNPOPULAR_UNIT = 60;

export interface PlanDuty {
  id: string;
  minLevel: number;
}
export interface PlanShift {
  id: string;
  startMinute: number;
  endMinute: number;
  breakMinutes: number;
}
export interface PlanPerson {
  personId: string;
  personName: string;
  minWeekHours: number;
  maxWeekHours: number;
  maxConsecutiveDays: number;
  minRestHours: number;
  hourlyCost: number;
  overtimePremium: number;
  skills: { dutyId: string; level: number }[];
  /** Day indices of the plan the person is not available. */
  unavailableDays: number[];
  preferences: { weekday: number; shiftTemplateId: string | null; kind: 'want' | 'avoid'; weight: number }[];
  /**
   * Per duty, the person's standing on its indicators among the plan's people, 0 (weakest) to 1
   * (strongest); a duty missing here (no indicators, or no figures) counts as 0.5.
   */
  outcome?: Record<string, number>;
  /** Planned coaching and training inside the plan: their time is kept out of the rostered hours. */
  keptTime?: KeptTime[];
}
/** Time a person needs off the floor during the plan: a course due, a check-in, a coaching follow-up. */
export interface KeptTime {
  kind: 'training' | 'checkin' | 'coaching' | 'leave';
  /** The local date: the course's due date, the check-in's day, the follow-up's day. */
  date: string;
  /** Local start time (HH:MM) of a check-in; null for the others. */
  time: string | null;
  minutes: number;
  /** The course's title (training only). */
  titleEn: string | null;
  titleZh: string | null;
}
/** Minutes a coaching follow-up keeps (it has a day but no length of its own). */
export const COACHING_FOLLOW_UP_MINUTES = 30;

/** Minutes of the person's kept time over the plan. */
export const keptMinutes = (p: Pick<PlanPerson, 'keptTime'>): number =>
  (p.keptTime ?? []).reduce((sum, k) => sum + k.minutes, 0);

/** The most minutes the plan may roster a person: the contract's maximum less the time kept. */
export function rosterableMaxMinutes(p: PlanPerson, days: number): number {
  return Math.max(0, Math.round(p.maxWeekHours * 60 * (days / 7)) - keptMinutes(p));
}
export interface PlanCell {
  day: number;
  shiftTemplateId: string;
  dutyId: string;
}
export interface PlanDemand extends PlanCell {
  headcount: number;
}
export interface PlanAssignment extends PlanCell {
  personId: string;
}
export interface PlanInput {
  days: number;
  duties: PlanDuty[];
  shifts: PlanShift[];
  people: PlanPerson[];
  demand: PlanDemand[];
}

/** Minutes a shift lasts from start to end (ending at or before its start: the next day). */
export function shiftLength(s: { startMinute: number; endMinute: number }): number {
  return s.endMinute > s.startMinute ? s.endMinute - s.startMinute : s.endMinute + 1440 - s.startMinute;
}

export const paidMinutes = (s: PlanShift): number => Math.max(0, shiftLength(s) - s.breakMinutes);

const typeId = (shiftTemplateId: string, dutyId: string) => `${shiftTemplateId}:${dutyId}`;

/**
 * The plan's unpopular shift templates: unsocial hours (starts before 07:00, ends after 21:00 or
 * crosses midnight) or avoided (any weekday) by at least a third of the plan's people.
 */
export function unpopularShifts(plan: Pick<PlanInput, 'shifts' | 'people'>): string[] {
  return plan.shifts
    .filter((s) => {
      const unsocial = s.startMinute < 7 * 60 || s.endMinute > 21 * 60 || s.endMinute <= s.startMinute;
      const avoiders = plan.people.filter((p) =>
        p.preferences.some((f) => f.kind === 'avoid' && f.shiftTemplateId === s.id),
      ).length;
      return unsocial || (plan.people.length > 0 && avoiders * 3 >= plan.people.length);
    })
    .map((s) => s.id);
}

export function mayDo(p: PlanPerson, duty: PlanDuty): boolean {
  return p.skills.some((k) => k.dutyId === duty.id && k.level >= duty.minLevel);
}

/** The solver's model of the plan. */
export function toSolverModel(plan: PlanInput): RosterModel {
  const pairs = plan.shifts.flatMap((s) => plan.duties.map((d) => ({ s, d, id: typeId(s.id, d.id) })));
  /** Shift pairs (this one, then that one the next day) with less than `minutes` of rest between. */
  const tooClose = (minutes: number) =>
    pairs.flatMap(({ s, id }) =>
      pairs
        .filter(({ s: next }) => 1440 + next.startMinute - (s.startMinute + shiftLength(s)) < minutes)
        .map((next) => ({ shiftId: id, nextShiftId: next.id })),
    );
  // Everyone's rest is at least the shortest of the plan's contracts; a longer one is the person's own.
  const baseRest = plan.people.length ? Math.min(...plan.people.map((p) => p.minRestHours * 60)) : 0;
  const baseClose = tooClose(baseRest);
  const shiftTypes: ShiftType[] = pairs.map(({ s, id }) => ({
    id,
    minutes: paidMinutes(s),
    cannotBeFollowedBy: baseClose.filter((x) => x.shiftId === id).map((x) => x.nextShiftId),
  }));
  const base = new Set(baseClose.map((x) => `${x.shiftId}>${x.nextShiftId}`));
  const weeks = plan.days / 7;
  const staff = plan.people.map((p) => ({
    id: p.personId,
    maxShifts: Object.fromEntries(pairs.filter(({ d }) => !mayDo(p, d)).map(({ id }) => [id, 0])),
    // Time kept for coaching and training comes out of the maximum (and the minimum, if above it).
    minTotalMinutes: Math.min(Math.round(p.minWeekHours * 60 * weeks), rosterableMaxMinutes(p, plan.days)),
    maxTotalMinutes: rosterableMaxMinutes(p, plan.days),
    maxConsecutiveShifts: p.maxConsecutiveDays,
    minConsecutiveShifts: 1,
    minConsecutiveDaysOff: 1,
    maxWeekends: Math.ceil(plan.days / 7),
    daysOff: p.unavailableDays.filter((d) => d >= 0 && d < plan.days),
    forbiddenSuccessions:
      p.minRestHours * 60 > baseRest
        ? tooClose(p.minRestHours * 60).filter((x) => !base.has(`${x.shiftId}>${x.nextShiftId}`))
        : [],
  }));
  const shiftOnRequests: RosterModel['shiftOnRequests'] = [];
  const shiftOffRequests: RosterModel['shiftOffRequests'] = [];
  for (const p of plan.people) {
    const firstDuty = plan.duties.find((d) => mayDo(p, d));
    for (let day = 0; day < plan.days; day++) {
      for (const { s, d, id } of pairs) {
        const labour = (paidMinutes(s) / 60) * p.hourlyCost;
        const outcome = OUTCOME_UNIT * (1 - (p.outcome?.[d.id] ?? 0.5));
        const avoid = p.preferences
          .filter((f) => f.kind === 'avoid' && f.weekday === day % 7 && (f.shiftTemplateId ?? s.id) === s.id)
          .reduce((sum, f) => sum + f.weight * PREFERENCE_UNIT, 0);
        if (labour + avoid + outcome > 0 && mayDo(p, d)) {
          shiftOffRequests.push({ staffId: p.personId, day, shiftId: id, weight: labour + avoid + outcome });
        }
      }
      if (!firstDuty) continue;
      for (const f of p.preferences) {
        if (f.kind === 'want' && f.shiftTemplateId && f.weekday === day % 7) {
          if (!plan.shifts.some((s) => s.id === f.shiftTemplateId)) continue;
          shiftOnRequests.push({
            staffId: p.personId,
            day,
            shiftId: typeId(f.shiftTemplateId, firstDuty.id),
            weight: f.weight * PREFERENCE_UNIT,
          });
        }
      }
    }
  }
  const known = new Set(pairs.map((x) => x.id));
  const cover = plan.demand
    .filter((c) => c.day >= 0 && c.day < plan.days && known.has(typeId(c.shiftTemplateId, c.dutyId)))
    .map((c) => ({
      day: c.day,
      shiftId: typeId(c.shiftTemplateId, c.dutyId),
      requirement: c.headcount,
      underWeight: UNDER_WEIGHT,
      overWeight: OVER_WEIGHT,
    }));
  const unpopular = new Set(unpopularShifts(plan));
  return {
    days: plan.days,
    shiftTypes,
    staff,
    shiftOnRequests,
    shiftOffRequests,
    cover,
    fairness: {
      hoursWeight: FAIR_HOURS_UNIT,
      weekendWeight: FAIR_WEEKEND_UNIT,
      unpopularShiftIds: pairs.filter(({ s }) => unpopular.has(s.id)).map(({ id }) => id),
      unpopularWeight: FAIR_UNPOPULAR_UNIT,
    },
  };
}

/** The plan's assignments as a solver roster (cells naming an unknown shift or duty are left off). */
export function toRoster(model: RosterModel, assignments: PlanAssignment[]): Roster {
  const typeIndex = new Map(model.shiftTypes.map((t, i) => [t.id, i]));
  const personIndex = new Map(model.staff.map((p, i) => [p.id, i]));
  const roster: Roster = model.staff.map(() => new Array<number>(model.days).fill(OFF));
  for (const a of assignments) {
    const s = personIndex.get(a.personId);
    const t = typeIndex.get(typeId(a.shiftTemplateId, a.dutyId));
    if (s !== undefined && t !== undefined && a.day >= 0 && a.day < model.days) roster[s]![a.day] = t;
  }
  return roster;
}

/** A solver roster as assignments. */
export function fromRoster(model: RosterModel, roster: Roster): PlanAssignment[] {
  const out: PlanAssignment[] = [];
  roster.forEach((row, s) =>
    row.forEach((t, day) => {
      if (t === OFF) return;
      const [shiftTemplateId, dutyId] = model.shiftTypes[t]!.id.split(':') as [string, string];
      out.push({ personId: model.staff[s]!.id, day, shiftTemplateId, dutyId });
    }),
  );
  return out;
}

/** Need against assigned, per day × shift × duty that has either. */
export function coverage(demand: PlanDemand[], assignments: PlanAssignment[]) {
  const key = (c: PlanCell) => `${c.day}|${c.shiftTemplateId}|${c.dutyId}`;
  const cells = new Map<string, PlanCell & { need: number; assigned: number }>();
  for (const d of demand) cells.set(key(d), { ...pick(d), need: d.headcount, assigned: 0 });
  for (const a of assignments) {
    const c = cells.get(key(a)) ?? { ...pick(a), need: 0, assigned: 0 };
    c.assigned++;
    cells.set(key(a), c);
  }
  return [...cells.values()].sort(
    (a, b) =>
      a.day - b.day || a.shiftTemplateId.localeCompare(b.shiftTemplateId) || a.dutyId.localeCompare(b.dutyId),
  );
}

/** A duty's need in one time slot of a plan day. */
export interface PlanSlotNeed {
  dutyId: string;
  day: number;
  startMinute: number;
  minutes: number;
  need: number;
}

/**
 * Need against the people on duty, slot by slot: a person counts in a slot when they are assigned the
 * slot's duty on a shift that spans the whole slot (a shift crossing midnight counts in the next day's
 * early slots too; breaks are not placed, so they are not subtracted). In the order of the needs.
 */
export function slotCoverage(
  needs: readonly PlanSlotNeed[],
  assignments: readonly PlanAssignment[],
  shifts: readonly { id: string; startMinute: number; endMinute: number }[],
) {
  const window = new Map(shifts.map((s) => [s.id, { start: s.startMinute, length: shiftLength(s) }]));
  const byDuty = new Map<string, { from: number; to: number }[]>();
  for (const a of assignments) {
    const w = window.get(a.shiftTemplateId);
    if (!w) continue;
    const from = a.day * 1440 + w.start;
    byDuty.set(a.dutyId, [...(byDuty.get(a.dutyId) ?? []), { from, to: from + w.length }]);
  }
  return needs.map((n) => {
    const from = n.day * 1440 + n.startMinute;
    const to = from + n.minutes;
    const onDuty = (byDuty.get(n.dutyId) ?? []).filter((w) => w.from <= from && w.to >= to).length;
    return {
      dutyId: n.dutyId,
      day: n.day,
      startMinute: n.startMinute,
      slotMinutes: n.minutes,
      need: n.need,
      onDuty,
    };
  });
}

const pick = (c: PlanCell): PlanCell => ({
  day: c.day,
  shiftTemplateId: c.shiftTemplateId,
  dutyId: c.dutyId,
});

/**
 * Hours and cost per person: paid hours of their shifts; hours above the contract's weekly maximum
 * (week by week) cost the overtime premium. Weekends worked: Saturday or Sunday on shift. Unpopular
 * shifts worked: shifts of the templates `unpopularShifts` names.
 */
export function personFigures(plan: PlanInput, p: PlanPerson, assignments: PlanAssignment[]) {
  const mine = assignments.filter((a) => a.personId === p.personId);
  const shiftOf = new Map(plan.shifts.map((s) => [s.id, s]));
  const weekMinutes = new Map<number, number>();
  for (const a of mine) {
    const s = shiftOf.get(a.shiftTemplateId);
    if (!s) continue;
    const w = Math.floor(a.day / 7);
    weekMinutes.set(w, (weekMinutes.get(w) ?? 0) + paidMinutes(s));
  }
  let hours = 0;
  let cost = 0;
  for (const minutes of weekMinutes.values()) {
    const h = minutes / 60;
    const overtime = Math.max(0, h - p.maxWeekHours);
    hours += h;
    cost += (h - overtime) * p.hourlyCost + overtime * p.hourlyCost * p.overtimePremium;
  }
  const weekends = new Set(mine.filter((a) => a.day % 7 >= 5).map((a) => Math.floor(a.day / 7))).size;
  const unpopular = new Set(unpopularShifts(plan));
  const unpopularWorked = mine.filter((a) => unpopular.has(a.shiftTemplateId)).length;
  return {
    hours: round2(hours),
    cost: round2(cost),
    weekendsWorked: weekends,
    unpopularShifts: unpopularWorked,
  };
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A hard rule broken, with the figures for its words: the limit (hours for the hour rules, days for
 * the run rules, rest hours for succession) and, for a duty the person may not do, `reason: skill`.
 */
export function warningParams(
  plan: PlanInput,
  v: HardViolation,
  assignments: PlanAssignment[],
): Record<string, string | number> {
  const p = plan.people.find((x) => x.personId === v.staffId);
  if (!p) return {};
  const weeks = plan.days / 7;
  switch (v.rule) {
    case 'max-total-minutes':
    case 'min-total-minutes': {
      const { hours } = personFigures(plan, p, assignments);
      const max = rosterableMaxMinutes(p, plan.days) / 60;
      const limit = v.rule === 'max-total-minutes' ? max : Math.min(p.minWeekHours * weeks, max);
      const kept = keptMinutes(p) / 60;
      return kept > 0 ? { hours, limit: round2(limit), kept: round2(kept) } : { hours, limit: round2(limit) };
    }
    case 'max-consecutive-shifts':
      return { limit: p.maxConsecutiveDays };
    case 'forbidden-succession':
      return { restHours: p.minRestHours };
    case 'max-shifts':
      return { reason: 'skill' };
    case 'day-off':
    case 'max-weekends':
    case 'min-consecutive-days-off':
    case 'min-consecutive-shifts':
    case 'roster-shape':
      return {};
  }
}

/**
 * Each person's standing per duty from their figures on the duty's indicators (ratio of sums over
 * the weeks before the plan): on each indicator the people with figures are ranked (direction
 * respected) and given 0 (weakest) to 1 (strongest); a duty's standing is the mean over its
 * indicators with figures. People without figures are left out (they count as 0.5).
 */
export function outcomeStanding(
  duties: { id: string; indicatorIds: string[] }[],
  figures: { indicatorId: string; personId: string; num: number; den: number }[],
  direction: Map<string, 'higher_better' | 'lower_better' | string>,
): Map<string, Record<string, number>> {
  const perIndicator = new Map<string, Map<string, number>>();
  for (const indicatorId of new Set(figures.map((f) => f.indicatorId))) {
    const values = figures
      .filter((f) => f.indicatorId === indicatorId && f.den > 0)
      .map((f) => ({ personId: f.personId, value: f.num / f.den }));
    const lowerBetter = direction.get(indicatorId) === 'lower_better';
    values.sort((a, b) => (lowerBetter ? b.value - a.value : a.value - b.value));
    const ranks = new Map<string, number>();
    values.forEach((v, i) => ranks.set(v.personId, values.length === 1 ? 0.5 : i / (values.length - 1)));
    perIndicator.set(indicatorId, ranks);
  }
  const out = new Map<string, Record<string, number>>();
  for (const d of duties) {
    const people = new Set(d.indicatorIds.flatMap((i) => [...(perIndicator.get(i)?.keys() ?? [])]));
    for (const personId of people) {
      const scores = d.indicatorIds
        .map((i) => perIndicator.get(i)?.get(personId))
        .filter((x): x is number => x !== undefined);
      if (scores.length === 0) continue;
      const rec = out.get(personId) ?? {};
      rec[d.id] = scores.reduce((a, b) => a + b, 0) / scores.length;
      out.set(personId, rec);
    }
  }
  return out;
}

export interface PlanTask {
  id: string;
  day: number;
  dutyId: string;
  minutes: number;
}
export type TaskOutcome =
  | { taskId: string; personId: string; reason: null }
  | { taskId: string; personId: null; reason: 'no_one_skilled_on_shift' | 'no_capacity' };

/**
 * Non-shift tasks to people on shift (item 5): the longest task first, each to someone rostered that
 * day who has the duty's level and enough paid minutes left after the tasks already given; among
 * them, first those rostered on the task's own duty, then the one with the most time left (then by
 * id, so the result never depends on the order of the rows). A task nobody can take says why.
 */
export function assignTasks(
  plan: PlanInput,
  assignments: PlanAssignment[],
  tasks: PlanTask[],
): TaskOutcome[] {
  const duty = new Map(plan.duties.map((d) => [d.id, d]));
  const shift = new Map(plan.shifts.map((s) => [s.id, s]));
  const person = new Map(plan.people.map((p) => [p.personId, p]));
  const left = new Map(
    assignments.map((a) => [
      `${a.personId}|${a.day}`,
      shift.get(a.shiftTemplateId) ? paidMinutes(shift.get(a.shiftTemplateId)!) : 0,
    ]),
  );
  const ordered = [...tasks].sort(
    (a, b) => b.minutes - a.minutes || a.day - b.day || a.id.localeCompare(b.id),
  );
  return ordered.map((t): TaskOutcome => {
    const d = duty.get(t.dutyId);
    const skilled = assignments.filter((a) => {
      const p = person.get(a.personId);
      return a.day === t.day && d !== undefined && p !== undefined && mayDo(p, d);
    });
    if (skilled.length === 0) return { taskId: t.id, personId: null, reason: 'no_one_skilled_on_shift' };
    const fits = skilled
      .map((a) => ({ a, left: left.get(`${a.personId}|${a.day}`) ?? 0 }))
      .filter((x) => x.left >= t.minutes)
      .sort(
        (x, y) =>
          Number(y.a.dutyId === t.dutyId) - Number(x.a.dutyId === t.dutyId) ||
          y.left - x.left ||
          x.a.personId.localeCompare(y.a.personId),
      );
    const best = fits[0];
    if (!best) return { taskId: t.id, personId: null, reason: 'no_capacity' };
    left.set(`${best.a.personId}|${best.a.day}`, best.left - t.minutes);
    return { taskId: t.id, personId: best.a.personId, reason: null };
  });
}

/** What qualifies people for duties: the duty's courses, scorecards (by code) and pass mark. */
export interface DutyQualification {
  id: string;
  trainingCourseIds: string[];
  assessmentScorecardCodes: string[];
  assessmentPassPercent: number;
}
/** One person's records: courses completed (not failed) and released official assessments. */
export interface QualificationRecords {
  courses: { courseId: string; code: string; completedOn: string }[];
  assessments: { scorecardCode: string; occurredOn: string; percent: number }[];
}
export interface DerivedSkillOf {
  dutyId: string;
  level: number;
  source: 'training' | 'assessment';
  evidence: string;
  on: string;
  percent: number | null;
}

/** Level a completed course gives, and a passed assessment (item 3: skills from records). */
export const TRAINED_LEVEL = 2;
export const ASSESSED_LEVEL = 3;

/**
 * A person's skills from their records: per duty, the latest completed course among the duty's
 * courses gives level 2; the latest assessment on one of the duty's scorecards gives level 3 when
 * it reaches the pass percentage (a later assessment below it takes the level away again: the
 * person's current standard is what counts).
 */
export function derivedSkills(duties: DutyQualification[], records: QualificationRecords): DerivedSkillOf[] {
  const out: DerivedSkillOf[] = [];
  for (const d of duties) {
    const course = records.courses
      .filter((c) => d.trainingCourseIds.includes(c.courseId))
      .sort((a, b) => b.completedOn.localeCompare(a.completedOn))[0];
    if (course) {
      out.push({
        dutyId: d.id,
        level: TRAINED_LEVEL,
        source: 'training',
        evidence: course.code,
        on: course.completedOn,
        percent: null,
      });
    }
    const latest = records.assessments
      .filter((a) => d.assessmentScorecardCodes.includes(a.scorecardCode))
      .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))[0];
    if (latest && latest.percent >= d.assessmentPassPercent) {
      out.push({
        dutyId: d.id,
        level: ASSESSED_LEVEL,
        source: 'assessment',
        evidence: latest.scorecardCode,
        on: latest.occurredOn,
        percent: latest.percent,
      });
    }
  }
  return out;
}

/** Hand-set levels and levels from records together: per duty, the higher. */
export function effectiveSkills(
  hand: { dutyId: string; level: number }[],
  derived: { dutyId: string; level: number }[],
): { dutyId: string; level: number }[] {
  const best = new Map<string, number>();
  for (const s of [...hand, ...derived]) best.set(s.dutyId, Math.max(best.get(s.dutyId) ?? 0, s.level));
  return [...best].map(([dutyId, level]) => ({ dutyId, level }));
}
