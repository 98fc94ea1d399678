import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aboveStandard,
  belowStandard,
  controlChart,
  interval,
  meanInterval,
  minimumSampleWarning,
  NON_NEGATIVE_UNITS,
  pChart,
  rankWithShrinkage,
  shrinkMeans,
  shrinkProportions,
  wilson,
  xmrChart,
  type SeriesPeriod,
} from './figures.js';

/** Roll-up of per-item rows (den = 1 each): num = Σx, den = count, sq = Σx², n = count. */
function items(values: number[]): { num: number; den: number; sq: number; n: number } {
  return {
    num: values.reduce((s, x) => s + x, 0),
    den: values.length,
    sq: values.reduce((s, x) => s + x * x, 0),
    n: values.length,
  };
}

/** A series of proportion periods, each with `den` trials. */
function weeks(nums: number[], den: number): SeriesPeriod[] {
  return nums.map((num, i) => ({ label: `W${i + 1}`, num, den, sq: 0, n: den }));
}

/** A series of per-period values (den = 1), for XmR charts. */
function values(xs: (number | null)[]): SeriesPeriod[] {
  return xs.map((x, i) =>
    x === null
      ? { label: `D${i + 1}`, num: 0, den: 0, sq: 0, n: 0 }
      : { label: `D${i + 1}`, num: x, den: 1, sq: x * x, n: 1 },
  );
}

describe('wilson', () => {
  it('51/101 at 95 %', () => {
    // z = 1.959964, z² = 3.841459, p = 0.504950, z²/n = 0.038034, denom = 1.038034
    // centre = (0.504950 + 0.019017) / 1.038034 = 0.504769
    // half = 1.959964 · √(0.0024750 + 0.0000941) / 1.038034 = 0.095704
    // → [0.409065, 0.600473]
    const iv = wilson(51, 101);
    expect(iv?.low).toBeCloseTo(0.409065, 5);
    expect(iv?.high).toBeCloseTo(0.600473, 5);
  });

  it('0/10 and 10/10 reach the boundary exactly on one side', () => {
    // k = 0: high = (z²/n) / (1 + z²/n) = 0.3841459 / 1.3841459 = 0.277533
    expect(wilson(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.277533, 5) as number });
    // k = n: low = 1 / (1 + z²/n) = 0.722467
    expect(wilson(10, 10)).toEqual({ low: expect.closeTo(0.722467, 5) as number, high: 1 });
  });

  it('is narrower at 90 % and null without trials', () => {
    const at90 = wilson(51, 101, 0.9);
    expect(at90?.low).toBeGreaterThan(0.409065);
    expect(at90?.high).toBeLessThan(0.600473);
    expect(wilson(0, 0)).toBeNull();
    expect(() => wilson(1, 2, 1)).toThrow(RangeError);
  });
});

describe('meanInterval', () => {
  it('t interval for 2,4,4,4,5,5,7,9', () => {
    // mean 5, SS = 32, s² = 32/7, s = 2.138090, se = s/√8 = 0.755929, t(0.975, 7) = 2.364624
    // half = 1.787488 → [3.212512, 6.787488]
    const iv = meanInterval(items([2, 4, 4, 4, 5, 5, 7, 9]));
    expect(iv?.low).toBeCloseTo(3.212512, 5);
    expect(iv?.high).toBeCloseTo(6.787488, 5);
  });

  it('uses n − 1 degrees of freedom for aggregated rows', () => {
    // Two daily rows: 10 items averaging 4, 10 items averaging 6. num 100, den 20,
    // sq = 40²/10 + 60²/10 = 520, sq − num²/den = 20, dof = min(2, 20) − 1 = 1, s² = 20,
    // se = √(20/20) = 1, t(0.975, 1) = 12.706205 → 5 ± 12.706205
    const iv = meanInterval({ num: 100, den: 20, sq: 520, n: 2 });
    expect(iv?.low).toBeCloseTo(5 - 12.706205, 4);
    expect(iv?.high).toBeCloseTo(5 + 12.706205, 4);
  });

  it('is null with fewer than two items, and clamps a rounding-negative variance to 0', () => {
    expect(meanInterval(items([7]))).toBeNull();
    expect(meanInterval({ num: 0, den: 0, sq: 0, n: 0 })).toBeNull();
    const flat = meanInterval({ num: 15, den: 3, sq: 75 - 1e-12, n: 3 });
    expect(flat).toEqual({ low: 5, high: 5 });
  });
});

