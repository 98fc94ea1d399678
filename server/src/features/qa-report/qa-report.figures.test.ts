import { describe, expect, it } from 'vitest';
import { missRate, qaFigure } from './qa-report.figures.js';

describe('qaFigure', () => {
  it('is the ratio of sums with the t interval of a ratio (hand computed)', () => {
    // 8/10, 6/10, 10/10: 24/30 = 80 %; sq = 6.4 + 3.6 + 10 = 20; s² = (20 − 24²/30)/(3 − 1) = 0.4;
    // se = √(0.4/30) = 0.115470; t(0.975; 2) = 4.302653; half = 0.496828 → ±49.68 points, high kept at 100.
    const f = qaFigure({ n: 3, earned: 24, possible: 30, sq: 20 });
    expect(f.value).toBeCloseTo(80, 10);
    expect(f.low).toBeCloseTo(30.3172, 3);
    expect(f.high).toBe(100);
    expect(f.n).toBe(3);
  });
  it('has no interval from one evaluation and no value from none', () => {
    expect(qaFigure({ n: 1, earned: 5, possible: 10, sq: 2.5 })).toMatchObject({
      value: 50,
      low: null,
      high: null,
    });
    expect(qaFigure({ n: 0, earned: 0, possible: 0, sq: 0 }).value).toBeNull();
  });
});

describe('missRate', () => {
  it('is missed over applicable with the Wilson interval', () => {
    // 1 of 4: p = 0.25; Wilson 95 %: [0.0456, 0.6994]
    const r = missRate(1, 4);
    expect(r.rate).toBe(25);
    expect(r.low).toBeCloseTo(4.56, 1);
    expect(r.high).toBeCloseTo(69.94, 1);
    expect(missRate(0, 0).rate).toBeNull();
  });
});
