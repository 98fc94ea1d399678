import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRAINS } from '@frontline/contract';
import { addDays } from '../../lib/calendar.js';
import { periodCount, periodStart, periodsBetween, weekCover } from './periods.js';

const day = (n: number) => addDays('2000-01-01', n);
const LAST = 36_889; // 2100-12-31

describe('periodCount', () => {
  it('counts the periods periodsBetween lists, for any range and grain', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: LAST }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(...GRAINS),
        (start, span, grain) => {
          const from = day(start);
          const to = day(Math.min(start + span, LAST));
          expect(periodCount(from, to, grain)).toBe(periodsBetween(from, to, grain).length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts a range of centuries without listing it', () => {
    expect(periodCount('2000-01-01', '2100-12-31', 'day')).toBe(36_890);
    expect(periodCount('2000-01-01', '2100-12-31', 'week')).toBe(5_271);
    expect(periodCount('2000-01-01', '2100-12-31', 'month')).toBe(1_212);
    expect(periodCount('2000-01-01', '2100-12-31', 'quarter')).toBe(404);
    expect(periodCount('0001-01-01', '9999-12-31', 'day')).toBe(3_652_059);
    expect(periodCount('2026-11-30', '2026-11-01', 'day')).toBe(0);
  });
});

describe('weekCover', () => {
  it('covers every day of the range exactly once, each whole week inside one period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: LAST - 800 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(...GRAINS),
        (start, span, grain) => {
          const from = day(start);
          const to = day(start + span);
          const { weeks, days } = weekCover(from, to, grain);
          const seen: string[] = [];
          for (const w of weeks) {
            expect(periodStart(w, 'week')).toBe(w);
            expect(periodStart(w, grain)).toBe(periodStart(addDays(w, 6), grain));
            for (let i = 0; i < 7; i++) seen.push(addDays(w, i));
          }
          for (const r of days) for (let d = r.from; d <= r.to; d = addDays(d, 1)) seen.push(d);
          seen.sort();
          const all: string[] = [];
          for (let d = from; d <= to; d = addDays(d, 1)) all.push(d);
          expect(seen).toEqual(all);
          if (grain === 'day') expect(weeks).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a quarter by week from whole weeks, with the ends by day', () => {
    // 2026-07-01 is a Wednesday; 2026-09-30 a Wednesday
    const q = weekCover('2026-07-01', '2026-09-30', 'week');
    expect(q.weeks[0]).toBe('2026-07-06');
    expect(q.weeks.at(-1)).toBe('2026-09-21');
    expect(q.weeks).toHaveLength(12);
    expect(q.days).toEqual([
      { from: '2026-07-01', to: '2026-07-05' },
      { from: '2026-09-28', to: '2026-09-30' },
    ]);
    // by month, the weeks that straddle a month end are read by day
    const m = weekCover('2026-07-01', '2026-09-30', 'month');
    expect(m.weeks).not.toContain('2026-07-27'); // 27 July – 2 August
    expect(m.days).toContainEqual({ from: '2026-07-27', to: '2026-08-02' });
  });
});