describe('interval', () => {
  it('proportion → Wilson × scale, sampleSize = den', () => {
    const r = interval('proportion', { num: 51, den: 101, sq: 0, n: 101 }, 100);
    expect(r.value).toBeCloseTo(50.49505, 5);
    expect(r.low).toBeCloseTo(40.9065, 3);
    expect(r.high).toBeCloseTo(60.0473, 3);
    expect(r.sampleSize).toBe(101);
  });

  it('mean → t interval × scale', () => {
    const r = interval('mean', items([2, 4, 4, 4, 5, 5, 7, 9]), 2);
    expect(r.value).toBe(10);
    expect(r.low).toBeCloseTo(6.425024, 4);
    expect(r.high).toBeCloseTo(13.574976, 4);
    expect(r.sampleSize).toBe(8);
  });

  it('net_score → t interval on −1/0/+1, clamped to [−1, 1] × scale', () => {
    // 3 promoters, 1 detractor of 4: value 0.5, s² = (4 − 4/4)/3 = 1, se = 0.5, t(0.975,3) = 3.182446
    const r = interval('net_score', items([1, 1, 1, -1]), 100);
    expect(r.value).toBe(50);
    expect(r.low).toBe(-100);
    expect(r.high).toBe(100);
    const big = interval('net_score', { num: 300, den: 1000, sq: 700, n: 1000 }, 100);
    // s² = (700 − 90)/999 = 0.610611, se = 0.024711, t(0.975, 999) = 1.962341 → 30 ± 4.8491
    expect(big.low).toBeCloseTo(25.1509, 3);
    expect(big.high).toBeCloseTo(34.8491, 3);
  });

  it('a skewed duration (resolution times in hours) gets a log-scale interval that stays above zero', () => {
    // Eight tickets: six within 4 h, two that took 3 and 5 days.
    const hours = items([0.5, 1, 1, 2, 3, 4, 72, 120]);
    // By hand: Σx = 203.5, x̄ = 25.4375, Σx² = 19615.25, s² = (19615.25 − 203.5²/8)/7 = 2062.674107,
    // se = √(s²/8) = 16.057218, t(0.975, 7) = 2.364624.
    // The t interval x̄ ± t·se = [−12.5318, 63.4068] claims a negative resolution time:
    const t = interval('mean', hours, 1);
    expect(t.low).toBeCloseTo(-12.5318, 3);
    expect(t.high).toBeCloseTo(63.4068, 3);
    expect(t.method).toBe('t');
    // On the log scale: h = t·se/x̄ = 1.492650, [x̄·e^−h, x̄·e^h] = [5.7177, 113.1681].
    const r = interval('mean', hours, 1, { unit: 'hours' });
    expect(r.value).toBe(25.4375);
    expect(r.low).toBeCloseTo(5.7177, 3);
    expect(r.high).toBeCloseTo(113.1681, 3);
    expect(r.method).toBe('log_t');
    expect(r.sampleSize).toBe(8);
    // Scaled (a stored value in hours shown ×60 as minutes) the same way.
    const minutes = interval('mean', hours, 60, { unit: 'minutes' });
    expect(minutes.low).toBeCloseTo(5.717744 * 60, 2);
    expect(minutes.high).toBeCloseTo(113.168131 * 60, 2);
  });

  it('keeps a t interval where values may be negative, and a tight one almost as it was', () => {
    const points = items([-3, 1, 2, 8]);
    expect(interval('mean', points, 1, { unit: 'points' }).method).toBe('t');
    expect(interval('ratio', points, 1, { unit: 'score' }).low).toBeLessThan(0);
    // AHT of 400 contacts around 300 s: log scale and t agree to a fraction of a second.
    const aht = { num: 120_000, den: 400, sq: 400 * (300 * 300 + 60 * 60), n: 400 };
    const log = interval('mean', aht, 1, { unit: 'seconds' });
    const plain = interval('mean', aht, 1);
    expect(log.low! - plain.low!).toBeGreaterThan(0);
    expect(log.low! - plain.low!).toBeLessThan(0.2);
    expect(log.high! - plain.high!).toBeLessThan(0.2);
    // Every value zero: the interval is the point.
    expect(interval('mean', items([0, 0, 0]), 1, { unit: 'minutes' })).toMatchObject({ low: 0, high: 0 });
  });

  it('never gives a non-negative indicator a low end below zero, and always contains the value', () => {
    const row = fc.record({
      value: fc.double({ min: 0, max: 1e6, noNaN: true }),
      den: fc.integer({ min: 1, max: 50 }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('mean' as const, 'ratio' as const),
        fc.constantFrom(...NON_NEGATIVE_UNITS),
        fc.constantFrom(1, 60, 100, 1 / 3600),
        (rows, kind, unit, scale) => {
          // Rows that are themselves averages (value over den items), as observation_daily holds.
          const g = {
            num: rows.reduce((s, r) => s + r.value * r.den, 0),
            den: rows.reduce((s, r) => s + r.den, 0),
            sq: rows.reduce((s, r) => s + r.value * r.value * r.den, 0),
            n: rows.length,
          };
          const r = interval(kind, g, scale, { unit });
          if (r.low === null || r.high === null) return Math.min(g.n, g.den) < 2;
          return r.low >= 0 && r.low <= r.value! && r.value! <= r.high && r.method === 'log_t';
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('no data → nulls', () => {
    expect(interval('ratio', { num: 0, den: 0, sq: 0, n: 0 }, 1)).toEqual({
      value: null,
      low: null,
      high: null,
      sampleSize: 0,
    });
  });
});

describe('belowStandard / aboveStandard', () => {
  const iv = { low: 0.8, high: 0.9 };
  it('higher_better: below only when the whole interval is under the target', () => {
    expect(belowStandard('proportion', 'higher_better', iv, 0.91)).toBe(true);
    expect(belowStandard('proportion', 'higher_better', iv, 0.85)).toBe(false);
    expect(belowStandard('proportion', 'higher_better', iv, 0.9)).toBe(false);
    expect(aboveStandard('proportion', 'higher_better', iv, 0.79)).toBe(true);
    expect(aboveStandard('proportion', 'higher_better', iv, 0.85)).toBe(false);
  });

  it('lower_better: below only when the whole interval is over the target', () => {
    const aht = { low: 300, high: 360 };
    expect(belowStandard('mean', 'lower_better', aht, 280)).toBe(true);
    expect(belowStandard('mean', 'lower_better', aht, 330)).toBe(false);
    expect(aboveStandard('mean', 'lower_better', aht, 400)).toBe(true);
    expect(aboveStandard('mean', 'lower_better', aht, 330)).toBe(false);
  });

  it('no interval → no judgement', () => {
    expect(belowStandard('mean', 'higher_better', null, 5)).toBe(false);
    expect(belowStandard('mean', 'higher_better', { low: null, high: null }, 5)).toBe(false);
    expect(aboveStandard('mean', 'higher_better', null, 5)).toBe(false);
  });
});

describe('shrinkProportions', () => {
  // Team of 8, pooled rate p̄ = 1917/2203 = 0.870177. Kleinman estimator:
  // SSB = Σnᵢ(pᵢ − p̄)² = 12.763964, divisor N − Σnᵢ²/N − (K−1) = 1624.048570,
  // τ² = (12.763964 − 7·0.112974) / 1624.048570 = 0.0073724, m = p̄(1−p̄)/τ² − 1 = 14.323169
  const team = [
    { id: 'lucky', num: 3, den: 3 },
    { id: 'steady', num: 290, den: 300 },
    { id: 'c', num: 170, den: 200 },
    { id: 'd', num: 150, den: 200 },
    { id: 'e', num: 180, den: 200 },
    { id: 'f', num: 84, den: 100 },
    { id: 'big', num: 900, den: 1000 },
    { id: 'h', num: 140, den: 200 },
  ];
  const byId = (id: string) => shrinkProportions(team).find((e) => e.id === id);

  it('three lucky surveys shrink most of the way to the team rate', () => {
    // (3 + 14.323169·0.870177) / (3 + 14.323169) = 0.892660, weight 3/17.323169 = 0.173178
    expect(byId('lucky')?.raw).toBe(1);
    expect(byId('lucky')?.shrunk).toBeCloseTo(0.89266, 5);
    expect(byId('lucky')?.weight).toBeCloseTo(0.173178, 5);
    expect(byId('steady')?.shrunk).toBeCloseTo(0.96227, 5);
  });

  it('1,000 responses barely move', () => {
    // (900 + 14.323169·0.870177) / 1014.323169 = 0.899579, weight 0.985879
    expect(byId('big')?.shrunk).toBeCloseTo(0.899579, 5);
    expect(byId('big')?.weight).toBeCloseTo(0.985879, 5);
    expect(Math.abs((byId('big')?.shrunk ?? 0) - 0.9)).toBeLessThan(0.001);
  });

  it('clamps the prior strength m to [1, Σn]', () => {
    // 0/10 vs 10/10: p̄ = 0.5, SSB = 5, divisor = 20 − 200/20 − 1 = 9, τ² = 4.75/9 > p̄(1−p̄) → m < 0 → 1.
    const extreme = shrinkProportions([
      { id: 'a', num: 0, den: 10 },
      { id: 'b', num: 10, den: 10 },
    ]);
    expect(extreme[0]?.shrunk).toBeCloseTo(0.5 / 11, 10);
    expect(extreme[0]?.weight).toBeCloseTo(10 / 11, 10);
    // 81, 89, 85 of 100: p̄ = 0.85, SSB = 0.32, τ² = (0.32 − 0.255)/198 = 0.000328, m = 387.4 → capped at 300.
    const mild = shrinkProportions([
      { id: 'a', num: 81, den: 100 },
      { id: 'b', num: 89, den: 100 },
      { id: 'c', num: 85, den: 100 },
    ]);
    expect(mild[0]?.weight).toBeCloseTo(0.25, 10);
    expect(mild[0]?.shrunk).toBeCloseTo((81 + 300 * 0.85) / 400, 10);
  });

  it('shrinks fully when the spread is no more than binomial noise', () => {
    const noise = shrinkProportions([
      { id: 'a', num: 85, den: 100 },
      { id: 'b', num: 86, den: 100 },
      { id: 'c', num: 84, den: 100 },
      { id: 'none', num: 0, den: 0 },
    ]);
    expect(noise.map((e) => e.weight)).toEqual([0, 0, 0, 0]);
    expect(noise[0]?.shrunk).toBeCloseTo(0.85, 10);
    expect(noise[3]).toEqual({
      id: 'none',
      raw: null,
      shrunk: expect.closeTo(0.85, 10) as number,
      weight: 0,
    });
  });
});

describe("a minimum prior strength (the indicator's minimum sample ÷ 2)", () => {
  // A very uneven team (50% vs 94%) makes the estimated m tiny: without a floor, 3/3 would top it.
  const team = [
    { id: 'weak', num: 51, den: 101 },
    { id: 'strong', num: 290, den: 310 },
    { id: 'lucky', num: 3, den: 3 },
  ];
  it('keeps three lucky surveys below a well-evidenced 94%', () => {
    const free = rankWithShrinkage(
      'proportion',
      'higher_better',
      team.map((p) => ({ ...p, sq: p.num, n: p.den })),
    );
    expect(free[0]!.id).toBe('lucky');
    const floored = rankWithShrinkage(
      'proportion',
      'higher_better',
      team.map((p) => ({ ...p, sq: p.num, n: p.den })),
      1,
      15,
    );
    expect(floored.map((r) => r.id)).toEqual(['strong', 'lucky', 'weak']);
    const lucky = shrinkProportions(team, 15).find((r) => r.id === 'lucky')!;
    expect(lucky.weight).toBeLessThanOrEqual(3 / 18 + 1e-12);
  });
  it("caps a mean's own weight at den / (den + floor)", () => {
    const people = [
      { id: 'a', num: 300, den: 1, sq: 90000, n: 1 },
      { id: 'b', num: 4000, den: 10, sq: 1_700_000, n: 10 },
      { id: 'c', num: 5000, den: 10, sq: 2_600_000, n: 10 },
    ];
    const a = shrinkMeans(people, 15).find((r) => r.id === 'a')!;
    expect(a.weight).toBeLessThanOrEqual(1 / 16 + 1e-12);
  });
});

describe('shrinkMeans', () => {
  // p1: 2,4,4,4,5,5,7,9 (mean 5, SS 32, df 7); p2: 6,8,8,10 (mean 8, SS 8, df 3); p3: 3,5,4 (mean 4, SS 2,
  // df 2); p4: a single 10 (no own variance). Pooled s² = 42/12 = 3.5; moderated s²: p1 (32 + 17.5)/12,
  // p2 (8 + 17.5)/8, p3 (2 + 17.5)/7, p4 3.5. vᵢ = s²/den = 0.515625, 0.796875, 0.928571, 3.5.
  // Between variance of means (5, 8, 4, 10) = 22.75/3 = 7.583333; mean vᵢ = 1.435268; τ² = 6.148065.
  // μ = 94/16 = 5.875. p4: w = 6.148065/9.648065 = 0.637233, shrunk = 8.503586.
  const people = [
    { id: 'p1', ...items([2, 4, 4, 4, 5, 5, 7, 9]) },
    { id: 'p2', ...items([6, 8, 8, 10]) },
    { id: 'p3', ...items([3, 5, 4]) },
    { id: 'p4', ...items([10]) },
  ];

  it('weights each person by τ²/(τ² + s²/den)', () => {
    const out = shrinkMeans(people);
    expect(out[0]?.weight).toBeCloseTo(0.922622, 5);
    expect(out[0]?.shrunk).toBeCloseTo(5.067706, 5);
    expect(out[1]?.shrunk).toBeCloseTo(7.756174, 5);
    expect(out[2]?.shrunk).toBeCloseTo(4.246031, 5);
    expect(out[3]?.raw).toBe(10);
    expect(out[3]?.weight).toBeCloseTo(0.637233, 5);
    expect(out[3]?.shrunk).toBeCloseTo(8.503586, 5);
  });

  it('shrinks fully when no one has within-person variance', () => {
    const out = shrinkMeans([
      { id: 'a', ...items([3]) },
      { id: 'b', ...items([9]) },
    ]);
    expect(out).toEqual([
      { id: 'a', raw: 3, shrunk: 6, weight: 0 },
      { id: 'b', raw: 9, shrunk: 6, weight: 0 },
    ]);
  });
});

describe('rankWithShrinkage', () => {
  it('a 3/3 person ranks below a 290/300 person on a ~87 % team', () => {
    const team = [
      { id: 'lucky', num: 3, den: 3 },
      { id: 'steady', num: 290, den: 300 },
      { id: 'c', num: 170, den: 200 },
      { id: 'd', num: 150, den: 200 },
      { id: 'e', num: 180, den: 200 },
      { id: 'f', num: 84, den: 100 },
      { id: 'big', num: 900, den: 1000 },
      { id: 'h', num: 140, den: 200 },
      { id: 'absent', num: 0, den: 0 },
    ].map((p) => ({ ...p, sq: 0, n: p.den }));
    const ranked = rankWithShrinkage('proportion', 'higher_better', team, 100);
    expect(ranked.map((r) => r.id)).toEqual(['steady', 'big', 'e', 'lucky', 'c', 'f', 'd', 'h', 'absent']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, null]);
    expect(ranked[3]?.raw).toBe(100);
    expect(ranked[3]?.shrunk).toBeCloseTo(89.266, 2);
  });

  it('lower_better puts the smallest shrunk value first', () => {
    const people = [
      { id: 'p1', ...items([2, 4, 4, 4, 5, 5, 7, 9]) },
      { id: 'p2', ...items([6, 8, 8, 10]) },
      { id: 'p3', ...items([3, 5, 4]) },
      { id: 'p4', ...items([10]) },
    ];
    const ranked = rankWithShrinkage('mean', 'lower_better', people);
    expect(ranked.map((r) => r.id)).toEqual(['p3', 'p1', 'p2', 'p4']);
  });
});

describe('control charts', () => {
  // Ten noisy weeks around 85 % of 200 contacts: p̄ = 1700/2000 = 0.85,
  // limits 0.85 ± 3·√(0.85·0.15/200) = 0.85 ± 0.075747 → [0.774253, 0.925747]
  const noise = [168, 172, 171, 169, 172, 167, 170, 169, 169, 173];

  it('p-chart: noise gives no signal', () => {
    const chart = pChart(weeks(noise, 200));
    expect(chart.centre).toBeCloseTo(0.85, 10);
    expect(chart.points[0]?.lcl).toBeCloseTo(0.774253, 5);
    expect(chart.points[0]?.ucl).toBeCloseTo(0.925747, 5);
    expect(chart.points.flatMap((p) => p.signals)).toEqual([]);
  });

  it('p-chart: a real drop is beyond the limits, down', () => {
    const chart = pChart(weeks([...noise, 140], 200), 10);
    expect(chart.centre).toBeCloseTo(0.85, 10);
    expect(chart.points[10]?.value).toBe(0.7);
    expect(chart.points[10]?.signals).toEqual([{ rule: 'beyond_limits', side: 'down' }]);
    expect(chart.points.slice(0, 10).flatMap((p) => p.signals)).toEqual([]);
  });

  it('p-chart: limits widen for small weeks and clamp to [0, 1]', () => {
    const chart = pChart([...weeks(noise, 200), { label: 'small', num: 5, den: 5, sq: 0, n: 5 }], 10);
    // 0.85 ± 3·√(0.1275/5) = 0.85 ± 0.479062 → [0.370938, 1]
    expect(chart.points[10]?.lcl).toBeCloseTo(0.370938, 5);
    expect(chart.points[10]?.ucl).toBe(1);
    expect(chart.points[10]?.signals).toEqual([]);
  });

  it('a run of 8 below the centre flags from the 8th point; a gap neither breaks nor counts', () => {
    // Baseline 10 noisy weeks, then 9 weeks at 0.83 (inside the limits) with a gap after the 4th.
    const low = [166, 166, 166, 166];
    const series = [
      ...weeks(noise, 200),
      ...weeks(low, 200),
      { label: 'gap', num: 0, den: 0, sq: 0, n: 0 },
      ...weeks([166, 166, 166, 166, 166], 200),
    ];
    const chart = pChart(series, 10);
    const runFlags = chart.points.map((p) => p.signals.some((s) => s.rule === 'run' && s.side === 'down'));
    // indexes 10..13 low, 14 gap, 15..19 low: the 8th low point is index 18
    expect(runFlags.slice(10)).toEqual([false, false, false, false, false, false, false, false, true, true]);
    expect(chart.points[14]).toEqual({ label: 'gap', value: null, lcl: null, ucl: null, signals: [] });
    expect(chart.points.flatMap((p) => p.signals).every((s) => s.rule === 'run')).toBe(true);
  });

  it('seven points on one side are not a run', () => {
    const chart = pChart([...weeks(noise, 200), ...weeks([166, 166, 166, 166, 166, 166, 166], 200)], 10);
    expect(chart.points.flatMap((p) => p.signals)).toEqual([]);
  });

  it('XmR limits for a tiny series, and a point beyond them', () => {
    // 10, 12, 11, 15, 12: x̄ = 12, moving ranges 2, 1, 4, 3 → MR̄ = 2.5, limits 12 ± 6.65 → [5.35, 18.65]
    const chart = xmrChart(values([10, 12, 11, 15, 12, 20]), 5);
    expect(chart.centre).toBe(12);
    expect(chart.mrBar).toBe(2.5);
    expect(chart.points[0]?.lcl).toBeCloseTo(5.35, 10);
    expect(chart.points[0]?.ucl).toBeCloseTo(18.65, 10);
    expect(chart.points[5]?.signals).toEqual([{ rule: 'beyond_limits', side: 'up' }]);
    expect(chart.points.slice(0, 5).flatMap((p) => p.signals)).toEqual([]);
  });

  it('XmR skips gaps when taking moving ranges', () => {
    // 10, (gap), 14, 12: x̄ = 12, MR̄ = (4 + 2)/2 = 3
    const chart = xmrChart(values([10, null, 14, 12]));
    expect(chart.centre).toBe(12);
    expect(chart.mrBar).toBe(3);
    expect(chart.points[1]?.value).toBeNull();
  });

  it('a trend flags from the 6th consecutive rising point', () => {
    const chart = xmrChart(values([5, 5.1, 5.2, 5.3, 5.4, 5.5, 5.6, 5.0, 5.1, 5.2, 5.3, 5.4]), 12);
    const trend = chart.points.map((p) => p.signals.find((s) => s.rule === 'trend')?.side ?? null);
    expect(trend).toEqual([null, null, null, null, null, 'up', 'up', null, null, null, null, null]);
  });

  it('a falling trend flags down', () => {
    const chart = xmrChart(values([9, 8, 7, 6, 5, 4]));
    expect(chart.points[4]?.signals.some((s) => s.rule === 'trend')).toBe(false);
    expect(chart.points[5]?.signals).toContainEqual({ rule: 'trend', side: 'down' });
  });

  it('controlChart dispatches by kind and applies the scale', () => {
    const p = controlChart('proportion', weeks(noise, 200), { scale: 100 });
    expect(p.type).toBe('p');
    expect(p.centre).toBeCloseTo(85, 8);
    expect(p.points[0]?.ucl).toBeCloseTo(92.5747, 3);
    const x = controlChart('mean', values([10, 12, 11, 15, 12]), { scale: 2 });
    expect(x.type).toBe('xmr');
    expect(x.centre).toBe(24);
    expect(x.mrBar).toBe(5);
    expect(x.points[0]?.ucl).toBeCloseTo(37.3, 10);
  });
});

describe('minimumSampleWarning', () => {
  it('warns below the minimum only', () => {
    expect(minimumSampleWarning(29, 30)).toBe(true);
    expect(minimumSampleWarning(30, 30)).toBe(false);
    expect(minimumSampleWarning(null, 1)).toBe(true);
  });
});

describe('interval beyond the range of a double', () => {
  it('gives no interval (never NaN or Infinity, which JSON cannot carry)', () => {
    const huge = { num: 1e308, den: 2, sq: Infinity, n: 2 };
    for (const kind of ['mean', 'ratio', 'net_score'] as const) {
      const r = interval(kind, huge as never, 1, { unit: 'minutes' });
      for (const v of [r.value, r.low, r.high]) expect(v === null || Number.isFinite(v)).toBe(true);
    }
  });
});
