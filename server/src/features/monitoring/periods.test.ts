import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRAINS } from '@frontline/contract';
import { addDays } from '../../lib/calendar.js';
import { periodCount, periodsBetween } from './periods.js';

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
