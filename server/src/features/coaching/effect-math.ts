/**
 * The measured effect of coaching: a difference in differences (DiD) against similar uncoached staff.
 *
 * Why not simply "after − before" for the coached person? People are picked for coaching because their
 * figure is low, and a figure picked for being low tends to rise next time anyway (regression to the mean),
 * as do figures in a season that improves for everyone. The comparison group — similar staff who were not
 * coached on this indicator, over the same two windows — rises too, for the same reasons. Subtracting their
 * mean change keeps regression to the mean and common trends from being sold as coaching success:
 *
 *   DiD = (after_c − before_c) − mean over the k comparison people of (after_u − before_u)
 *
 * Uncertainty (95% interval). The three parts are independent:
 *   SE² = var(before_c) + var(after_c) + s²_change / k
 * var(before_c), var(after_c): the sampling variance of the coached person's own figure in each window,
 * taken from the width of the interval the app shows for it (Wilson for proportions, Student-t for means):
 * var = ((high − low) / (2 · z₀.₉₇₅))². For a Wilson interval this is the binomial variance with the
 * Wilson correction (no zero variance at 0% or 100%); for a t interval it is slightly conservative.
 * s²_change / k: the sample variance of the comparison people's changes divided by k, i.e. the variance of
 * their mean change — it carries both their sampling noise and their real person-to-person variation.
 * The quantile is Student-t with Welch–Satterthwaite degrees of freedom, where the coached person's parts
 * (large samples) count as known: df = SE⁴ / ((s²_change/k)² / (k − 1)); the normal quantile when that
 * part is zero.
 *
 * Verdict: 'improved' only when the whole interval lies on the better side of 0 for the indicator's
 * direction, 'worse' likewise on the other side, else 'not_distinguishable'.
 */
import jstatPkg from 'jstat';
import type { EffectVerdict, IndicatorDirection } from '@frontline/contract';

const { jStat } = jstatPkg;

/** z for a two-sided 95% interval. */

/** A window's figure: value and its sampling variance, in the same (display) units. */
export interface WindowEstimate {
  value: number;
  variance: number;
}

export interface DidInput {
  before: WindowEstimate;
  after: WindowEstimate;
  /** The comparison people's changes after − before, in display units. */
  changes: readonly number[];
  direction: IndicatorDirection;
  confidence?: number;
}

export interface DidResult {
  rawChange: number;
  meanChange: number;
  did: number;
  se: number;
  /** Degrees of freedom of the quantile; Infinity → normal. */
  df: number;
  low: number;
  high: number;
  verdict: Exclude<EffectVerdict, 'insufficient_data'>;
}

/** Variance of a figure from its two-sided interval: ((high − low) / (2·z))². Null without an interval. */
export function varianceFromInterval(
  low: number | null,
  high: number | null,
  confidence = 0.95,
): number | null {
  if (low === null || high === null || !Number.isFinite(low) || !Number.isFinite(high)) return null;
  const z = jStat.normal.inv(1 - (1 - confidence) / 2, 0, 1);
  return ((high - low) / (2 * z)) ** 2;
}

/** Sample mean and variance (divisor n − 1). */
export function meanAndVariance(xs: readonly number[]): { mean: number; variance: number } {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const variance = n > 1 ? xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, variance };
}

/** The verdict from an interval of the DiD and the indicator's direction. */
export function verdictOf(
  low: number,
  high: number,
  direction: IndicatorDirection,
): Exclude<EffectVerdict, 'insufficient_data'> {
  const up = low > 0;
  const down = high < 0;
  if (direction === 'higher_better') return up ? 'improved' : down ? 'worse' : 'not_distinguishable';
  return down ? 'improved' : up ? 'worse' : 'not_distinguishable';
}

/** Difference in differences with its interval; needs at least 2 comparison changes (callers ask for 3). */
export function differenceInDifferences(input: DidInput): DidResult {
  const k = input.changes.length;
  if (k < 2) throw new RangeError('at least two comparison people are needed');
  const confidence = input.confidence ?? 0.95;
  const { mean: meanChange, variance: s2 } = meanAndVariance(input.changes);
  const rawChange = input.after.value - input.before.value;
  const did = rawChange - meanChange;
  const groupVar = s2 / k;
  const se2 = input.before.variance + input.after.variance + groupVar;
  const se = Math.sqrt(se2);
  const df = groupVar > 0 ? (se2 * se2) / ((groupVar * groupVar) / (k - 1)) : Infinity;
  const p = 1 - (1 - confidence) / 2;
  const q = Number.isFinite(df) && df < 1e6 ? jStat.studentt.inv(p, df) : jStat.normal.inv(p, 0, 1);
  const low = did - q * se;
  const high = did + q * se;
  return { rawChange, meanChange, did, se, df, low, high, verdict: verdictOf(low, high, input.direction) };
}
