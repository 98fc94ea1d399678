/**
 * Generated roster plans for the benchmark tier of issue #14 item 6 (bench/roster-generated.ts): a
 * contact-centre team of `staff` people over `days` days (day 0 a Monday), built as Frontline keeps
 * a plan (duties, shift templates, people's contracts, skills, leave, preferences and demand) and
 * turned into the solver's model by the app's own `toSolverModel`, so the pricing is the app's:
 * labour (paid hours × hourly cost) as shift-off weights, UNDER_WEIGHT per person short, OVER_WEIGHT
 * per person above, preferences and fairness.
 *
 * Deterministic: the same options give the same plan (a seeded mulberry32 generator, no clock).
 *
 * - Shift templates: early 07:00–15:00 and late 14:00–22:00 (30 min break, 7.5 paid hours), and with
 *   three templates a night 22:00–07:00 (60 min break, 8 paid hours). With 11 hours' minimum rest, no
 *   early after a late, and no early or late after a night.
 * - Duties: phone, chat, email (the first `duties` of them). Each person can do one to three of them
 *   (every duty has people); a person without a duty's skill may work 0 of its shift types.
 * - Contracts: about 70 % full-time (30–40 hours a week), the rest part-time (15–24); at most 5 or 6
 *   days in a row; hourly cost HK$60–110.
 * - Leave: about a third of the people have a block of 1–3 unavailable days per four weeks.
 * - Preferences: 0–2 per person, "avoid" (a weekday, whole day or one template) or "want" (a weekday
 *   and a template), weight 1–10.
 * - Demand: per duty, `load` (default 0.9) of the shifts the people who can do it could work (each
 *   person's capacity split evenly over their duties), spread over the days (weekends at 70 % of a
 *   weekday) and templates (early 45 %, late 40 %, night 15 %), rounded by largest remainder.
 */
import {
  toSolverModel,
  type PlanDemand,
  type PlanDuty,
  type PlanInput,
  type PlanPerson,
  type PlanShift,
} from '../rostering.model.js';
import { seededRandom } from './heuristic.js';
import type { RosterModel } from './model.js';

export interface GenerateOptions {
  staff: number;
  days: number;
  seed?: number;
  /** Number of shift templates: 2 (early, late) or 3 (and night). Default 3. */
  shifts?: 2 | 3;
  /** Number of duties: 1–3 (phone, chat, email). Default 3. */
  duties?: 1 | 2 | 3;
  /** Total demand as a share of the staff's capacity in shifts. Default 0.9. */
  load?: number;
}

/** The benchmark tier's sizes. */
export const GENERATED_TIER: readonly (GenerateOptions & { name: string })[] = [
  { name: '10×7', staff: 10, days: 7, shifts: 2, duties: 2 },
  { name: '50×7', staff: 50, days: 7, shifts: 3, duties: 3 },
  { name: '50×28', staff: 50, days: 28, shifts: 3, duties: 3 },
  { name: '200×28', staff: 200, days: 28, shifts: 3, duties: 3 },
];

const SHIFTS: PlanShift[] = [
  { id: 'E', startMinute: 7 * 60, endMinute: 15 * 60, breakMinutes: 30 },
  { id: 'L', startMinute: 14 * 60, endMinute: 22 * 60, breakMinutes: 30 },
  { id: 'N', startMinute: 22 * 60, endMinute: 7 * 60, breakMinutes: 60 },
];
const SHIFT_SHARE: Record<string, number> = { E: 0.45, L: 0.4, N: 0.15 };
const DUTIES: PlanDuty[] = [
  { id: 'phone', minLevel: 1 },
  { id: 'chat', minLevel: 1 },
  { id: 'email', minLevel: 1 },
];
const SKILL_CHANCE: Record<string, number> = { phone: 0.8, chat: 0.5, email: 0.4 };
/** Paid minutes of the shortest shift (early or late). */
const SHORT_SHIFT_MINUTES = 450;

