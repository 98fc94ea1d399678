/**
 * Which hard rules conflict, when no legal roster exists. Cover is soft, so the hard rules bind each
 * person on their own: the plan is infeasible exactly when some person's own rules cannot all hold.
 * So each person is checked alone (a tiny MIP), and for a person whose rules cannot hold, rule
 * families are dropped one at a time while the rest still cannot hold (a deletion filter): what is
 * left is a smallest set of that person's rules that conflict, named in plain English.
 */
import { indexModel, type IndexedModel, type RosterModel } from './model.js';
import { buildProgram, programFeasible, type RowMeaning } from './mip.js';
import type { HardRule } from './rules.js';

export interface RuleConflict {
  staffId: string;
  /** The rules that cannot all hold together for this person. */
  rules: HardRule[];
  message: string;
}

type Family = RowMeaning['rule'];
const FAMILIES: Family[] = [
  'max-shifts',
  'min-total-minutes',
  'max-total-minutes',
  'max-consecutive-shifts',
  'min-consecutive-shifts',
  'min-consecutive-days-off',
  'max-weekends',
  'forbidden-succession',
];

/** The model reduced to one person, with no requests and no cover (they are soft). */
function onePerson(model: RosterModel, s: number): IndexedModel {
  return indexModel({
    ...model,
    staff: [model.staff[s]!],
    shiftOnRequests: [],
    shiftOffRequests: [],
    cover: [],
  });
}

/** One rule of a person's contract, in words. */
function describe(model: RosterModel, s: number, rule: Family): string {
  const p = model.staff[s]!;
  switch (rule) {
    case 'max-shifts':
      return `at most ${Object.entries(p.maxShifts)
        .filter(([, n]) => n < model.days)
        .map(([id, n]) => `${n} ${id}`)
        .join(', ')} shifts`;
    case 'min-total-minutes':
      return `at least ${p.minTotalMinutes} minutes of work`;
    case 'max-total-minutes':
      return `at most ${p.maxTotalMinutes} minutes of work`;
    case 'max-consecutive-shifts':
      return `at most ${p.maxConsecutiveShifts} days worked in a row`;
    case 'min-consecutive-shifts':
      return `at least ${p.minConsecutiveShifts} days worked in a row each time`;
    case 'min-consecutive-days-off':
      return `at least ${p.minConsecutiveDaysOff} days off in a row between work`;
    case 'max-weekends':
      return `at most ${p.maxWeekends} weekends worked`;
    case 'forbidden-succession':
      return 'the shifts that may not follow each other';
    case 'one-shift-per-day':
    case 'cover':
    case 'fairness':
    case 'roster-shape':
    case 'day-off':
      return rule;
  }
}

/**
 * The people whose own hard rules cannot all hold, each with a smallest conflicting set of rules
 * (days off are always part of the picture: they remove days rather than add a rule). Empty when
 * every person's rules can hold. `timeLimitSeconds` bounds each small check.
 */
export async function findRuleConflicts(model: RosterModel, timeLimitSeconds = 5): Promise<RuleConflict[]> {
  const conflicts: RuleConflict[] = [];
  for (let s = 0; s < model.staff.length; s++) {
    const im = onePerson(model, s);
    if ((await programFeasible(buildProgram(im), timeLimitSeconds)) !== false) continue;
    const kept = new Set(FAMILIES);
    for (const family of FAMILIES) {
      kept.delete(family);
      const skip = new Set(FAMILIES.filter((f) => !kept.has(f)));
      if ((await programFeasible(buildProgram(im, skip), timeLimitSeconds)) !== false) kept.add(family);
    }
    const rules = FAMILIES.filter((f) => kept.has(f)) as HardRule[];
    const p = model.staff[s]!;
    const daysOff = p.daysOff.length > 0 ? ` (with ${p.daysOff.length} day(s) off)` : '';
    conflicts.push({
      staffId: p.id,
      rules,
      message: `${p.id}'s rules cannot all hold${daysOff}: ${rules.map((r) => describe(model, s, r)).join('; ')}.`,
    });
  }
  return conflicts;
}
