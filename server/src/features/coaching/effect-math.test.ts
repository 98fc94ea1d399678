import { describe, expect, it } from 'vitest';
import { differenceInDifferences, meanAndVariance, varianceFromInterval, verdictOf } from './effect-math.js';

describe('difference in differences', () => {
  it('subtracts the comparison mean change and widens the interval by their spread (hand-computed)', () => {
    // coached 70 → 80 (var 4 and 5); comparison changes 2, 4, 6: mean 4, s² = (4 + 0 + 4)/2 = 4, s²/k = 4/3
    // DiD = 10 − 4 = 6; SE² = 4 + 5 + 4/3 = 10.3333, SE = 3.21455
    // df = SE⁴ / ((4/3)² / 2) = 106.7778 / 0.888889 = 120.125; t(0.975, 120.125) = 1.97993
    // half = 1.97993 × 3.21455 = 6.3646 → [−0.365, 12.365] contains 0
    const r = differenceInDifferences({
      before: { value: 70, variance: 4 },
      after: { value: 80, variance: 5 },
      changes: [2, 4, 6],
      direction: 'higher_better',
    });
    expect(r.rawChange).toBe(10);
    expect(r.meanChange).toBe(4);
    expect(r.did).toBe(6);
    expect(r.se).toBeCloseTo(3.21455, 4);
    expect(r.df).toBeCloseTo(120.125, 3);
    expect(r.low).toBeCloseTo(-0.3646, 3);
    expect(r.high).toBeCloseTo(12.3646, 3);
    expect(r.verdict).toBe('not_distinguishable');
  });

  it('uses the normal quantile when the comparison changes agree exactly', () => {
    // SE² = 4 + 5 + 0 = 9, SE = 3; 6 ± 1.959964 × 3 = [0.1201, 11.8799]
    const r = differenceInDifferences({
      before: { value: 70, variance: 4 },
      after: { value: 80, variance: 5 },
      changes: [4, 4, 4],
      direction: 'higher_better',
    });
    expect(r.df).toBe(Infinity);
    expect(r.low).toBeCloseTo(0.1201, 3);
    expect(r.high).toBeCloseTo(11.8799, 3);
    expect(r.verdict).toBe('improved');
  });

  it('reads a rise as worse for a lower-is-better indicator (e.g. handle time)', () => {
    const r = differenceInDifferences({
      before: { value: 300, variance: 4 },
      after: { value: 310, variance: 5 },
      changes: [0, 0, 0],
      direction: 'lower_better',
    });
    expect(r.did).toBe(10);
    expect(r.verdict).toBe('worse');
  });

  it('calls a coached rise that the comparison group also made not distinguishable (regression to the mean)', () => {
    const r = differenceInDifferences({
      before: { value: 72, variance: 9 },
      after: { value: 84, variance: 9 },
      changes: [11, 13, 12, 12],
      direction: 'higher_better',
    });
    expect(r.did).toBeCloseTo(0, 10);
    expect(r.verdict).toBe('not_distinguishable');
  });

  it('refuses fewer than two comparison people', () => {
    expect(() =>
      differenceInDifferences({
        before: { value: 1, variance: 1 },
        after: { value: 2, variance: 1 },
        changes: [1],
        direction: 'higher_better',
      }),
    ).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('turns an interval width into a variance: ((84.4 − 69.1) / (2 × 1.959964))² = 15.234', () => {
    expect(varianceFromInterval(69.1, 84.4)).toBeCloseTo(15.234, 2);
    expect(varianceFromInterval(null, 3)).toBeNull();
  });
  it('sample variance with divisor n − 1', () => {
    expect(meanAndVariance([2, 4, 6])).toEqual({ mean: 4, variance: 4 });
  });
  it('verdict needs the whole interval on one side', () => {
    expect(verdictOf(0.1, 2, 'higher_better')).toBe('improved');
    expect(verdictOf(-2, -0.1, 'higher_better')).toBe('worse');
    expect(verdictOf(-2, -0.1, 'lower_better')).toBe('improved');
    expect(verdictOf(-0.1, 2, 'lower_better')).toBe('not_distinguishable');
  });
});
