import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveHeuristic } from './heuristic.js';
import type { RosterModel, ShiftRequest } from './model.js';
import { readNrpInstance } from './nrp-reader.js';
import { evaluateRoster } from './rules.js';

const instance = (name: string) =>
  readNrpInstance(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

describe('solveHeuristic', () => {
  it.each(['instance1-published.txt', 'instance3.txt'])('finds a legal roster for %s', (name) => {
    const model = instance(name);
    const result = solveHeuristic(model, { seed: 7, maxIterations: 400_000 });
    expect(result.hardViolations).toEqual([]);
    const check = evaluateRoster(model, result.roster);
    expect(check.hardViolations).toEqual([]);
    expect(result.objective).toBe(check.penalty.total);
  });

  it('gives the same roster for the same seed and move budget', () => {
    const model = instance('instance3.txt');
    const a = solveHeuristic(model, { seed: 3, maxIterations: 50_000 });
    const b = solveHeuristic(model, { seed: 3, maxIterations: 50_000 });
    expect(b.roster).toEqual(a.roster);
    expect(b.objective).toBe(a.objective);
  });

  it('reports, rather than hides, the broken rules of a plan with no legal roster', () => {
    const result = solveHeuristic(instance('instance1.txt'), { seed: 1, maxIterations: 50_000 });
    expect(result.hardViolations.length).toBeGreaterThan(0);
    expect(result.hardViolations).toEqual(
      evaluateRoster(instance('instance1.txt'), result.roster).hardViolations,
    );
  });
});

// Random small plans whose all-off roster is legal (no minimum minutes), so a legal roster exists.
const plans = fc
  .record({
    days: fc.integer({ min: 3, max: 21 }),
    shifts: fc.integer({ min: 1, max: 3 }),
    staff: fc.integer({ min: 1, max: 6 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .chain(({ days, shifts, staff, seed }) =>
    fc.record({
      seed: fc.constant(seed),
      model: fc.record({
        days: fc.constant(days),
        shiftTypes: fc.tuple(
          ...Array.from({ length: shifts }, (_, i) =>
            fc.record({
              id: fc.constant(`S${i}`),
              minutes: fc.integer({ min: 240, max: 600 }),
              cannotBeFollowedBy: fc.subarray(Array.from({ length: shifts }, (_, j) => `S${j}`)),
            }),
          ),
        ),
        staff: fc.tuple(
          ...Array.from({ length: staff }, (_, i) =>
            fc.record({
              id: fc.constant(`P${i}`),
              maxShifts: fc.constant(
                Object.fromEntries(Array.from({ length: shifts }, (_, j) => [`S${j}`, days])),
              ),
              maxTotalMinutes: fc.integer({ min: 0, max: days * 600 }),
              minTotalMinutes: fc.constant(0),
              maxConsecutiveShifts: fc.integer({ min: 1, max: 7 }),
              minConsecutiveShifts: fc.integer({ min: 1, max: 3 }),
              minConsecutiveDaysOff: fc.integer({ min: 1, max: 3 }),
              maxWeekends: fc.integer({ min: 0, max: 3 }),
              daysOff: fc.subarray(Array.from({ length: days }, (_, d) => d)),
            }),
          ),
        ),
        shiftOnRequests: fc.constant([] as ShiftRequest[]),
        shiftOffRequests: fc.constant([] as ShiftRequest[]),
        cover: fc.array(
          fc.record({
            day: fc.integer({ min: 0, max: days - 1 }),
            shiftId: fc.constantFrom(...Array.from({ length: shifts }, (_, j) => `S${j}`)),
            requirement: fc.integer({ min: 0, max: staff }),
            underWeight: fc.integer({ min: 0, max: 100 }),
            overWeight: fc.integer({ min: 0, max: 5 }),
          }),
          { maxLength: 10 },
        ),
      }),
    }),
  )
  .map(({ seed, model }) => {
    const seen = new Set<string>();
    const cover = model.cover.filter(
      (c) => !seen.has(`${c.day},${c.shiftId}`) && seen.add(`${c.day},${c.shiftId}`),
    );
    return { seed, model: { ...model, cover } as RosterModel };
  });

describe('solveHeuristic (property)', () => {
  it('returns rosters that rules.ts finds legal, and reports what rules.ts reports', () => {
    fc.assert(
      fc.property(plans, ({ seed, model }) => {
        const result = solveHeuristic(model, { seed, maxIterations: 20_000 });
        const check = evaluateRoster(model, result.roster);
        expect(result.hardViolations).toEqual(check.hardViolations);
        expect(check.hardViolations).toEqual([]);
        expect(result.objective).toBe(check.penalty.total);
      }),
      { numRuns: 40 },
    );
  });
});
