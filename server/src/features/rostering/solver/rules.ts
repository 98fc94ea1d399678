/**
 * The rules of a roster, checked: given a model and a roster, the hard rules it breaks (each with a
 * plain-English message and the person and day it concerns) and its soft penalty, by kind. This is
 * the single source of truth for the rules (model.ts lists them): every solver's result is checked
 * here before it is returned.
 */
import {
  OFF,
  fairnessCost,
  indexModel,
  rowFairStats,
  type IndexedModel,
  type Roster,
  type RosterModel,
} from './model.js';

export type HardRule =
  | 'roster-shape'
  | 'forbidden-succession'
  | 'max-shifts'
  | 'min-total-minutes'
  | 'max-total-minutes'
  | 'max-consecutive-shifts'
  | 'min-consecutive-shifts'
  | 'min-consecutive-days-off'
  | 'max-weekends'
  | 'day-off';

export interface HardViolation {
  rule: HardRule;
  staffId: string;
  /** The day the break is seen on (the first day of a run; absent for rules over the whole plan). */
  day?: number;
  message: string;
}

export interface PenaltyBreakdown {
  /** Shift-on requests not granted. */
  shiftOnRequests: number;
  /** Shift-off requests not granted. */
  shiftOffRequests: number;
  /** People short of the cover requirement, times the under weight. */
  underCover: number;
  /** People above the cover requirement, times the over weight. */
  overCover: number;
  /** Spreads of hours, weekends and unpopular shifts between people, times their weights. */
  fairness: number;
  total: number;
}

export interface Evaluation {
  hardViolations: HardViolation[];
  penalty: PenaltyBreakdown;
}

/** Runs of equal kind (worked or off) in a person's row: [start, length, worked]. */
function runs(row: readonly number[]): Array<[number, number, boolean]> {
  const out: Array<[number, number, boolean]> = [];
  let start = 0;
  for (let d = 1; d <= row.length; d++) {
    if (d === row.length || (row[d] !== OFF) !== (row[start] !== OFF)) {
      out.push([start, d - start, row[start] !== OFF]);
      start = d;
    }
  }
  return out;
}

/** The hard rules one person's row breaks (rules 2–9; rule 1 holds by the roster's shape). */
export function staffViolations(im: IndexedModel, s: number, row: readonly number[]): HardViolation[] {
  const p = im.model.staff[s]!;
  const shifts = im.model.shiftTypes;
  const out: HardViolation[] = [];
  const add = (rule: HardRule, message: string, day?: number) =>
    out.push(day === undefined ? { rule, staffId: p.id, message } : { rule, staffId: p.id, day, message });
  const counts = new Array<number>(im.shiftCount).fill(0);
  let minutes = 0;
  for (let d = 0; d < im.days; d++) {
    const t = row[d]!;
    if (t === OFF) continue;
    counts[t]!++;
    minutes += im.shiftMinutes[t]!;
    if (im.dayOff[s]![d]) add('day-off', `${p.id} works ${shifts[t]!.id} on day ${d}, a day off.`, d);
    const next = d + 1 < im.days ? row[d + 1]! : OFF;
    if (next !== OFF && im.staffForbiddenNext[s]![t]![next]) {
      add(
        'forbidden-succession',
        `${p.id} works ${shifts[next]!.id} on day ${d + 1} right after ${shifts[t]!.id}, which it may not follow.`,
        d + 1,
      );
    }
  }
  counts.forEach((n, t) => {
    if (n > im.maxShifts[s]![t]!) {
      add(
        'max-shifts',
        `${p.id} works ${n} ${shifts[t]!.id} shifts; at most ${im.maxShifts[s]![t]} allowed.`,
      );
    }
  });
  if (minutes < p.minTotalMinutes) {
    add('min-total-minutes', `${p.id} works ${minutes} minutes; at least ${p.minTotalMinutes} required.`);
  }
  if (minutes > p.maxTotalMinutes) {
    add('max-total-minutes', `${p.id} works ${minutes} minutes; at most ${p.maxTotalMinutes} allowed.`);
  }
  for (const [start, length, worked] of runs(row)) {
    if (worked && length > p.maxConsecutiveShifts) {
      add(
        'max-consecutive-shifts',
        `${p.id} works ${length} days in a row from day ${start}; at most ${p.maxConsecutiveShifts} allowed.`,
        start,
      );
    }
    if (worked && length < p.minConsecutiveShifts) {
      add(
        'min-consecutive-shifts',
        `${p.id} works only ${length} day(s) in a row from day ${start}; at least ${p.minConsecutiveShifts} required.`,
        start,
      );
    }
    const inside = start > 0 && start + length < im.days;
    if (!worked && inside && length < p.minConsecutiveDaysOff) {
      add(
        'min-consecutive-days-off',
        `${p.id} has only ${length} day(s) off in a row from day ${start}; at least ${p.minConsecutiveDaysOff} required.`,
        start,
      );
    }
  }
  let weekends = 0;
  for (let w = 0; w < im.weekends; w++) {
    const sat = row[7 * w + 5];
    const sun = row[7 * w + 6];
    if ((sat !== undefined && sat !== OFF) || (sun !== undefined && sun !== OFF)) weekends++;
  }
  if (weekends > p.maxWeekends) {
    add('max-weekends', `${p.id} works ${weekends} weekends; at most ${p.maxWeekends} allowed.`);
  }
  return out;
}

