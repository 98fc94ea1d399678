import { describe, expect, it } from 'vitest';
import { UNDER_WEIGHT } from '../rostering.model.js';
import { GENERATED_TIER, generateRosterModel, generateRosterPlan } from './generate.js';
import { solveHeuristic } from './heuristic.js';
import { indexModel } from './model.js';

describe('generateRosterModel', () => {
  it('gives the same model for the same seed, and another for another seed', () => {
    const a = generateRosterModel({ staff: 50, days: 28, seed: 7 });
    expect(generateRosterModel({ staff: 50, days: 28, seed: 7 })).toEqual(a);
    expect(generateRosterModel({ staff: 50, days: 28, seed: 8 })).not.toEqual(a);
  });

  it('builds the tier as the app does: duties as shift types, labour as shift-off weights, tight cover', () => {
    for (const size of GENERATED_TIER) {
      const plan = generateRosterPlan(size);
      const model = generateRosterModel(size);
      expect(model.staff).toHaveLength(size.staff);
      expect(model.days).toBe(size.days);
      expect(model.shiftTypes).toHaveLength((size.shifts ?? 3) * (size.duties ?? 3));
      expect(() => indexModel(model)).not.toThrow();
      // No early after a late.
      expect(model.shiftTypes.find((t) => t.id === 'L:phone')!.cannotBeFollowedBy).toContain('E:phone');
      expect(model.cover.every((c) => c.underWeight === UNDER_WEIGHT)).toBe(true);
      // A person without a duty's skill may work none of its shifts.
      for (const p of plan.people) {
        const staff = model.staff.find((s) => s.id === p.personId)!;
        for (const d of plan.duties) {
          const skilled = p.skills.some((k) => k.dutyId === d.id);
          expect(staff.maxShifts[`E:${d.id}`]).toBe(skilled ? undefined : 0);
        }
      }
      // Demand is 80–95 % of what the staff could work (in early/late shifts, leave and rest days out).
      const demand = model.cover.reduce((a, c) => a + c.requirement, 0);
      const capacity = model.staff.reduce((a, s) => {
        const available = size.days - s.daysOff.length;
        return a + Math.min(Math.floor(s.maxTotalMinutes / 450), available - Math.floor(available / 7));
      }, 0);
      expect(demand / capacity).toBeGreaterThan(0.8);
      expect(demand / capacity).toBeLessThan(0.95);
    }
  });

  it('has a legal roster: the heuristic finds one for 10×7 in a bounded number of moves', () => {
    const model = generateRosterModel(GENERATED_TIER[0]!);
    const result = solveHeuristic(model, { seed: 1, maxIterations: 200_000 });
    expect(result.hardViolations).toEqual([]);
    expect(result.objective).toBeGreaterThan(0);
  });
});
