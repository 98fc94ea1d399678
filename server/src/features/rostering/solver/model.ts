/**
 * Frontline's roster model: who may work which shift on which day, and what a good roster looks like.
 * Pure data, no database. The same model is read from the Curtois & Qu benchmark files (nrp-reader.ts),
 * checked by rules.ts (the single source of truth for the rules) and solved by heuristic.ts and mip.ts.
 *
 * Days are numbered from 0, and day 0 is a Monday (so day 5 is a Saturday and day 6 a Sunday).
 *
 * Hard rules (a roster that breaks one is not allowed):
 *  1. at most one shift per person per day (a roster has one cell per person per day);
 *  2. a shift may not be followed on the next day by one of its `cannotBeFollowedBy` shifts, nor, for
 *     one person, by one of the successions their own contract forbids (`forbiddenSuccessions`);
 *  3. per person, at most `maxShifts[shiftId]` shifts of each type;
 *  4. per person, total minutes worked between `minTotalMinutes` and `maxTotalMinutes`;
 *  5. at most `maxConsecutiveShifts` worked days in a row;
 *  6. every run of worked days is at least `minConsecutiveShifts` long (days outside the plan count
 *     as days off, so a run touching the first or last day must also be long enough);
 *  7. every run of days off between two worked days is at least `minConsecutiveDaysOff` long (runs
 *     of days off touching the first or last day are exempt);
 *  8. at most `maxWeekends` weekends worked (worked if Saturday or Sunday has a shift);
 *  9. no shift on one of the person's `daysOff`.
 *
 * Soft rules (each break costs its weight; the objective is their sum, to be minimised):
 *  - a shift-on request not granted costs its weight;
 *  - a shift-off request not granted (the person works that shift that day) costs its weight;
 *  - per day and shift, each person short of the requirement costs `underWeight` and each person
 *    above it costs `overWeight`;
 *  - fairness (optional, `fairness`): the spread between the most and the least loaded person — in
 *    the share of their maximum minutes worked, in weekends worked and in unpopular shifts worked —
 *    each costs its weight per unit of spread.
 */

/** A kind of shift: its length and which shifts may not follow it on the next day. */
export interface ShiftType {
  id: string;
  minutes: number;
  /** Shifts that may not be worked the day after this one (e.g. no early shift after a late one). */
  cannotBeFollowedBy: string[];
}

/** A person's contract: the limits of their working pattern over the plan. */
export interface StaffMember {
  id: string;
  /** Most shifts of each type over the plan; a shift type not listed has no limit. */
  maxShifts: Record<string, number>;
  maxTotalMinutes: number;
  minTotalMinutes: number;
  maxConsecutiveShifts: number;
  minConsecutiveShifts: number;
  minConsecutiveDaysOff: number;
  maxWeekends: number;
  /** Days the person must not work (leave, training…). */
  daysOff: number[];
  /**
   * Successions forbidden for this person only, besides the shift types' own `cannotBeFollowedBy`
   * (e.g. a contract with a longer rest between shifts than the others').
   */
  forbiddenSuccessions?: { shiftId: string; nextShiftId: string }[];
}

/** A person asks to work (on request) or not to work (off request) a shift on a day. */
export interface ShiftRequest {
  staffId: string;
  day: number;
  shiftId: string;
  /** Cost when the request is not granted. */
  weight: number;
}

/** How many people a shift needs on a day, and the cost of each one short or too many. */
export interface CoverRequirement {
  day: number;
  shiftId: string;
  requirement: number;
  underWeight: number;
  overWeight: number;
}

/**
 * Fairness between people, as soft costs on spreads (largest minus smallest over the staff):
 * hours as a share of each person's `maxTotalMinutes` (people whose maximum is 0 are left out), weekends
 * worked, and shifts of the unpopular types worked. A weight of 0 turns its term off.
 */
export interface Fairness {
  /** Cost per 1.0 of spread in the share of maximum minutes worked (0.1 = ten points apart). */
  hoursWeight: number;
  /** Cost per weekend of spread in weekends worked. */
  weekendWeight: number;
  /** The shift types nobody much wants (late, early, overnight, or avoided by many). */
  unpopularShiftIds: string[];
  /** Cost per shift of spread in unpopular shifts worked. */
  unpopularWeight: number;
}

export interface RosterModel {
  /** Number of days in the plan; day 0 is a Monday. */
  days: number;
  shiftTypes: ShiftType[];
  staff: StaffMember[];
  shiftOnRequests: ShiftRequest[];
  shiftOffRequests: ShiftRequest[];
  cover: CoverRequirement[];
  fairness?: Fairness;
}

/** The value of a roster cell when the person is off that day. */
export const OFF = -1;

/**
 * A roster: `roster[staffIndex][day]` is the index of the shift type in `model.shiftTypes`, or OFF.
 * One cell per person per day, so hard rule 1 holds by construction.
 */
export type Roster = number[][];

