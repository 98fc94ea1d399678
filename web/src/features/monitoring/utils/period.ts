import { GRAINS, type Grain } from '@frontline/contract';

export interface PeriodValue {
  from: string;
  to: string;
  grain: Grain;
}

export const QUICK_RANGES = ['this_month', 'last_month', 'this_quarter', 'last_12_weeks'] as const;
export type QuickRange = (typeof QUICK_RANGES)[number];

const pad = (n: number) => String(n).padStart(2, '0');
/** A local date as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isIsoDate(v: string | null): v is string {
  if (!v || !DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A quick choice of period, relative to `today` (local dates). */
export function quickRange(kind: QuickRange, today: Date): PeriodValue {
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (kind) {
    case 'this_month':
      return { from: isoDate(new Date(y, m, 1)), to: isoDate(new Date(y, m + 1, 0)), grain: 'week' };
    case 'last_month':
      return { from: isoDate(new Date(y, m - 1, 1)), to: isoDate(new Date(y, m, 0)), grain: 'week' };
    case 'this_quarter': {
      const q = Math.floor(m / 3) * 3;
      return { from: isoDate(new Date(y, q, 1)), to: isoDate(new Date(y, q + 3, 0)), grain: 'week' };
    }
    case 'last_12_weeks': {
      const start = new Date(y, m, today.getDate() - 12 * 7 + 1);
      return { from: isoDate(start), to: isoDate(today), grain: 'week' };
    }
  }
}

/** Which quick choice a period is, if any. */
export function matchQuickRange(p: PeriodValue, today: Date): QuickRange | null {
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

/** The period in an address's query (from, to, grain), else this month by week. */
export function readPeriod(params: URLSearchParams, today: Date): PeriodValue {
  const fallback = quickRange('this_month', today);
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
