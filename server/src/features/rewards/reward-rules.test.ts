import { describe, expect, it } from 'vitest';
import { meetsRule, rankPoints, schemePeriod } from './reward-rules.js';

const csatStar = { comparator: 'gte' as const, threshold: 95, minSample: 30 };

describe('meetsRule', () => {
  it('awards 29 of 30 (96.7%) on 30 responses', () => {
    expect(meetsRule(csatStar, { value: (29 / 30) * 100, n: 30 })).toBe(true);
  });
  it('does not award 20 of 20 (100%) on 20 responses: below the minimum sample', () => {
    expect(meetsRule(csatStar, { value: 100, n: 20 })).toBe(false);
  });
  it('does not award 28 of 30 (93.3%)', () => {
    expect(meetsRule(csatStar, { value: (28 / 30) * 100, n: 30 })).toBe(false);
  });
  it('awards exactly the threshold, despite float noise', () => {
    expect(meetsRule(csatStar, { value: (57 / 60) * 100, n: 60 })).toBe(true);
    expect(meetsRule(csatStar, { value: 94.99999999999999, n: 60 })).toBe(true);
  });
  it('lte rules (lower is better) compare the other way', () => {
    const aht = { comparator: 'lte' as const, threshold: 300, minSample: 10 };
    expect(meetsRule(aht, { value: 280, n: 50 })).toBe(true);
    expect(meetsRule(aht, { value: 320, n: 50 })).toBe(false);
    expect(meetsRule(aht, { value: 280, n: 5 })).toBe(false);
  });
  it('no figure never earns an award, even with no minimum', () => {
    expect(meetsRule({ ...csatStar, minSample: null }, { value: null, n: 0 })).toBe(false);
    expect(meetsRule({ ...csatStar, minSample: null }, { value: 100, n: 1 })).toBe(true);
  });
});

describe('schemePeriod', () => {
  it('months and quarters start on their first day', () => {
    expect(schemePeriod('2026-10-01', 'month')).toEqual({ start: '2026-10-01', end: '2026-10-31' });
    expect(schemePeriod('2026-02-01', 'month')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(schemePeriod('2026-10-01', 'quarter')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(schemePeriod('2026-11-01', 'quarter')).toBeNull();
    expect(schemePeriod('2026-10-02', 'month')).toBeNull();
    expect(schemePeriod('2026-02-30', 'month')).toBeNull();
  });
});

describe('rankPoints', () => {
  it('shares ranks on ties', () => {
    const r = rankPoints([
      { id: 'a', points: 5 },
      { id: 'b', points: 10 },
      { id: 'c', points: 5 },
      { id: 'd', points: 1 },
    ]);
    expect(r.map((x) => [x.id, x.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
});
