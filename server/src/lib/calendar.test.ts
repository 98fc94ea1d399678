import { describe, expect, it } from 'vitest';
import {
  addMonths,
  isDateInRange,
  isIsoDate,
  isoWeek,
  isTimeZone,
  lastCompleteWeeks,
  localDate,
  monthEnd,
  weekStart,
  zonedInstant,
  zoneOffsetMinutes,
} from './calendar.js';

describe('calendar', () => {
  it('knows real dates and the accepted range', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isDateInRange('1999-12-31')).toBe(false);
    expect(isDateInRange('2101-01-01')).toBe(false);
    expect(isDateInRange('2000-01-01')).toBe(true);
  });

  it('adds months clamped to the month end, and finds month ends and ISO weeks', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(monthEnd('2028-02-10')).toBe('2028-02-29');
    expect(isoWeek('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday's week began on Monday
  });

  it('takes the last complete weeks before today', () => {
    expect(lastCompleteWeeks('2026-12-05', 4)).toEqual({ from: '2026-11-02', to: '2026-11-29' });
    expect(lastCompleteWeeks('2026-11-30', 1)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });

  it('computes today in a time zone from an instant', () => {
    expect(localDate(new Date('2028-02-29T15:45:00Z'), 'Asia/Hong_Kong')).toBe('2028-02-29');
    expect(localDate(new Date('2028-02-29T16:30:00Z'), 'Asia/Hong_Kong')).toBe('2028-03-01');
    expect(localDate(new Date('2028-02-29T16:30:00Z'), 'America/New_York')).toBe('2028-02-29');
    expect(isTimeZone('Asia/Hong_Kong')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('finds the instant of a local time, across a daylight-saving change', () => {
    expect(zonedInstant('2026-12-05', '10:00', 'Asia/Hong_Kong').toISOString()).toBe(
      '2026-12-05T02:00:00.000Z',
    );
    expect(zoneOffsetMinutes(new Date('2026-07-01T00:00:00Z'), 'America/New_York')).toBe(-240);
    expect(zonedInstant('2026-03-08', '12:00', 'America/New_York').toISOString()).toBe(
      '2026-03-08T16:00:00.000Z',
    );
    expect(zonedInstant('2026-03-07', '12:00', 'America/New_York').toISOString()).toBe(
      '2026-03-07T17:00:00.000Z',
    );
  });
});
