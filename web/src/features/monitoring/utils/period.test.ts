import { describe, expect, it } from 'vitest';
import { matchQuickRange, quickRange, readPeriod, writePeriod } from './period';

const today = '2026-11-30'; // a Monday

describe('quick periods', () => {
  it('opens on the last four complete weeks (Monday to Sunday), also across a year end', () => {
    expect(quickRange('last_4_weeks', today)).toEqual({
      from: '2026-11-02',
      to: '2026-11-29',
      grain: 'week',
    });
    expect(quickRange('last_4_weeks', '2027-01-01')).toEqual({
      from: '2026-11-30',
      to: '2026-12-27',
      grain: 'week',
    });
    expect(quickRange('last_4_weeks', '2028-02-29').to).toBe('2028-02-27');
  });

  it('computes this month, last month, this quarter and the last 12 weeks', () => {
    expect(quickRange('this_month', today)).toEqual({ from: '2026-11-01', to: '2026-11-30', grain: 'week' });
    expect(quickRange('last_month', today)).toEqual({ from: '2026-10-01', to: '2026-10-31', grain: 'week' });
    expect(quickRange('this_quarter', today)).toEqual({
      from: '2026-10-01',
      to: '2026-12-31',
      grain: 'week',
    });
    expect(quickRange('last_12_weeks', today)).toEqual({
      from: '2026-09-08',
      to: '2026-11-30',
      grain: 'week',
    });
    expect(quickRange('last_month', '2026-01-15').from).toBe('2025-12-01');
  });

  it('recognises a quick period again', () => {
    expect(matchQuickRange(quickRange('last_month', today), today)).toBe('last_month');
    expect(matchQuickRange({ from: '2026-01-02', to: '2026-01-03', grain: 'day' }, today)).toBeNull();
  });
});

describe('the period in the address', () => {
  it('reads from, to and grain, falling back to the last four complete weeks', () => {
    expect(readPeriod(new URLSearchParams('from=2026-01-01&to=2026-03-31&grain=month'), today)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      grain: 'month',
    });
    expect(readPeriod(new URLSearchParams('from=2026-02-30&to=2026-03-31&grain=year'), today)).toEqual({
      from: '2026-11-02',
      to: '2026-11-29',
      grain: 'week',
    });
    expect(readPeriod(new URLSearchParams('from=2026-05-01&to=2026-04-01'), today).from).toBe('2026-11-02');
  });

  it('writes the period and keeps other parameters', () => {
    const next = writePeriod(new URLSearchParams('unitId=abc'), {
      from: '2026-01-01',
      to: '2026-01-31',
      grain: 'day',
    });
    expect(next.toString()).toBe('unitId=abc&from=2026-01-01&to=2026-01-31&grain=day');
  });
});