/** A person's request penalty (shift-on and shift-off requests not granted). */
export function staffRequestPenalty(im: IndexedModel, s: number, row: readonly number[]): [number, number] {
  let on = 0;
  let off = 0;
  const onW = im.onWeight[s]!;
  const offW = im.offWeight[s]!;
  for (let d = 0; d < im.days; d++) {
    const t = row[d]!;
    const ow = onW[d]!;
    for (let u = 0; u < im.shiftCount; u++) if (u !== t) on += ow[u]!;
    if (t !== OFF) off += offW[d]![t]!;
  }
  return [on, off];
}

/** The cost of one day and shift's cover, given how many people work it. */
export function coverPenalty(im: IndexedModel, d: number, t: number, working: number): number {
  const need = im.coverRequired[d]![t]!;
  return working < need
    ? (need - working) * im.coverUnderWeight[d]![t]!
    : (working - need) * im.coverOverWeight[d]![t]!;
}

/** Checks the roster's shape: one row per person, one cell per day, each a shift index or OFF. */
function shapeViolations(im: IndexedModel, roster: Roster): HardViolation[] {
  const out: HardViolation[] = [];
  if (roster.length !== im.staffCount) {
    out.push({
      rule: 'roster-shape',
      staffId: '',
      message: `The roster has ${roster.length} rows for ${im.staffCount} people.`,
    });
    return out;
  }
  roster.forEach((row, s) => {
    const id = im.model.staff[s]!.id;
    if (row.length !== im.days) {
      out.push({
        rule: 'roster-shape',
        staffId: id,
        message: `${id}'s row has ${row.length} days; the plan has ${im.days}.`,
      });
      return;
    }
    row.forEach((t, d) => {
      if (!(t === OFF || (Number.isInteger(t) && t >= 0 && t < im.shiftCount))) {
        out.push({
          rule: 'roster-shape',
          staffId: id,
          day: d,
          message: `${id}'s day ${d} holds ${String(t)}, not a shift.`,
        });
      }
    });
  });
  return out;
}

/** Evaluates a roster: its hard violations and its soft penalty by kind. */
export function evaluateRoster(model: RosterModel | IndexedModel, roster: Roster): Evaluation {
  const im = 'forbiddenNext' in model ? model : indexModel(model);
  const shape = shapeViolations(im, roster);
  const empty = {
    shiftOnRequests: 0,
    shiftOffRequests: 0,
    underCover: 0,
    overCover: 0,
    fairness: 0,
    total: 0,
  };
  if (shape.length > 0) return { hardViolations: shape, penalty: empty };
  const hardViolations: HardViolation[] = [];
  const penalty = { ...empty };
  roster.forEach((row, s) => {
    hardViolations.push(...staffViolations(im, s, row));
    const [on, off] = staffRequestPenalty(im, s, row);
    penalty.shiftOnRequests += on;
    penalty.shiftOffRequests += off;
  });
  for (let d = 0; d < im.days; d++) {
    for (let t = 0; t < im.shiftCount; t++) {
      let working = 0;
      for (const row of roster) if (row[d] === t) working++;
      const need = im.coverRequired[d]![t]!;
      if (working < need) penalty.underCover += (need - working) * im.coverUnderWeight[d]![t]!;
      else penalty.overCover += (working - need) * im.coverOverWeight[d]![t]!;
    }
  }
  if (im.fairnessOn) {
    const stats = roster.map((row) => rowFairStats(im, row));
    penalty.fairness = fairnessCost(
      im,
      stats.map((x) => x.minutes),
      stats.map((x) => x.weekends),
      stats.map((x) => x.unpopular),
    );
  }
  penalty.total =
    penalty.shiftOnRequests +
    penalty.shiftOffRequests +
    penalty.underCover +
    penalty.overCover +
    penalty.fairness;
  return { hardViolations, penalty };
}
