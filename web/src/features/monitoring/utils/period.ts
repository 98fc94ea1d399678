import { GRAINS, type Grain } from '@frontline/contract';
import {
  addDays,
  addMonths,
  isIsoDate as isRealDate,
  lastCompleteWeeks,
  monthEnd,
  monthStart,
} from '../../../lib/dates';

export interface PeriodValue {
  from: string;
  to: string;
  grain: Grain;
}

export const QUICK_RANGES = [
  'last_4_weeks',
  'this_month',
  'last_month',
  'this_quarter',
  'last_12_weeks',
] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

/** The period a dashboard opens on: the last four complete weeks, which always has data by now. */
export const DEFAULT_RANGE: QuickRange = 'last_4_weeks';

function isIsoDate(v: string | null): v is string {
  return !!v && isRealDate(v);
}

/** A quick choice of period, relative to `today` (YYYY-MM-DD, the app's today). */
export function quickRange(kind: QuickRange, today: string): PeriodValue {
  switch (kind) {
    case 'last_4_weeks':
      return { ...lastCompleteWeeks(today, 4), grain: 'week' };
    case 'this_month':
      return { from: monthStart(today), to: monthEnd(today), grain: 'week' };
    case 'last_month': {
      const start = addMonths(monthStart(today), -1);
      return { from: start, to: monthEnd(start), grain: 'week' };
    }
    case 'this_quarter': {
      const m = Number(today.slice(5, 7));
      const start = addMonths(monthStart(today), -((m - 1) % 3));
      return { from: start, to: monthEnd(addMonths(start, 2)), grain: 'week' };
    }
    case 'last_12_weeks':
      return { from: addDays(today, -12 * 7 + 1), to: today, grain: 'week' };
  }
}

/** Which quick choice a period is, if any. */
export function matchQuickRange(p: PeriodValue, today: string): QuickRange | null {
  return (
    QUICK_RANGES.find((k) => {
      const q = quickRange(k, today);
      return q.from === p.from && q.to === p.to;
    }) ?? null
  );
}

export function isGrain(v: string | null): v is Grain {
  return (GRAINS as readonly string[]).includes(v ?? '');
}

/** The period in an address's query (from, to, grain), else the last four complete weeks by week. */
export function readPeriod(params: URLSearchParams, today: string): PeriodValue {
  const fallback = quickRange(DEFAULT_RANGE, today);
  const from = params.get('from');
  const to = params.get('to');
  const grain = params.get('grain');
  const ok = isIsoDate(from) && isIsoDate(to) && from <= to;
  return {
    from: ok ? from : fallback.from,
    to: ok ? to : fallback.to,
    grain: isGrain(grain) ? grain : fallback.grain,
  };
}

/** Writes a period into a copy of the query, keeping its other parameters. */
export function writePeriod(params: URLSearchParams, p: PeriodValue): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('from', p.from);
  next.set('to', p.to);
  next.set('grain', p.grain);
  return next;
}
