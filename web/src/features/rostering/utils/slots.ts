import type { RosterPlan, RosterSlotCoverage, SetSlotNeedsBody } from '@frontline/contract';

/** A range of need entered by hand, by weekday (0 = Monday): it applies to every week of the plan. */
export interface WeekdayRange {
  weekdays: number[];
  fromMinute: number;
  toMinute: number;
  need: number;
}

/** The slots of one duty in a plan, in day and time order. */
export const dutySlots = (plan: RosterPlan, dutyId: string): RosterSlotCoverage[] =>
  plan.slotCoverage
    .filter((c) => c.dutyId === dutyId)
    .sort((a, b) => a.day - b.day || a.startMinute - b.startMinute);

/**
 * The ranges that give a duty's needs in the plan's first week: each weekday's run of slots with the
 * same need becomes one range, and weekdays with the same range share it. Slots needing nobody are
 * left out (a slot in no range needs nobody).
 */
export function rangesFromSlots(plan: RosterPlan, dutyId: string): WeekdayRange[] {
  const runs: { weekday: number; fromMinute: number; toMinute: number; need: number }[] = [];
  for (const s of dutySlots(plan, dutyId)) {
    if (s.day > 6 || s.need === 0) continue;
    const last = runs.at(-1);
    if (last && last.weekday === s.day && last.toMinute === s.startMinute && last.need === s.need) {
      last.toMinute += s.slotMinutes;
    } else {
      runs.push({
        weekday: s.day,
        fromMinute: s.startMinute,
        toMinute: s.startMinute + s.slotMinutes,
        need: s.need,
      });
    }
  }
  const merged = new Map<string, WeekdayRange>();
  for (const r of runs) {
    const key = `${r.fromMinute}|${r.toMinute}|${r.need}`;
    const m = merged.get(key);
    if (m) m.weekdays.push(r.weekday);
    else {
      merged.set(key, {
        weekdays: [r.weekday],
        fromMinute: r.fromMinute,
        toMinute: r.toMinute,
        need: r.need,
      });
    }
  }
  return [...merged.values()].sort(
    (a, b) => (a.weekdays[0] ?? 0) - (b.weekdays[0] ?? 0) || a.fromMinute - b.fromMinute,
  );
}

/** The slot length a duty's needs were kept in, if any. */
export const slotMinutesOf = (plan: RosterPlan, dutyId: string): 15 | 30 | 60 | null => {
  const m = plan.slotCoverage.find((c) => c.dutyId === dutyId)?.slotMinutes;
  return m === 15 || m === 30 || m === 60 ? m : null;
};

/** The request for weekday ranges: each weekday stands for that weekday in every week of the plan. */
export function slotNeedsBody(
  plan: RosterPlan,
  dutyId: string,
  slotMinutes: 15 | 30 | 60,
  ranges: readonly WeekdayRange[],
): SetSlotNeedsBody {
  return {
    version: plan.version,
    dutyId,
    slotMinutes,
    ranges: ranges
      .filter((r) => r.weekdays.length > 0)
      .map((r) => ({
        days: Array.from({ length: plan.days }, (_, d) => d).filter((d) => r.weekdays.includes(d % 7)),
        fromMinute: r.fromMinute,
        toMinute: r.toMinute,
        need: r.need,
      })),
  };
}

/** The slots short of people, in day and time order. */
export const shortSlots = (slots: readonly RosterSlotCoverage[]): RosterSlotCoverage[] =>
  slots.filter((s) => s.onDuty < s.need);