/** A model whose ids are not consistent (an unknown shift or person, a day outside the plan…). */
export class RosterModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RosterModelError';
  }
}

/** A Saturday or Sunday (day 0 is a Monday). */
export function isWeekendDay(day: number): boolean {
  return day % 7 === 5 || day % 7 === 6;
}

/**
 * The model in array form, by index, for the evaluator and the solvers. Built once by `indexModel`,
 * which also checks that every id a rule mentions exists.
 */
export interface IndexedModel {
  model: RosterModel;
  days: number;
  staffCount: number;
  shiftCount: number;
  shiftMinutes: number[];
  /** forbiddenNext[a][b]: shift b may not follow shift a on the next day (for everyone). */
  forbiddenNext: boolean[][];
  /**
   * staffForbiddenNext[s][a][b]: shift b may not follow shift a for person s (forbiddenNext plus the
   * person's own forbidden successions; the same array as forbiddenNext when they have none).
   */
  staffForbiddenNext: boolean[][][];
  /** maxShifts[s][t]: most shifts of type t for person s (Infinity when not limited). */
  maxShifts: number[][];
  /** dayOff[s][d]: person s must not work on day d. */
  dayOff: boolean[][];
  /** onWeight[s][d][t]: cost if person s does not work shift t on day d (0 when not requested). */
  onWeight: number[][][];
  /** offWeight[s][d][t]: cost if person s works shift t on day d. */
  offWeight: number[][][];
  /** Per day and shift: required people and the costs per person short or too many. */
  coverRequired: number[][];
  coverUnderWeight: number[][];
  coverOverWeight: number[][];
  /** Number of weekends the plan touches (weekend w = days 7w+5 and 7w+6). */
  weekends: number;
  /** Fairness weights (0 = off) and, per shift type, whether it is unpopular. */
  fairHoursWeight: number;
  fairWeekendWeight: number;
  fairUnpopularWeight: number;
  unpopular: boolean[];
  /** True when any fairness weight is above 0. */
  fairnessOn: boolean;
}

const grid = <T>(rows: number, cols: number, value: () => T): T[][] =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, value));

/** Builds the index form of a model; throws RosterModelError when an id or day is unknown. */
export function indexModel(model: RosterModel): IndexedModel {
  const days = model.days;
  if (!Number.isInteger(days) || days < 1) throw new RosterModelError(`The plan needs at least one day.`);
  const shiftIndex = new Map<string, number>();
  model.shiftTypes.forEach((t, i) => {
    if (shiftIndex.has(t.id)) throw new RosterModelError(`Shift type ${t.id} is defined twice.`);
    shiftIndex.set(t.id, i);
  });
  const staffIndex = new Map<string, number>();
  model.staff.forEach((p, i) => {
    if (staffIndex.has(p.id)) throw new RosterModelError(`Person ${p.id} is defined twice.`);
    staffIndex.set(p.id, i);
  });
  const shiftOf = (id: string, where: string) => {
    const i = shiftIndex.get(id);
    if (i === undefined) throw new RosterModelError(`${where} names an unknown shift type ${id}.`);
    return i;
  };
  const staffOf = (id: string, where: string) => {
    const i = staffIndex.get(id);
    if (i === undefined) throw new RosterModelError(`${where} names an unknown person ${id}.`);
    return i;
  };
  const checkDay = (day: number, where: string) => {
    if (!Number.isInteger(day) || day < 0 || day >= days) {
      throw new RosterModelError(`${where} names day ${day}, outside the plan's days 0–${days - 1}.`);
    }
  };
  const T = model.shiftTypes.length;
  const S = model.staff.length;
  const forbiddenNext = grid(T, T, () => false);
  model.shiftTypes.forEach((t, a) => {
    for (const next of t.cannotBeFollowedBy) forbiddenNext[a]![shiftOf(next, `Shift ${t.id}`)] = true;
  });
  const maxShifts = grid(S, T, () => Infinity);
  const dayOff = grid(S, days, () => false);
  model.staff.forEach((p, s) => {
    for (const [id, max] of Object.entries(p.maxShifts)) maxShifts[s]![shiftOf(id, `Person ${p.id}`)] = max;
    for (const d of p.daysOff) {
      checkDay(d, `Person ${p.id}'s days off`);
      dayOff[s]![d] = true;
    }
  });
  const staffForbiddenNext = model.staff.map((p) => {
    const own = p.forbiddenSuccessions ?? [];
    if (own.length === 0) return forbiddenNext;
    const mine = forbiddenNext.map((row) => [...row]);
    const where = `Person ${p.id}'s forbidden successions`;
    for (const f of own) mine[shiftOf(f.shiftId, where)]![shiftOf(f.nextShiftId, where)] = true;
    return mine;
  });
  const onWeight = Array.from({ length: S }, () => grid(days, T, () => 0));
  const offWeight = Array.from({ length: S }, () => grid(days, T, () => 0));
  for (const [list, target, kind] of [
    [model.shiftOnRequests, onWeight, 'shift-on'],
    [model.shiftOffRequests, offWeight, 'shift-off'],
  ] as const) {
    for (const r of list) {
      const where = `A ${kind} request of ${r.staffId}`;
      const s = staffOf(r.staffId, where);
      checkDay(r.day, where);
      target[s]![r.day]![shiftOf(r.shiftId, where)]! += r.weight;
    }
  }
  const coverRequired = grid(days, T, () => 0);
  const coverUnderWeight = grid(days, T, () => 0);
  const coverOverWeight = grid(days, T, () => 0);
  for (const c of model.cover) {
    const where = `The cover of day ${c.day}`;
    checkDay(c.day, where);
    const t = shiftOf(c.shiftId, where);
    coverRequired[c.day]![t] = c.requirement;
    coverUnderWeight[c.day]![t] = c.underWeight;
    coverOverWeight[c.day]![t] = c.overWeight;
  }
  const fairness = model.fairness;
  const unpopular = new Array<boolean>(T).fill(false);
  for (const id of fairness?.unpopularShiftIds ?? []) unpopular[shiftOf(id, 'The unpopular shifts')] = true;
  const fairHoursWeight = Math.max(0, fairness?.hoursWeight ?? 0);
  const fairWeekendWeight = Math.max(0, fairness?.weekendWeight ?? 0);
  const fairUnpopularWeight = unpopular.some(Boolean) ? Math.max(0, fairness?.unpopularWeight ?? 0) : 0;
  return {
    model,
    days,
    staffCount: S,
    shiftCount: T,
    shiftMinutes: model.shiftTypes.map((t) => t.minutes),
    forbiddenNext,
    staffForbiddenNext,
    maxShifts,
    dayOff,
    onWeight,
    offWeight,
    coverRequired,
    coverUnderWeight,
    coverOverWeight,
    weekends: Math.max(0, Math.ceil((days - 5) / 7)),
    fairHoursWeight,
    fairWeekendWeight,
    fairUnpopularWeight,
    unpopular,
    fairnessOn: fairHoursWeight + fairWeekendWeight + fairUnpopularWeight > 0,
  };
}

