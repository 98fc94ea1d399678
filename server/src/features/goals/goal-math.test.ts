import { describe, expect, it } from 'vitest';
import {
  attainmentPct,
  improvement,
  p90,
  projectToEnd,
  ratioValue,
  smartCheck,
  type SmartInput,
} from './goal-math.js';

describe('goal math', () => {
  it('computes ratios of sums, never a mean of daily ratios', () => {
    // day 1: 1/1 good, day 2: 50/100 good → 51/101, not 75%
    expect(ratioValue(1 + 50, 1 + 100, 100)).toBeCloseTo(50.495, 3);
    expect(ratioValue(3, 0, 100)).toBeNull();
  });

  it('measures improvement and attainment in the indicator’s direction', () => {
    expect(improvement(80, 90, 'higher_better')).toBe(10);
    expect(improvement(300, 270, 'lower_better')).toBe(30);
    expect(attainmentPct(90, 92, 'higher_better')).toBeCloseTo(97.83, 2);
    expect(attainmentPct(300, 270, 'lower_better')).toBeCloseTo(90, 6);
    expect(attainmentPct(null, 92, 'higher_better')).toBeNull();
  });

  it('projects a straight weighted trend to the period end', () => {
    // y = 80 + 1·day (as proportions ×100), equal weights
    const pts = [0, 1, 2, 3, 4].map((d) => ({ day: d, numerator: ((80 + d) / 100) * 50, denominator: 50 }));
    expect(projectToEnd(pts, 29, 100)).toBeCloseTo(109, 6);
    // fewer than three days: the value to date
    expect(projectToEnd(pts.slice(0, 2), 29, 100)).toBeCloseTo(80.5, 6);
  });

  it('takes the 90th percentile only with at least three values', () => {
    expect(p90([1, 2])).toBeNull();
    // R-7 interpolation (simple-statistics): h = (n − 1)·0.9 = 8.1 → 8 + 0.1·(10 − 8)
    expect(p90([0, 1, 2, 3, 4, 5, 6, 7, 8, 10])).toBeCloseTo(8.2, 10);
  });

  const base: SmartInput = {
    kind: 'indicator',
    title: 'Raise my CSAT to 92 percent this quarter',
    description: 'Greet every customer and confirm the issue is solved before closing.',
    indicatorId: 'i',
    indicatorHasPolicy: true,
    direction: 'higher_better',
    unit: 'percent',
    successCriteria: null,
    policyId: null,
    target: 92,
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    baseline: 85,
    teamImprovementP90: 5,
  };
  const status = (g: SmartInput) =>
    Object.fromEntries(smartCheck(g).map((c) => [c.check, `${c.status}:${c.reason}`]));

  it('warns when the goal asks for more improvement than the team’s top tenth achieved', () => {
    expect(status(base).achievable).toBe('warn:beyond_top_decile');
    expect(status({ ...base, target: 89 }).achievable).toBe('pass:within_team_range');
    expect(status({ ...base, baseline: null }).achievable).toBe('warn:no_history');
    expect(status({ ...base, direction: 'lower_better', target: 79 }).achievable).toBe(
      'warn:beyond_top_decile',
    );
  });

  it('checks specific, measurable, relevant and time-bound', () => {
    expect(status(base)).toMatchObject({
      specific: 'pass:described',
      measurable: 'pass:indicator_target',
      relevant: 'pass:linked_policy',
      time_bound: 'pass:dated',
    });
    expect(status({ ...base, title: 'CSAT', description: '' }).specific).toBe('warn:too_short');
    expect(status({ ...base, target: null }).measurable).toBe('fail:needs_indicator_and_target');
    expect(status({ ...base, indicatorHasPolicy: false }).relevant).toBe('warn:indicator_without_policy');
    expect(status({ ...base, periodEnd: '2025-12-01' }).time_bound).toBe('fail:end_before_start');
    expect(
      status({ ...base, kind: 'qualitative', indicatorId: null, successCriteria: 'short' }).measurable,
    ).toBe('fail:needs_criteria');
    expect(
      status({ ...base, kind: 'qualitative', indicatorId: null, indicatorHasPolicy: false }).relevant,
    ).toBe('fail:needs_link');
  });
});
