import { describe, expect, it } from 'vitest';
import { assessorBiases, biasDrift, meanDeviation, type BenchmarkedScore } from './assessor-bias.js';

// Student (1908) / Cushny & Peebles sleep data (R's `sleep`): extra hours of sleep of 10 patients with
// two drugs. The paired t interval of drug 2 − drug 1 is published as mean 1.58, 95% CI
// (0.7001142, 2.4598858), t = 4.0621 on 9 df (R: t.test(extra ~ group, data = sleep, paired = TRUE)).
const DRUG1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const DRUG2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

function score(
  assessorId: string,
  sessionId: string,
  sessionAt: string,
  value: number | null,
  benchmark: number | null,
  scale?: number,
): BenchmarkedScore {
  return { assessorId, sessionId, sessionAt, score: value, benchmark, ...(scale ? { scale } : {}) };
}

describe('meanDeviation', () => {
  it('reproduces the published paired t interval of the sleep data', () => {
    const r = meanDeviation(DRUG2.map((d, i) => d - DRUG1[i]!));
    expect(r.n).toBe(10);
    expect(r.mean).toBeCloseTo(1.58, 10);
    expect(r.low).toBeCloseTo(0.7001142, 6);
    expect(r.high).toBeCloseTo(2.4598858, 6);
    expect(r.mean! / r.standardError!).toBeCloseTo(4.0621, 4);
  });

  it('has a mean without an interval for one pair, and nothing for none', () => {
    expect(meanDeviation([2])).toMatchObject({ n: 1, mean: 2, sd: null, low: null, high: null });
    expect(meanDeviation([])).toMatchObject({ n: 0, mean: null, low: null });
    expect(() => meanDeviation([1, 2], { confidence: 0 })).toThrow(RangeError);
  });
});

describe('biasDrift', () => {
  it('fits the slope per session with its t interval', () => {
    // By hand: x = 0…4, ȳ = 3, Sxx = 10, Sxy = 8 → slope 0.8, intercept 1.4; residuals −0.4, 0.8,
    // −1.0, 1.2, −0.6 → SSE 3.6, s² = 1.2, SE = √(1.2/10) = 0.346410; t(0.975, 3) = 3.182446
    // → 0.8 ± 1.102433.
    const r = biasDrift([1, 3, 2, 5, 4]);
    expect(r.sessions).toBe(5);
    expect(r.slopePerSession).toBeCloseTo(0.8, 12);
    expect(r.low).toBeCloseTo(0.8 - 1.102433, 5);
    expect(r.high).toBeCloseTo(0.8 + 1.102433, 5);
    expect(r.latestMinusEarlier).toBeCloseTo(4 - 11 / 4, 12);
  });

  it('needs two sessions for a slope and three for its interval', () => {
    expect(biasDrift([0.5])).toMatchObject({ sessions: 1, slopePerSession: null, latestMinusEarlier: null });
    expect(biasDrift([0.5, 0.2])).toMatchObject({ sessions: 2, low: null, high: null });
    expect(biasDrift([0.5, 0.2]).slopePerSession).toBeCloseTo(-0.3, 12);
  });
});

describe('assessorBiases', () => {
  it('pairs scores with the benchmark, skips missing ones and orders sessions by time', () => {
    const scores = [
      // Session s3 is listed first but held last.
      score('ann', 's3', '2026-03-01T09:00:00Z', 5, 4),
      score('ann', 's3', '2026-03-01T09:00:00Z', 4, 3),
      score('ann', 's1', '2026-01-01T09:00:00Z', 3, 3),
      score('ann', 's1', '2026-01-01T09:00:00Z', 2, 2),
      score('ann', 's1', '2026-01-01T09:00:00Z', null, 2),
      score('ann', 's2', '2026-02-01T09:00:00Z', 4, 3.5),
      score('ann', 's2', '2026-02-01T09:00:00Z', 3, 2.5),
      score('ann', 's2', '2026-02-01T09:00:00Z', 3, null),
      score('bob', 's1', '2026-01-01T09:00:00Z', 1, 3),
      score('bob', 's1', '2026-01-01T09:00:00Z', null, null),
    ];
    const [ann, bob] = assessorBiases(scores);
    expect(ann!.assessorId).toBe('ann');
    expect(ann!.sessions.map((s) => s.sessionId)).toEqual(['s1', 's2', 's3']);
    expect(ann!.sessions.map((s) => s.bias.mean)).toEqual([0, 0.5, 1]);
    expect(ann!.bias.n).toBe(6);
    expect(ann!.bias.mean).toBeCloseTo(0.5, 12);
    // A bias growing by exactly 0.5 a session: the interval of the slope is that point.
    expect(ann!.drift.slopePerSession).toBeCloseTo(0.5, 12);
    expect(ann!.drift.low).toBeCloseTo(0.5, 12);
    expect(ann!.drift.high).toBeCloseTo(0.5, 12);
    expect(ann!.drift.latestMinusEarlier).toBeCloseTo(0.75, 12);

    expect(bob!.bias).toMatchObject({ n: 1, mean: -2, low: null });
    expect(bob!.drift.sessions).toBe(1);
  });

  it('reads deviations as a share of the item’s scale when one is given', () => {
    const [r] = assessorBiases([
      score('ann', 's1', '2026-01-01', 1, 0, 1), // yes/no item: +1 of 1
      score('ann', 's1', '2026-01-01', 6, 8, 10), // 0–10 points: −2 of 10
    ]);
    expect(r!.bias.mean).toBeCloseTo((1 - 0.2) / 2, 12);
  });

  it('matches the paired t interval when every pair is one assessor’s', () => {
    const [r] = assessorBiases(DRUG2.map((d, i) => score('a', 'only', '2026-05-05', d, DRUG1[i]!)));
    expect(r!.bias.low).toBeCloseTo(0.7001142, 6);
    expect(r!.bias.high).toBeCloseTo(2.4598858, 6);
  });

  it('refuses unreadable input', () => {
    expect(() => assessorBiases([score('a', 's', 'not a date', 1, 1)])).toThrow(RangeError);
    expect(() => assessorBiases([score('a', 's', '2026-01-01', Number.NaN, 1)])).toThrow(RangeError);
    expect(() => assessorBiases([{ ...score('a', 's', '2026-01-01', 1, 1), scale: 0 }])).toThrow(RangeError);
  });
});