/** A generated plan, as the rostering service would read it. */
export function generateRosterPlan(options: GenerateOptions): PlanInput {
  const { staff, days } = options;
  const random = seededRandom(options.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const shifts = SHIFTS.slice(0, options.shifts ?? 3);
  const duties = DUTIES.slice(0, options.duties ?? 3);
  const weeks = days / 7;

  const people: PlanPerson[] = [];
  const capacity: number[] = [];
  for (let i = 0; i < staff; i++) {
    const fullTime = random() < 0.7;
    const maxWeekHours = fullTime ? 40 : int(23, 24);
    let minWeekHours = fullTime ? int(30, 36) : int(15, 20);
    const skills = duties
      .filter((d, k) => k === i % duties.length || random() < SKILL_CHANCE[d.id]!)
      .map((d) => ({ dutyId: d.id, level: int(1, 3) }));
    const unavailable = new Set<number>();
    for (let block = 0; block < Math.ceil(weeks / 4); block++) {
      if (random() >= 1 / 3) continue;
      const start = int(0, days - 1);
      const length = int(1, 3);
      for (let d = start; d < Math.min(days, start + length); d++) unavailable.add(d);
    }
    const available = days - unavailable.size;
    // Days one can work with a rest day in every seven.
    const workable = available - Math.floor(available / 7);
    // Keep the contract's minimum within reach of the days left after leave and of the maximum, in
    // whole early or late shifts, with a day to spare (so a legal roster exists).
    const reachable = Math.min(Math.floor((maxWeekHours * 60 * weeks) / SHORT_SHIFT_MINUTES), workable - 1);
    if (Math.ceil((minWeekHours * 60 * weeks) / SHORT_SHIFT_MINUTES) > reachable) {
      minWeekHours = Math.max(0, Math.floor(((reachable * SHORT_SHIFT_MINUTES) / 60 / weeks) * 0.9));
    }
    const preferences: PlanPerson['preferences'] = [];
    for (let k = int(0, 2); k > 0; k--) {
      const want = random() < 0.4;
      preferences.push({
        weekday: int(0, 6),
        shiftTemplateId: want || random() < 0.6 ? shifts[int(0, shifts.length - 1)]!.id : null,
        kind: want ? 'want' : 'avoid',
        weight: int(1, 10),
      });
    }
    people.push({
      personId: `P${String(i + 1).padStart(3, '0')}`,
      personName: `Person ${i + 1}`,
      minWeekHours,
      maxWeekHours,
      maxConsecutiveDays: random() < 0.5 ? 5 : 6,
      minRestHours: 11,
      hourlyCost: int(60, 110),
      overtimePremium: 1.5,
      skills,
      unavailableDays: [...unavailable].sort((a, b) => a - b),
      preferences,
    });
    capacity.push(Math.min(Math.floor((maxWeekHours * 60 * weeks) / SHORT_SHIFT_MINUTES), workable));
  }

  // Demand: per duty, `load` of the capacity of the people who can do it.
  const load = options.load ?? 0.9;
  const dayWeight = Array.from({ length: days }, (_, d) => (d % 7 >= 5 ? 0.7 : 1));
  const shiftWeight = shifts.map((s) => SHIFT_SHARE[s.id]!);
  const shiftTotal = shiftWeight.reduce((a, b) => a + b, 0);
  const dayTotal = dayWeight.reduce((a, b) => a + b, 0);
  const demand: PlanDemand[] = [];
  for (const duty of duties) {
    let dutyCapacity = 0;
    people.forEach((p, i) => {
      if (p.skills.some((k) => k.dutyId === duty.id)) dutyCapacity += capacity[i]! / p.skills.length;
    });
    const total = Math.round(load * dutyCapacity);
    const cells = dayWeight.flatMap((dw, day) =>
      shifts.map((s, t) => ({
        day,
        shiftTemplateId: s.id,
        exact: (total * dw * shiftWeight[t]!) / (dayTotal * shiftTotal),
      })),
    );
    const counts = cells.map((c) => Math.floor(c.exact));
    let left = total - counts.reduce((a, b) => a + b, 0);
    const order = cells
      .map((c, k) => ({ k, rest: c.exact - Math.floor(c.exact) }))
      .sort((a, b) => b.rest - a.rest || a.k - b.k);
    for (const { k } of order) {
      if (left <= 0) break;
      counts[k]!++;
      left--;
    }
    cells.forEach((c, k) => {
      if (counts[k]! > 0) {
        demand.push({
          day: c.day,
          shiftTemplateId: c.shiftTemplateId,
          dutyId: duty.id,
          headcount: counts[k]!,
        });
      }
    });
  }
  return { days, duties, shifts, people, demand };
}

/** A generated plan as the solver's model (the app's `toSolverModel`). */
export function generateRosterModel(options: GenerateOptions): RosterModel {
  return toSolverModel(generateRosterPlan(options));
}
