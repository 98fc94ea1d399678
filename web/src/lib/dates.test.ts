import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, dueState, isIsoDate, previousMonthStart } from './dates';

describe('dates', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-11-28', '2026-12-02')).toBe(4);
  });

  it('finds the previous month', () => {
    expect(previousMonthStart('2026-11-30')).toBe('2026-10-01');
    expect(previousMonthStart('2026-01-15')).toBe('2025-12-01');
  });

  it('checks dates', () => {
    expect(isIsoDate('2026-02-10')).toBe(true);
    expect(isIsoDate('10/02/2026')).toBe(false);
  });

  it('says how a due date stands', () => {
    const today = '2026-11-30';
    expect(dueState('2026-11-27', today)).toEqual({ key: 'due.overdue', count: 3 });
    expect(dueState('2026-11-30', today)).toEqual({ key: 'due.today', count: 0 });
    expect(dueState('2026-12-02', today)).toEqual({ key: 'due.inDays', count: 2 });
    expect(dueState(null, today)).toEqual({ key: 'due.none', count: 0 });
    expect(dueState('2026-11-01', today, true)).toEqual({ key: 'due.done', count: 0 });
  });
});
