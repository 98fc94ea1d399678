import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRuleConflicts } from './conflicts.js';
import { repairWithMip } from './lns.js';
import { solveMip } from './mip.js';
import { OFF, indexModel, type RosterModel } from './model.js';
import { readNrpInstance } from './nrp-reader.js';
import { evaluateRoster } from './rules.js';

const instance = (name: string) =>
  readNrpInstance(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

// Three people, one week, one shift; cover 2 a day. Hand-checkable.
const WEEK: RosterModel = {
  days: 7,
  shiftTypes: [{ id: 'D', minutes: 480, cannotBeFollowedBy: [] }],
  staff: ['A', 'B', 'C'].map((id) => ({
    id,
    maxShifts: { D: 7 },
    maxTotalMinutes: 5 * 480,
    minTotalMinutes: 4 * 480,
    maxConsecutiveShifts: 5,
    minConsecutiveShifts: 2,
    minConsecutiveDaysOff: 2,
    maxWeekends: 1,
    daysOff: [],
  })),
  shiftOnRequests: [{ staffId: 'A', day: 0, shiftId: 'D', weight: 5 }],
  shiftOffRequests: [{ staffId: 'B', day: 1, shiftId: 'D', weight: 3 }],
  cover: Array.from({ length: 7 }, (_, day) => ({
    day,
    shiftId: 'D',
    requirement: 2,
    underWeight: 10,
    overWeight: 1,
  })),
};

describe('solveMip', () => {
  it('solves a small plan to optimality with a legal roster whose objective rules.ts agrees with', async () => {
    const result = await solveMip(WEEK, { timeLimitSeconds: 20 });
    expect(result.status).toBe('optimal');
    const check = evaluateRoster(WEEK, result.roster!);
    expect(check.hardViolations).toEqual([]);
    expect(result.objective).toBeCloseTo(check.penalty.total, 6);
    // 14 person-days of cover; 3 people × 4–5 shifts = 12–15, so all cover can be met and both requests granted.
    expect(check.penalty.total).toBe(0);
  });

  it('reaches the best known objective of the published Instance1 (607)', async () => {
    const model = instance('instance1-published.txt');
    const result = await solveMip(model, { timeLimitSeconds: 120 });
    expect(result.status).toBe('optimal');
    expect(evaluateRoster(model, result.roster!)).toMatchObject({
      hardViolations: [],
      penalty: { total: 607 },
    });
    expect(result.gap).toBeLessThan(1e-4);
  }, 150_000);

  it('proves the bench-folder Instance1 infeasible, and the conflict finder names C’s rules', async () => {
    const model = instance('instance1.txt');
    expect((await solveMip(model, { timeLimitSeconds: 30 })).status).toBe('infeasible');
    const conflicts = await findRuleConflicts(model);
    expect(conflicts.map((c) => [c.staffId, c.rules])).toEqual([['C', ['max-shifts', 'min-total-minutes']]]);
    expect(conflicts[0]!.message).toContain('at most 3 D shifts');
  }, 60_000);
});

describe('findRuleConflicts', () => {
  it('finds a run-length conflict: at least 3 days in a row but at most 2', async () => {
    const model: RosterModel = {
      ...WEEK,
      staff: [
        {
          ...WEEK.staff[0]!,
          id: 'Z',
          minConsecutiveShifts: 3,
          maxConsecutiveShifts: 2,
          minTotalMinutes: 480,
        },
      ],
      shiftOnRequests: [],
      shiftOffRequests: [],
    };
    const conflicts = await findRuleConflicts(model);
    expect(conflicts.map((c) => c.rules)).toEqual([
      ['min-total-minutes', 'max-consecutive-shifts', 'min-consecutive-shifts'],
    ]);
  });

  it('finds nothing when every person’s rules can hold', async () => {
    expect(await findRuleConflicts(WEEK)).toEqual([]);
  });
});

describe('repairWithMip', () => {
  it('re-plans the people whose rows break rules and keeps the others', async () => {
    const model = instance('instance1-published.txt');
    const legal = (await solveMip(model, { timeLimitSeconds: 60 })).roster!;
    const broken = legal.map((row) => [...row]);
    broken[2] = broken[2]!.map(() => OFF); // C works nothing: too few minutes
    expect(evaluateRoster(model, broken).hardViolations.map((v) => v.staffId)).toEqual(['C']);
    const repaired = await repairWithMip(indexModel(model), broken, 30);
    expect(repaired).not.toBeNull();
    expect(evaluateRoster(model, repaired!.roster).hardViolations).toEqual([]);
    repaired!.roster.forEach((row, s) => {
      if (s !== 2) expect(row).toEqual(legal[s]);
    });
  }, 90_000);
});
