import { describe, expect, it } from 'vitest';
import { solveHeuristic } from './heuristic.js';
import { solveMip } from './mip.js';
import { OFF, type RosterModel } from './model.js';
import { evaluateRoster } from './rules.js';

// Three people, one week, a day shift D and an unpopular night shift N (no rule links them), one of
// each needed every day (a sixteenth shift would cost 200 of over-cover). 14 shifts for three
// people of at most five each: 5, 5 and 4 at best.
const base: RosterModel = {
  days: 7,
  shiftTypes: [
    { id: 'D', minutes: 480, cannotBeFollowedBy: [] },
    { id: 'N', minutes: 480, cannotBeFollowedBy: [] },
  ],
  staff: ['A', 'B', 'C'].map((id) => ({
    id,
    maxShifts: {},
    maxTotalMinutes: 5 * 480,
    minTotalMinutes: 0,
    maxConsecutiveShifts: 7,
    minConsecutiveShifts: 1,
    minConsecutiveDaysOff: 1,
    maxWeekends: 1,
    daysOff: [],
  })),
  shiftOnRequests: [],
  shiftOffRequests: [],
  cover: Array.from({ length: 7 }, (_, day) =>
    ['D', 'N'].map((shiftId) => ({ day, shiftId, requirement: 1, underWeight: 1000, overWeight: 200 })),
  ).flat(),
};
const fair: RosterModel = {
  ...base,
  fairness: { hoursWeight: 500, weekendWeight: 40, unpopularShiftIds: ['N'], unpopularWeight: 30 },
};
const D = 0;
const N = 1;

describe('fairness terms', () => {
  it('prices the spreads of hours share, weekends and unpopular shifts (hand computation)', () => {
    const roster = [
      [D, D, D, D, D, OFF, OFF], // 5 of 5 shifts: share 1.0, no weekend, no night
      [N, N, N, N, N, OFF, OFF], // share 1.0, no weekend, 5 nights
      [OFF, OFF, OFF, OFF, OFF, D, N], // share 0.4, one weekend, 1 night
    ];
    const { penalty, hardViolations } = evaluateRoster(fair, roster);
    expect(hardViolations).toEqual([]);
    // 500 × (1.0 − 0.4) + 40 × (1 − 0) + 30 × (5 − 0)
    expect(penalty.fairness).toBeCloseTo(300 + 40 + 150, 9);
    // Day 5 has no night and day 6 no day shift: two people short.
    expect(penalty.underCover).toBe(2000);
    expect(penalty.total).toBeCloseTo(2490, 9);
    // Without fairness in the model the same roster costs only the cover.
    expect(evaluateRoster(base, roster).penalty).toMatchObject({ fairness: 0, total: 2000 });
  });

  it('the MIP evens the load out: 5, 5 and 4 shifts, nights 3, 2, 2, everyone one weekend', async () => {
    const result = await solveMip(fair, { timeLimitSeconds: 30 });
    expect(result.status).toBe('optimal');
    const check = evaluateRoster(fair, result.roster!);
    expect(check.hardViolations).toEqual([]);
    // Full cover; hours 500 × 0.2, nights 30 × 1, weekends 0.
    expect(check.penalty.underCover).toBe(0);
    expect(check.penalty.fairness).toBeCloseTo(130, 6);
    expect(result.objective).toBeCloseTo(check.penalty.total, 2); // HiGHS works to a tolerance
    const shifts = result.roster!.map((row) => row.filter((t) => t !== OFF).length).sort();
    expect(shifts).toEqual([4, 5, 5]);
    const nights = result.roster!.map((row) => row.filter((t) => t === N).length).sort();
    expect(nights).toEqual([2, 2, 3]);
  });

  it('the heuristic reaches the same optimum, and the same value when started from a lopsided roster', () => {
    const first = solveHeuristic(fair, { seed: 7, maxIterations: 300_000 });
    expect(first.hardViolations).toEqual([]);
    expect(first.objective).toBeCloseTo(130, 6);
    const lopsided = [
      [D, D, D, D, D, OFF, OFF],
      [N, N, N, N, N, OFF, OFF],
      [OFF, OFF, OFF, OFF, OFF, D, N],
    ];
    const second = solveHeuristic(fair, { seed: 3, maxIterations: 300_000, start: lopsided });
    expect(second.objective).toBeCloseTo(130, 6);
  });

  it('leaves models without fairness as they were (the benchmark objective is unchanged)', async () => {
    const result = await solveMip(base, { timeLimitSeconds: 30 });
    expect(result.objective).toBe(0);
    expect(evaluateRoster(base, result.roster!).penalty.fairness).toBe(0);
  });
});
