import type { QaFigure } from '@frontline/contract';
import { interval, wilson } from '../../lib/stats/figures.js';

/** Σ earned, Σ possible, Σ earned²/possible and n of a group of evaluations. */
export interface EvalSums {
  n: number;
  earned: number;
  possible: number;
  sq: number;
}

const clamp100 = (x: number | null) => (x === null ? null : Math.min(100, Math.max(0, x)));

/**
 * A QA score as a ratio of sums: Σ earned ÷ Σ possible × 100, with the 95 % interval the dashboards give
 * a ratio indicator (figures.ts `interval('ratio', …)`: each evaluation a row with numerator earned and
 * denominator possible; Student t on min(n, Σ possible) − 1 degrees of freedom), kept within 0–100.
 */
export function qaFigure(s: EvalSums): QaFigure {
  const iv = interval('ratio', { num: s.earned, den: s.possible, sq: s.sq, n: s.n }, 100);
  return {
    value: iv.value,
    low: clamp100(iv.low),
    high: clamp100(iv.high),
    n: s.n,
    earned: s.earned,
    possible: s.possible,
  };
}

/** An item's miss rate: missed ÷ applicable × 100 with its Wilson interval (N/A already left out). */
export function missRate(missed: number, applicable: number) {
  const b = wilson(missed, applicable);
  return {
    rate: applicable > 0 ? (missed / applicable) * 100 : null,
    low: b ? b.low * 100 : null,
    high: b ? b.high * 100 : null,
  };
}
