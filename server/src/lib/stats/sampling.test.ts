import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import {
  allocate,
  drawWithoutReplacement,
  halfWidth95,
  periodOf,
  periodRange,
  pooledWithinSd,
  stratifiedSample,
} from './sampling.js';

describe('allocate', () => {
  it('splits proportionally with the largest remainder', () => {
    // quotas 4·30/60 = 2, 4·20/60 = 1.33, 4·10/60 = 0.67 → 2, 1, 1 (chat's remainder .67 beats call's .33)
    expect(allocate({ ticket: 30, call: 20, chat: 10 }, 4)).toEqual({ call: 1, chat: 1, ticket: 2 });
    // 8: quotas 4, 2.67, 1.33 → 4, 2, 1 and one more to call (.67)
    expect(allocate({ ticket: 30, call: 20, chat: 10 }, 8)).toEqual({ call: 3, chat: 1, ticket: 4 });
  });
  it('gives every channel at least one when n allows', () => {
    // quota of chat 4·1/101 ≈ 0.04 → still 1; ticket 3
    expect(allocate({ ticket: 100, chat: 1 }, 4)).toEqual({ chat: 1, ticket: 3 });
  });
  it('gives the largest channels one each when n is smaller than the channels', () => {
    expect(allocate({ ticket: 5, call: 9, chat: 2 }, 2)).toEqual({ call: 1, chat: 0, ticket: 1 });
  });
  it('takes everything when fewer than n are available, and never more than a channel holds', () => {
    expect(allocate({ ticket: 2, call: 1 }, 4)).toEqual({ call: 1, ticket: 2 });
    // quotas 0.38 and 9.62: ticket its one, call 9
    expect(allocate({ ticket: 2, call: 50 }, 10)).toEqual({ call: 9, ticket: 1 });
    expect(allocate({}, 4)).toEqual({});
    expect(allocate({ ticket: 0, call: 3 }, 2)).toEqual({ call: 2 });
  });
  it('always sums to min(n, available)', () => {
    const r = seededRandom(7);
    for (let k = 0; k < 300; k++) {
      const counts = { a: Math.floor(r() * 20), b: Math.floor(r() * 20), c: Math.floor(r() * 5) };
      const n = 1 + Math.floor(r() * 30);
      const got = allocate(counts, n);
      const total = counts.a + counts.b + counts.c;
      expect(Object.values(got).reduce((s, x) => s + x, 0)).toBe(Math.min(n, total));
      for (const [c, x] of Object.entries(got)) expect(x).toBeLessThanOrEqual(counts[c as 'a']);
    }
  });
});

describe('drawing', () => {
  it('draws without replacement and the same seed gives the same draw', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = drawWithoutReplacement(items, 8, seededRandom(42));
    expect(new Set(a).size).toBe(8);
    expect(drawWithoutReplacement(items, 8, seededRandom(42))).toEqual(a);
    expect(drawWithoutReplacement(items, 8, seededRandom(43))).not.toEqual(a);
    expect(drawWithoutReplacement(items, 30, seededRandom(1)).sort((x, y) => x - y)).toEqual(items);
  });
  it('stratifies by channel', () => {
    const items = [
      ...Array.from({ length: 30 }, (_, i) => ({ channel: 'ticket', key: `t${i}` })),
      ...Array.from({ length: 10 }, (_, i) => ({ channel: 'chat', key: `c${i}` })),
    ];
    const s = stratifiedSample(items, 4, seededRandom(5));
    expect(s.filter((x) => x.channel === 'ticket')).toHaveLength(3);
    expect(s.filter((x) => x.channel === 'chat')).toHaveLength(1);
  });
});

describe('precision', () => {
  it('is 1.96·sd/√n (hand computed)', () => {
    // sd 12, n 4: 1.95996 × 12 / 2 = 11.7598
    expect(halfWidth95(12, 4)).toBeCloseTo(11.7598, 4);
    // sd 15, n 2: 1.95996 × 15 / 1.41421 = 20.7886
    expect(halfWidth95(15, 2)).toBeCloseTo(20.7886, 3);
    expect(halfWidth95(10, 0)).toBeNaN();
  });
  it('pools the spread within people', () => {
    // person A 70, 80, 90 (mean 80, SS 200); person B 60, 64 (mean 62, SS 8): √(208 / (5 − 2)) = 8.3267
    const r = pooledWithinSd(
      [
        [70, 80, 90],
        [60, 64],
      ],
      1,
    );
    expect(r?.sd).toBeCloseTo(8.3267, 4);
    expect(r).toMatchObject({ n: 5, people: 2, df: 3 });
    expect(
      pooledWithinSd(
        [
          [70, 80, 90],
          [60, 64],
        ],
        10,
      ),
    ).toBeNull();
  });
});

describe('periods', () => {
  it('reads months and ISO weeks', () => {
    expect(periodRange('2026-02')).toEqual({ kind: 'month', start: '2026-02-01', end: '2026-02-28' });
    expect(periodRange('2024-02')?.end).toBe('2024-02-29');
    expect(periodRange('2026-W01')).toEqual({ kind: 'week', start: '2025-12-29', end: '2026-01-04' });
    expect(periodRange('2025-W53')).toBeNull();
    expect(periodRange('2020-W53')?.start).toBe('2020-12-28');
    for (const bad of ['2026-13', '2026-1', '26-01', '2026-W00', '2026-W54', 'x']) {
      expect(periodRange(bad)).toBeNull();
    }
  });
  it('finds the period of a day', () => {
    expect(periodOf('2026-12-06', 'month')).toBe('2026-12');
    expect(periodOf('2026-12-06', 'week')).toBe('2026-W49');
    expect(periodOf('2026-01-01', 'week')).toBe('2026-W01');
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53');
  });
});
