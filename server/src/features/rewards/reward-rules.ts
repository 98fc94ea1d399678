import { DateTime } from 'luxon';
import type { Comparator, SchemePeriod } from '@frontline/contract';

/** The period a rule scheme is evaluated over; null when `start` is not the first day of one. */
export function schemePeriod(start: string, period: SchemePeriod): { start: string; end: string } | null {
  const d = DateTime.fromISO(start, { zone: 'UTC' });
  if (!d.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(start)) return null;
  const first = d.startOf(period === 'month' ? 'month' : 'quarter');
  if (first.toISODate() !== start) return null;
  const end = first.plus(period === 'month' ? { months: 1 } : { months: 3 }).minus({ days: 1 });
  return { start, end: end.toISODate()! };
}

export interface Rule {
  comparator: Comparator;
  /** In the indicator's display units (95 for 95%). */
  threshold: number;
  /** The least sample (Σ denominator) the figure must rest on; null or 0: no minimum. */
  minSample: number | null;
}

/**
 * Whether a figure earns a rule's award. The rule reads as the scheme says, on enough evidence:
 * gte → value ≥ threshold, lte → value ≤ threshold, and in both cases sample ≥ minSample.
 * The interval's bound is not required to clear the threshold (a 29/30 CSAT of 96.7% has a lower
 * bound near 83%, and "CSAT ≥ 95% on at least 30 responses" is meant to reward it); the sample
 * minimum is what stops a lucky 3/3. No figure (no sample) never earns an award.
 */
export function meetsRule(rule: Rule, fig: { value: number | null; n: number }): boolean {
  if (fig.value === null || !Number.isFinite(fig.value) || fig.n <= 0) return false;
  if (fig.n < (rule.minSample ?? 0)) return false;
  // Compare in display units with a small tolerance so 95.0000001 vs 95 from float sums agree.
  const eps = 1e-9 * Math.max(1, Math.abs(rule.threshold));
  return rule.comparator === 'gte' ? fig.value >= rule.threshold - eps : fig.value <= rule.threshold + eps;
}

/** Competition ranking (1, 2, 2, 4) of points, most first; ties listed by id for a stable order. */
export function rankPoints<T extends { id: string; points: number }>(rows: T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => b.points - a.points || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: (T & { rank: number })[] = [];
  sorted.forEach((r, i) => {
    const prev = out[i - 1];
    out.push({ ...r, rank: prev && prev.points === r.points ? prev.rank : i + 1 });
  });
  return out;
}
