import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import {
  alphaInterval,
  krippendorffAlpha,
  overallAlpha,
  overallAlphaInterval,
  type MeasurementLevel,
} from './krippendorff.js';

/** Published tables list one row per coder; the functions take one row per unit. */
function byUnit(coders: (number | null)[][]): (number | null)[][] {
  return coders[0]!.map((_, u) => coders.map((row) => row[u] ?? null));
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers × 12 units,
// values 1–5, with missing values (unit 12 has a single value and is not pairable).
const PAPER = byUnit([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
]);

// The computational example of the Wikipedia article "Krippendorff's alpha": 3 coders × 15 units.
const WIKIPEDIA = byUnit([
  [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
]);

const LEVELS: MeasurementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

describe('krippendorffAlpha — published worked examples', () => {
  it('reproduces Krippendorff (2011) with missing data at every level', () => {
    // Published: nominal .743, ordinal .815, interval .849, ratio .797.
    expect(krippendorffAlpha(PAPER, 'nominal').alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(PAPER, 'ordinal').alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(PAPER, 'interval').alpha).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(PAPER, 'ratio').alpha).toBeCloseTo(0.797, 3);
  });

  it('builds the paper’s coincidence matrix and counts', () => {
    const r = krippendorffAlpha(PAPER, 'nominal');
    expect(r.nPairable).toBe(40);
    expect(r.nUnits).toBe(11);
    expect(r.nUnitsDropped).toBe(1);
    expect(r.values).toEqual([1, 2, 3, 4, 5]);
    expect(r.valueCounts).toEqual([9, 13, 10, 5, 3]);
    const third = 1 / 3;
    const expected = [
      [7, 4 * third, third, third, 0],
      [4 * third, 10, 4 * third, third, 0],
      [third, 4 * third, 8, third, 0],
      [third, third, third, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    r.coincidences.forEach((row, c) => row.forEach((o, k) => expect(o).toBeCloseTo(expected[c]![k]!, 12)));
    // α = 1 − D_o/D_e with the disagreements the result reports.
    expect(1 - r.observedDisagreement! / r.expectedDisagreement!).toBeCloseTo(r.alpha!, 12);
  });

  it('reproduces the Wikipedia example (nominal .691, interval .811)', () => {
    const nominal = krippendorffAlpha(WIKIPEDIA, 'nominal');
    expect(nominal.alpha).toBeCloseTo(0.691, 3);
    expect(nominal.nPairable).toBe(26);
    expect(nominal.nUnits).toBe(12);
    expect(nominal.nUnitsDropped).toBe(3);
    expect(krippendorffAlpha(WIKIPEDIA, 'interval').alpha).toBeCloseTo(0.811, 3);
  });
});

describe('krippendorffAlpha — worked by hand and known identities', () => {
  it('binary data, two coders: o₀₀ = 10, o₀₁ = 4, o₁₁ = 2 → α = 1 − 19·8 / (2·14·6) = 0.0952', () => {
    const r = krippendorffAlpha(
      byUnit([
        [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
        [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
      ]),
      'nominal',
    );
    expect(r.coincidences).toEqual([
      [10, 4],
      [4, 2],
    ]);
    expect(r.alpha).toBeCloseTo(1 - (19 * 8) / (2 * 14 * 6), 12);
  });

  it('two coders, nominal, nothing missing: α = 1 − (n − 1)/n · (1 − Scott’s π)', () => {
    const rnd = seededRandom(3);
    const pairs = Array.from({ length: 40 }, () => {
      const a = Math.floor(rnd() * 4);
      return [a, rnd() < 0.7 ? a : Math.floor(rnd() * 4)];
    });
    // Scott's π from the joint proportions of the two coders' values.
    const n = 2 * pairs.length;
    const agree = pairs.filter(([a, b]) => a === b).length / pairs.length;
    const share = [0, 1, 2, 3].map((v) => pairs.flat().filter((x) => x === v).length / n);
    const expectedAgree = share.reduce((s, p) => s + p * p, 0);
    const pi = (agree - expectedAgree) / (1 - expectedAgree);
    expect(krippendorffAlpha(pairs, 'nominal').alpha).toBeCloseTo(1 - ((n - 1) / n) * (1 - pi), 12);
  });
});

describe('krippendorffAlpha — missing values and edge cases', () => {
  it('ignores units with fewer than two values and is unchanged by coder or unit order', () => {
    for (const level of LEVELS) {
      const base = krippendorffAlpha(PAPER, level).alpha!;
      const padded = [...PAPER, [null, null, null, null], [null, 2, null, null], []];
      expect(krippendorffAlpha(padded, level).alpha).toBeCloseTo(base, 12);
      const shuffled = [...PAPER].reverse().map((row) => [...row].reverse());
      expect(krippendorffAlpha(shuffled, level).alpha).toBeCloseTo(base, 12);
    }
  });

  it('gives 1 for perfect agreement at every level', () => {
    const data = [
      [1, 1, null],
      [3, 3, 3],
      [2, null, 2],
    ];
    for (const level of LEVELS) expect(krippendorffAlpha(data, level).alpha).toBe(1);
  });

  it('is below zero for systematic disagreement', () => {
    const data = [
      [1, 2],
      [2, 1],
      [1, 2],
      [2, 1],
    ];
    expect(krippendorffAlpha(data, 'nominal').alpha).toBeLessThan(0);
  });

  it('says why α is undefined instead of returning NaN', () => {
    const oneValue = krippendorffAlpha(
      [
        [4, 4, null],
        [4, 4, 4],
      ],
      'interval',
    );
    expect(oneValue.alpha).toBeNull();
    expect(oneValue.undefinedReason).toBe('no_variation');
    expect(oneValue.nPairable).toBe(5);

    const noPairs = krippendorffAlpha([[1, null], [null, 2], []], 'nominal');
    expect(noPairs.alpha).toBeNull();
    expect(noPairs.undefinedReason).toBe('no_pairable_values');
    expect(noPairs.nUnits).toBe(0);
    expect(noPairs.nUnitsDropped).toBe(3);
    expect(noPairs.observedDisagreement).toBeNull();

    expect(krippendorffAlpha([], 'ordinal').undefinedReason).toBe('no_pairable_values');
  });

  it('refuses values that are not finite numbers, and negative ratio values', () => {
    expect(() => krippendorffAlpha([[1, Number.NaN]], 'interval')).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1, -2]], 'ratio')).toThrow(RangeError);
    expect(krippendorffAlpha([[0, 0, 1]], 'ratio').undefinedReason).toBeNull();
  });
});

describe('alphaInterval — bootstrap over units', () => {
  it('is deterministic for a seed and changes with the seed', () => {
    const a = alphaInterval(PAPER, 'ordinal', { samples: 500, seed: 42 });
    const b = alphaInterval(PAPER, 'ordinal', { samples: 500, seed: 42 });
    const c = alphaInterval(PAPER, 'ordinal', { samples: 500, seed: 43 });
    expect(a.interval).toEqual(b.interval);
    expect(c.interval).not.toEqual(a.interval);
    expect(a.alpha).toBeCloseTo(0.815, 3);
  });

  it('brackets the estimate, reports shortfall probabilities and every resample', () => {
    const r = alphaInterval(PAPER, 'interval', { samples: 1000, seed: 7, minimums: [0.5, 0.667, 0.8] });
    const { low, high, belowMinimum, definedSamples, samples, confidence } = r.interval;
    expect(samples).toBe(1000);
    expect(confidence).toBe(0.95);
    expect(definedSamples).toBeGreaterThan(990);
    expect(low!).toBeLessThan(r.alpha!);
    expect(high!).toBeGreaterThan(r.alpha!);
    expect(high!).toBeLessThanOrEqual(1);
    const p = belowMinimum.map((b) => b.probability!);
    expect(p[0]!).toBeLessThanOrEqual(p[1]!);
    expect(p[1]!).toBeLessThanOrEqual(p[2]!);
    expect(p[2]!).toBeGreaterThan(0);
    // A wider confidence level gives a wider interval from the same resamples.
    const wide = alphaInterval(PAPER, 'interval', { samples: 1000, seed: 7, confidence: 0.99 }).interval;
    expect(wide.low!).toBeLessThanOrEqual(low!);
    expect(wide.high!).toBeGreaterThanOrEqual(high!);
  });

  it('gives [1, 1] for perfect agreement and no interval when α is undefined', () => {
    const perfect = alphaInterval(
      [
        [1, 1],
        [0, 0],
        [1, 1, 1],
      ],
      'nominal',
      { samples: 200, seed: 1 },
    );
    // Some resamples draw only units of one value: those have no α and are left out.
    expect(perfect.interval.low).toBe(1);
    expect(perfect.interval.high).toBe(1);
    expect(perfect.interval.definedSamples).toBeLessThan(200);

    const flat = alphaInterval([[2, 2]], 'interval', { samples: 50, seed: 1 });
    expect(flat.alpha).toBeNull();
    expect(flat.interval.low).toBeNull();
    expect(flat.interval.definedSamples).toBe(0);
    expect(flat.interval.belowMinimum[0]!.probability).toBeNull();
  });

  it('refuses nonsense options', () => {
    expect(() => alphaInterval(PAPER, 'nominal', { samples: 0 })).toThrow(RangeError);
    expect(() => alphaInterval(PAPER, 'nominal', { confidence: 1 })).toThrow(RangeError);
  });
});

describe('overall agreement over items', () => {
  const items = [
    { key: 'yes-no', level: 'nominal' as const, units: PAPER },
    { key: 'scale', level: 'ordinal' as const, units: PAPER },
    {
      key: 'flat',
      level: 'interval' as const,
      units: PAPER.map((row) => row.map((v) => (v === null ? null : 1))),
    },
  ];

  it('averages the defined item alphas weighted by pairable values', () => {
    const r = overallAlpha(items);
    expect(r.items).toBe(3);
    expect(r.itemsDefined).toBe(2);
    expect(r.nPairable).toBe(80);
    expect(r.alpha).toBeCloseTo((0.743421 + 0.815388) / 2, 5);
    expect(r.perItem.map((p) => p.key)).toEqual(['yes-no', 'scale', 'flat']);
    expect(r.perItem[2]!.undefinedReason).toBe('no_variation');
  });

  it('has a deterministic joint bootstrap interval and needs the same units for every item', () => {
    const a = overallAlphaInterval(items, { samples: 300, seed: 3 });
    const b = overallAlphaInterval(items, { samples: 300, seed: 3 });
    expect(a.interval).toEqual(b.interval);
    expect(a.interval.low!).toBeLessThan(a.alpha!);
    expect(a.interval.high!).toBeGreaterThan(a.alpha!);
    expect(() =>
      overallAlphaInterval([items[0]!, { key: 'short', level: 'nominal', units: PAPER.slice(1) }]),
    ).toThrow(RangeError);
  });

  it('reflects the resamples, so the interval corrects α’s small-sample shift instead of doubling it', () => {
    // 10 point items, 50 interactions × 20 assessors: resampled αs run below the estimate, so the
    // reflected interval sits above it on balance (plain percentiles would sit below).
    const rnd = seededRandom(11);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
    const many = Array.from({ length: 10 }, (_, i) => ({
      key: `points-${i}`,
      level: 'interval' as const,
      units: Array.from({ length: 50 }, () => {
        const truth = rnd() * 10;
        return Array.from({ length: 20 }, () =>
          Math.min(10, Math.max(0, Math.round(truth + normal() * 1.7))),
        );
      }),
    }));
    const r = overallAlphaInterval(many, { samples: 400, seed: 5 });
    const { low, high } = r.interval;
    expect(low!).toBeLessThan(r.alpha!);
    expect(high!).toBeGreaterThan(r.alpha!);
    expect((low! + high!) / 2).toBeGreaterThan(r.alpha!);
  });
});