/** What fairness looks at in one person's row: minutes, weekends and unpopular shifts worked. */
export interface FairStats {
  minutes: number;
  weekends: number;
  unpopular: number;
}

/**
 * The fairness cost of the staff's figures: each term's weight times the spread (largest minus
 * smallest) of its figure over the staff. `minutes[s]` is divided by person s's maximum minutes.
 */
export function fairnessCost(
  im: IndexedModel,
  minutes: ArrayLike<number>,
  weekends: ArrayLike<number>,
  unpopular: ArrayLike<number>,
): number {
  if (!im.fairnessOn || im.staffCount < 2) return 0;
  let shareHi = -Infinity;
  let shareLo = Infinity;
  let wHi = -Infinity;
  let wLo = Infinity;
  let uHi = -Infinity;
  let uLo = Infinity;
  for (let s = 0; s < im.staffCount; s++) {
    const max = im.model.staff[s]!.maxTotalMinutes;
    if (max > 0) {
      const share = minutes[s]! / max;
      if (share > shareHi) shareHi = share;
      if (share < shareLo) shareLo = share;
    }
    if (weekends[s]! > wHi) wHi = weekends[s]!;
    if (weekends[s]! < wLo) wLo = weekends[s]!;
    if (unpopular[s]! > uHi) uHi = unpopular[s]!;
    if (unpopular[s]! < uLo) uLo = unpopular[s]!;
  }
  const hours = shareHi >= shareLo ? shareHi - shareLo : 0;
  return (
    im.fairHoursWeight * hours + im.fairWeekendWeight * (wHi - wLo) + im.fairUnpopularWeight * (uHi - uLo)
  );
}

/** One row's fairness figures. */
export function rowFairStats(im: IndexedModel, row: readonly number[] | Int16Array): FairStats {
  let minutes = 0;
  let unpopular = 0;
  let weekends = 0;
  for (let d = 0; d < im.days; d++) {
    const t = row[d]!;
    if (t < 0) continue;
    minutes += im.shiftMinutes[t]!;
    if (im.unpopular[t]) unpopular++;
    if (d % 7 === 5 || (d % 7 === 6 && (row[d - 1] ?? OFF) < 0)) weekends++;
  }
  return { minutes, weekends, unpopular };
}

/** An empty roster: everyone off every day. */
export function emptyRoster(model: RosterModel): Roster {
  return model.staff.map(() => Array.from({ length: model.days }, () => OFF));
}

/** The roster as shift ids, '' for a day off (for printing and for the web later). */
export function rosterToIds(model: RosterModel, roster: Roster): string[][] {
  return roster.map((row) => row.map((t) => (t === OFF ? '' : (model.shiftTypes[t]?.id ?? '?'))));
}
