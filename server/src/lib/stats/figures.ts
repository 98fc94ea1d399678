/**
 * Objective evaluation maths for figures (monitoring, goals, feedback, rewards and coaching use it):
 * confidence intervals, "below / above standard" judgements,
 * shrinkage for rankings and control-chart signals. Pure functions, no database.
 *
 * Every figure is a ratio of sums: value = Σnumerator ÷ Σdenominator × scale. A roll-up of a group of
 * observation rows carries num = Σnumerator, den = Σdenominator, n = number of rows and
 * sq = Σ(numerator² ÷ denominator). For per-item rows (den = 1 each) sq = Σx².
 *
 * Values returned here are in the indicator's stored units (num ÷ den) unless a function takes a `scale`.
 */
import jstatPkg from 'jstat';
import type { Aggregation, IndicatorDirection, IndicatorUnit, IntervalMethod } from '@frontline/contract';
import { NON_NEGATIVE_UNITS } from '@frontline/contract';

const { jStat } = jstatPkg;

/** A two-sided interval. */
export interface Bounds {
  low: number;
  high: number;
}

/** A roll-up of observation rows: Σnumerator, Σdenominator, Σ(numerator²/denominator), row count. */
export interface GroupSums {
  num: number;
  den: number;
  sq: number;
  n: number;
}

/** A figure with its confidence interval, both already multiplied by the indicator's scale. */
export interface IntervalResult {
  value: number | null;
  low: number | null;
  high: number | null;
  sampleSize: number;
  /** How the interval was computed (see `interval`); absent when there is no interval. */
  method?: IntervalMethod;
}

/** Options of `interval`. */
export interface IntervalOptions {
  /** Two-sided confidence level; default 0.95. */
  confidence?: number;
  /**
   * The indicator's unit: for units whose values cannot be negative (NON_NEGATIVE_UNITS:
   * durations, counts, money, percents, ratios) a mean's interval is kept at or above zero.
   */
  unit?: IndicatorUnit;
}

export { NON_NEGATIVE_UNITS };

function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be strictly between 0 and 1, got ${confidence}`);
  }
}

/** Two-sided standard-normal critical value z = Φ⁻¹(1 − (1 − confidence)/2), e.g. 1.959964 at 95 %. */
function zCritical(confidence: number): number {
  checkConfidence(confidence);
  return jStat.normal.inv(1 - (1 - confidence) / 2, 0, 1);
}

/** Two-sided Student-t critical value t = T⁻¹(1 − (1 − confidence)/2; dof), e.g. 2.3646 for dof 7 at 95 %. */
function tCritical(confidence: number, dof: number): number {
  checkConfidence(confidence);
  return jStat.studentt.inv(1 - (1 - confidence) / 2, dof);
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * Wilson score interval for a proportion k/n.
 *
 * With p = k/n and z the two-sided normal critical value:
 *   centre = (p + z²/2n) / (1 + z²/n)
 *   half   = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n)
 *   [centre − half, centre + half], clamped to [0, 1] (low is exactly 0 when k = 0, high exactly 1 when k = n).
 * Returns null when there are no trials (or the inputs are not finite).
 */
export function wilson(successes: number, trials: number, confidence = 0.95): Bounds | null {
  const z = zCritical(confidence);
  if (!Number.isFinite(successes) || !Number.isFinite(trials) || trials <= 0) return null;
  const k = clamp(successes, 0, trials);
  const p = k / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return {
    low: k === 0 ? 0 : clamp(centre - half, 0, 1),
    high: k === trials ? 1 : clamp(centre + half, 0, 1),
  };
}

/**
 * Degrees of freedom used for a roll-up's variance: min(n, den) − 1.
 * For per-item rows (den = 1 each) this is den − 1; for rows that are already aggregates (e.g. one row per
 * day holding 40 contacts) only n − 1 independent deviations exist between rows.
 */
function degreesOfFreedom(g: GroupSums): number {
  return Math.min(g.n, g.den) - 1;
}

/**
 * Per-unit variance estimate of a roll-up, s² = (sq − num²/den) / (min(n, den) − 1), clamped at 0.
 * For per-item rows this is the ordinary sample variance (sq = Σx², divisor den − 1). For aggregated rows
 * sq − num²/den = Σ denᵢ(x̄ᵢ − x̄)², whose expectation is (n − 1)·σ², so the same divisor still estimates the
 * per-unit variance σ². Null when the degrees of freedom are below 1 or the inputs are not finite.
 */
function unitVariance(g: GroupSums): { s2: number; dof: number } | null {
  const dof = degreesOfFreedom(g);
  if (!(dof >= 1) || !(g.den > 0)) return null;
  const s2 = (g.sq - (g.num * g.num) / g.den) / dof;
  if (!Number.isFinite(s2)) return null;
  return { s2: Math.max(0, s2), dof };
}

/**
 * Student-t confidence interval for a weighted mean x̄ = num/den.
 *
 *   s² = (sq − num²/den) / dof, clamped at 0, with dof = min(n, den) − 1
 *   x̄ ± t(1 − α/2; dof) · √(s² / den)
 *
 * Returns null when den ≤ 0, dof < 1 (variance undefined) or the inputs are not finite.
 */
export function meanInterval(sum: GroupSums, confidence = 0.95): Bounds | null {
  checkConfidence(confidence);
  const v = unitVariance(sum);
  if (!v) return null;
  const mean = sum.num / sum.den;
  const half = tCritical(confidence, v.dof) * Math.sqrt(v.s2 / sum.den);
  return { low: mean - half, high: mean + half };
}

/**
 * Interval of a non-negative weighted mean x̄ = num/den on the log scale (method `log_t`).
 *
 * Durations, money and counts are bounded below by 0 and skewed to the right (many short tickets, a few
 * that take days), so the symmetric t interval x̄ ± t·se runs below zero on small or skewed samples. With
 * se = √(s²/den) as in meanInterval, the delta method gives se(ln x̄) ≈ se / x̄, and the t interval of
 * ln x̄ taken back to the original scale is
 *
 *   [x̄ · e^(−h), x̄ · e^(+h)],  h = t(1 − α/2; dof) · se / x̄
 *
 * (the usual log-normal / ratio-estimator interval). The bounds are > 0 and contain x̄, the interval is
 * wider above than below as the data are, and for a small relative error (se ≪ x̄) it is the t interval to
 * first order. Only sums are needed, as for meanInterval.
 *
 * Degenerate cases: x̄ = 0 with s² = 0 (every value 0) → [0, 0]; x̄ ≤ 0 otherwise (only possible when
 * the values break the floor) → the t interval with its low end raised to 0. Null as for meanInterval.
 */
export function logMeanInterval(sum: GroupSums, confidence = 0.95): Bounds | null {
  checkConfidence(confidence);
  const v = unitVariance(sum);
  if (!v) return null;
  const mean = sum.num / sum.den;
  const se = Math.sqrt(v.s2 / sum.den);
  const t = tCritical(confidence, v.dof);
  if (!(mean > 0)) {
    return { low: Math.max(0, mean - t * se), high: Math.max(0, mean + t * se) };
  }
  const h = (t * se) / mean;
  return { low: mean * Math.exp(-h), high: mean * Math.exp(h) };
}

/**
 * A figure and its confidence interval for one group, dispatched by aggregation kind:
 *   proportion → Wilson on (num, den) (method `wilson`);
 *   mean, ratio → meanInterval, the t interval of the weighted mean (method `t`); when `options.unit`
 *     says values cannot be negative (NON_NEGATIVE_UNITS) and the scale is positive, logMeanInterval
 *     instead (method `log_t`), so the low end is ≥ 0 and the interval still contains the value;
 *   net_score → meanInterval on per-response values −1/0/+1 (sq = promoters + detractors for per-response
 *     rows), clamped to [−1, 1] (method `t`).
 * value = num/den × scale (null when den = 0); low/high × scale (null when the interval is undefined).
 * sampleSize = den for every kind: the denominator is always the count the figure averages over (trials,
 * survey responses, handled contacts, evaluations, transactions), which is what minSample is set against.
 */
export function interval(
  kind: Aggregation,
  g: GroupSums,
  scale: number,
  options: IntervalOptions = {},
): IntervalResult {
  const confidence = options.confidence ?? 0.95;
  const value = g.den > 0 ? (g.num / g.den) * scale : null;
  let iv: Bounds | null;
  let method: IntervalMethod;
  switch (kind) {
    case 'proportion':
      iv = wilson(g.num, g.den, confidence);
      method = 'wilson';
      break;
    case 'net_score': {
      const m = meanInterval(g, confidence);
      iv = m ? { low: clamp(m.low, -1, 1), high: clamp(m.high, -1, 1) } : null;
      method = 't';
      break;
    }
    case 'mean':
    case 'ratio':
      if (options.unit !== undefined && NON_NEGATIVE_UNITS.has(options.unit) && scale > 0) {
        iv = logMeanInterval(g, confidence);
        method = 'log_t';
      } else {
        iv = meanInterval(g, confidence);
        method = 't';
      }
      break;
  }
  // Sums past the range of a double (a hostile or broken file) give no figure rather than NaN or ∞,
  // which JSON cannot carry.
  const finiteValue = value !== null && Number.isFinite(value) ? value : null;
  if (!iv) return { value: finiteValue, low: null, high: null, sampleSize: g.den };
  // A negative scale would swap the ends; keep low ≤ high regardless.
  const a = iv.low * scale;
  const b = iv.high * scale;
  if (finiteValue === null || !Number.isFinite(a) || !Number.isFinite(b)) {
    return { value: finiteValue, low: null, high: null, sampleSize: g.den };
  }
  return { value, low: Math.min(a, b), high: Math.max(a, b), sampleSize: g.den, method };
}

/**
 * True only when the evidence says the figure misses the target: the whole interval lies on the wrong side.
 *   higher_better: high < target;  lower_better: low > target.
 * No interval (too little data) → false. `kind` is accepted for symmetry with `interval`; the rule is the
 * same for every aggregation because the interval already reflects the kind.
 */
export function belowStandard(
  _kind: Aggregation,
  direction: IndicatorDirection,
  iv: Pick<IntervalResult, 'low' | 'high'> | Bounds | null,
  target: number,
): boolean {
  if (!iv || iv.low === null || iv.high === null || !Number.isFinite(target)) return false;
  return direction === 'higher_better' ? iv.high < target : iv.low > target;
}

/**
 * True only when the evidence says the figure beats the target: the whole interval lies on the good side.
 *   higher_better: low > target;  lower_better: high < target.
 * No interval → false.
 */
export function aboveStandard(
  _kind: Aggregation,
  direction: IndicatorDirection,
  iv: Pick<IntervalResult, 'low' | 'high'> | Bounds | null,
  target: number,
): boolean {
  if (!iv || iv.low === null || iv.high === null || !Number.isFinite(target)) return false;
  return direction === 'higher_better' ? iv.low > target : iv.high < target;
}

/** One person's figure before and after shrinkage; weight (0..1) is the share that is their own evidence. */
export interface ShrunkEstimate {
  id: string;
  /** num/den, null when the person has no denominator. */
  raw: number | null;
  shrunk: number;
  weight: number;
}

/** Lower bound of the beta prior strength m (pseudo-trials): the group rate always counts for ≥ 1 trial. */
export const MIN_PRIOR_STRENGTH = 1;

/**
 * Empirical-Bayes beta-binomial shrinkage of each person's rate kᵢ/nᵢ towards the group rate p̄ = Σk/Σn.
 *
 * Prior Beta(m·p̄, m·(1−p̄)) with prior variance τ² = p̄(1−p̄)/(m+1). τ² is estimated by the method of
 * moments (the Kleinman / ANOVA estimator): with SSB = Σ nᵢ(pᵢ − p̄)², K people and N = Σnᵢ,
 *   E[SSB] = (K−1)·p̄(1−p̄) + τ²·(N − Σnᵢ²/N − (K−1))
 *   ⇒ τ² = (SSB − (K−1)·p̄(1−p̄)) / (N − Σnᵢ²/N − (K−1)),   m = p̄(1−p̄)/τ² − 1.
 * shrunk = (kᵢ + m·p̄) / (nᵢ + m), weight = nᵢ / (nᵢ + m).
 *
 * Decisions:
 * - τ² ≤ 0 (between-person spread no larger than binomial noise), fewer than 2 people with data, or no way
 *   to separate the two (everyone has a single trial) → shrink fully: shrunk = p̄, weight = 0.
 * - m is clamped to [MIN_PRIOR_STRENGTH, N]: at least one pseudo-trial (so a perfect 3/3 cannot outrank a
 *   well-evidenced 290/300 on a noisy estimate of m), and never worth more than the whole group's evidence
 *   (so a well-evidenced person keeps weight ≥ nᵢ/(nᵢ+N) while τ² > 0).
 * - People with den ≤ 0 get raw = null, shrunk = p̄, weight = 0 and do not enter the estimate.
 */
export function shrinkProportions(
  people: { id: string; num: number; den: number }[],
  minStrength = MIN_PRIOR_STRENGTH,
): ShrunkEstimate[] {
  const withData = people.filter((p) => p.den > 0 && Number.isFinite(p.num));
  const K = withData.length;
  const N = withData.reduce((s, p) => s + p.den, 0);
  const kTotal = withData.reduce((s, p) => s + clamp(p.num, 0, p.den), 0);
  const pBar = N > 0 ? kTotal / N : 0;
  const sigma2 = pBar * (1 - pBar);

  let m = Infinity;
  if (K >= 2 && sigma2 > 0) {
    const ssb = withData.reduce((s, p) => s + p.den * (clamp(p.num, 0, p.den) / p.den - pBar) ** 2, 0);
    const sumN2 = withData.reduce((s, p) => s + p.den * p.den, 0);
    const divisor = N - sumN2 / N - (K - 1);
    if (divisor > 0) {
      const tau2 = (ssb - (K - 1) * sigma2) / divisor;
      if (tau2 > 0) m = clamp(sigma2 / tau2 - 1, Math.min(minStrength, N), N);
    }
  }

  return people.map((p) => {
    if (!(p.den > 0) || !Number.isFinite(p.num)) return { id: p.id, raw: null, shrunk: pBar, weight: 0 };
    const raw = p.num / p.den;
    if (!Number.isFinite(m)) return { id: p.id, raw, shrunk: pBar, weight: 0 };
    const weight = p.den / (p.den + m);
    return { id: p.id, raw, shrunk: (clamp(p.num, 0, p.den) + m * pBar) / (p.den + m), weight };
  });
}

/**
 * Prior degrees of freedom used to moderate each person's own within-person variance towards the pooled
 * one: s²ᵢ,eff = (dfᵢ·s²ᵢ + D0·s²pooled) / (dfᵢ + D0). Three identical survey scores (s²ᵢ = 0) therefore
 * do not claim zero sampling error.
 */
export const VARIANCE_PRIOR_DF = 5;

/**
 * Empirical-Bayes normal-normal shrinkage of each person's mean x̄ᵢ = numᵢ/denᵢ towards the group mean
 * μ = Σnum/Σden (the same pooled figure the team dashboard shows).
 *
 *   s²ᵢ    = (sqᵢ − numᵢ²/denᵢ) / (min(nᵢ, denᵢ) − 1), moderated towards the pooled within-person variance
 *            s²pooled = Σ(sqᵢ − numᵢ²/denᵢ) / Σdfᵢ with VARIANCE_PRIOR_DF; the pooled one alone when dfᵢ < 1
 *   vᵢ     = s²ᵢ / denᵢ (sampling variance of x̄ᵢ)
 *   τ²     = max(0, Σ(x̄ᵢ − x̄·)²/(K−1) − mean(vᵢ))  with x̄· the unweighted mean of the x̄ᵢ
 *   wᵢ     = τ² / (τ² + vᵢ),  shrunk = wᵢ·x̄ᵢ + (1 − wᵢ)·μ
 *
 * Decisions: fewer than 2 people with data, or no within-person variance anywhere (every person has a single
 * item), → shrink fully (weight 0): the spread between people cannot be told from noise. A person with
 * vᵢ = 0 and τ² > 0 keeps weight 1. People with den ≤ 0 get raw = null, shrunk = μ, weight = 0.
 */
export function shrinkMeans(people: (GroupSums & { id: string })[], minStrength = 0): ShrunkEstimate[] {
  const withData = people.filter((p) => p.den > 0 && Number.isFinite(p.num));
  const K = withData.length;
  const totalDen = withData.reduce((s, p) => s + p.den, 0);
  const mu = totalDen > 0 ? withData.reduce((s, p) => s + p.num, 0) / totalDen : 0;

  let pooledSs = 0;
  let pooledDf = 0;
  for (const p of withData) {
    const v = unitVariance(p);
    if (v) {
      pooledSs += v.s2 * v.dof;
      pooledDf += v.dof;
    }
  }
  const pooled = pooledDf > 0 ? pooledSs / pooledDf : null;

  const samplingVar = new Map<string, number>();
  let tau2 = 0;
  if (K >= 2 && pooled !== null) {
    for (const p of withData) {
      const own = unitVariance(p);
      const s2 = own
        ? (own.dof * own.s2 + VARIANCE_PRIOR_DF * pooled) / (own.dof + VARIANCE_PRIOR_DF)
        : pooled;
      samplingVar.set(p.id, s2 / p.den);
    }
    const means = withData.map((p) => p.num / p.den);
    const grand = means.reduce((s, x) => s + x, 0) / K;
    const between = means.reduce((s, x) => s + (x - grand) ** 2, 0) / (K - 1);
    const noise = [...samplingVar.values()].reduce((s, v) => s + v, 0) / samplingVar.size;
    tau2 = Math.max(0, between - noise);
  }

  return people.map((p) => {
    if (!(p.den > 0) || !Number.isFinite(p.num)) return { id: p.id, raw: null, shrunk: mu, weight: 0 };
    const raw = p.num / p.den;
    const v = samplingVar.get(p.id);
    if (tau2 <= 0 || v === undefined) return { id: p.id, raw, shrunk: mu, weight: 0 };
    // minStrength caps a person's own weight at den/(den + minStrength), as for proportions.
    const weight = Math.min(tau2 / (tau2 + v), p.den / (p.den + minStrength));
    return { id: p.id, raw, shrunk: weight * raw + (1 - weight) * mu, weight };
  });
}

/** A ranked person: rank 1 is best by the indicator's direction; null when the person has no data. */
export interface RankedEstimate extends ShrunkEstimate {
  rank: number | null;
}

/**
 * Ranks people by their shrunk value (best first by direction): proportion → shrinkProportions, every other
 * kind → shrinkMeans (net_score on per-response values −1/0/+1). raw and shrunk are multiplied by `scale`.
 * Ties share a rank (competition ranking 1, 2, 2, 4); ties are listed by larger denominator, then id.
 * People with den ≤ 0 come last with rank null.
 */
export function rankWithShrinkage(
  kind: Aggregation,
  direction: IndicatorDirection,
  people: (GroupSums & { id: string })[],
  scale = 1,
  minStrength?: number,
): RankedEstimate[] {
  const shrunk =
    kind === 'proportion' ? shrinkProportions(people, minStrength) : shrinkMeans(people, minStrength);
  const den = new Map(people.map((p) => [p.id, p.den]));
  const sign = direction === 'higher_better' ? -1 : 1;
  const scaled = shrunk.map((e) => ({
    ...e,
    raw: e.raw === null ? null : e.raw * scale,
    shrunk: e.shrunk * scale,
  }));
  const ranked = scaled.filter((e) => e.raw !== null);
  const unranked = scaled.filter((e) => e.raw === null);
  ranked.sort(
    (a, b) =>
      sign * (a.shrunk - b.shrunk) ||
      (den.get(b.id) ?? 0) - (den.get(a.id) ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const out: RankedEstimate[] = [];
  ranked.forEach((e, i) => {
    const prev = out[i - 1];
    const rank = prev && prev.shrunk === e.shrunk && prev.rank !== null ? prev.rank : i + 1;
    out.push({ ...e, rank });
  });
  for (const e of unranked) out.push({ ...e, rank: null });
  return out;
}

/** One period of a series (a week or a day) for a control chart. */
export interface SeriesPeriod extends GroupSums {
  label: string;
}

export type ControlRule = 'beyond_limits' | 'run' | 'trend';
export interface ControlSignal {
  rule: ControlRule;
  side: 'up' | 'down';
}

export interface ControlPoint {
  label: string;
  /** num/den (× scale), null for a gap (den = 0). */
  value: number | null;
  lcl: number | null;
  ucl: number | null;
  signals: ControlSignal[];
}

export interface ControlChart {
  type: 'p' | 'xmr';
  /** Centre line, null when the baseline has no data. */
  centre: number | null;
  /** XmR only: the average moving range MR̄ (× scale); null for p-charts or when undefined. */
  mrBar: number | null;
  points: ControlPoint[];
}

/** Western Electric rule 2: this many consecutive points on one side of the centre line. */
export const RUN_LENGTH = 8;
/**
 * Trend rule (Nelson rule 3 / Minitab test 3): this many consecutive points each strictly higher (or lower)
 * than the one before, i.e. TREND_LENGTH − 1 successive increases.
 */
export const TREND_LENGTH = 6;
/** XmR constant: 3 / d₂ with d₂ = 1.128 for moving ranges of two. */
export const XMR_FACTOR = 2.66;

function baselineOf<T>(series: T[], baselineCount?: number): T[] {
  if (baselineCount === undefined) return series;
  return series.slice(0, Math.max(0, Math.floor(baselineCount)));
}

/**
 * Adds the signals to points that already carry value, lcl, ucl. Gaps (value null) get no signal and are
 * skipped: the run and trend rules compare each observed point with the previous *observed* point, so a week
 * without data neither breaks nor extends a run. A point exactly on the centre line breaks a run; equal
 * consecutive values break a trend. The run/trend signal is put on the 8th (6th) point and every later point
 * while the run (trend) continues.
 */
function addSignals(points: ControlPoint[], centre: number | null): void {
  let runSide: 'up' | 'down' | null = null;
  let runLength = 0;
  let trendSide: 'up' | 'down' | null = null;
  let trendLength = 1;
  let prev: number | null = null;
  for (const point of points) {
    const x = point.value;
    if (x === null || centre === null) continue;
    if (point.ucl !== null && x > point.ucl) point.signals.push({ rule: 'beyond_limits', side: 'up' });
    else if (point.lcl !== null && x < point.lcl) point.signals.push({ rule: 'beyond_limits', side: 'down' });

    const side = x > centre ? 'up' : x < centre ? 'down' : null;
    if (side === null) {
      runSide = null;
      runLength = 0;
    } else if (side === runSide) {
      runLength += 1;
    } else {
      runSide = side;
      runLength = 1;
    }
    if (runSide && runLength >= RUN_LENGTH) point.signals.push({ rule: 'run', side: runSide });

    if (prev !== null) {
      const step = x > prev ? 'up' : x < prev ? 'down' : null;
      if (step === null) {
        trendSide = null;
        trendLength = 1;
      } else if (step === trendSide) {
        trendLength += 1;
      } else {
        trendSide = step;
        trendLength = 2;
      }
      if (trendSide && trendLength >= TREND_LENGTH) point.signals.push({ rule: 'trend', side: trendSide });
    }
    prev = x;
  }
}

/**
 * p-chart for a proportion per period. Centre p̄ = Σnum/Σden over the baseline periods (the first
 * `baselineCount`, default all); per-period limits p̄ ± 3·√(p̄(1−p̄)/denᵢ), clamped to [0, 1].
 * Periods with den = 0 are gaps (value and limits null, no signal). Signals: see addSignals.
 */
export function pChart(series: SeriesPeriod[], baselineCount?: number): ControlChart {
  const base = baselineOf(series, baselineCount).filter((p) => p.den > 0);
  const baseDen = base.reduce((s, p) => s + p.den, 0);
  const centre = baseDen > 0 ? base.reduce((s, p) => s + p.num, 0) / baseDen : null;
  const points: ControlPoint[] = series.map((p) => {
    if (!(p.den > 0) || centre === null) {
      return { label: p.label, value: p.den > 0 ? p.num / p.den : null, lcl: null, ucl: null, signals: [] };
    }
    const half = 3 * Math.sqrt((centre * (1 - centre)) / p.den);
    return {
      label: p.label,
      value: p.num / p.den,
      lcl: clamp(centre - half, 0, 1),
      ucl: clamp(centre + half, 0, 1),
      signals: [],
    };
  });
  addSignals(points, centre);
  return { type: 'p', centre, mrBar: null, points };
}

/**
 * XmR (individuals and moving range) chart for means and ratios, on the per-period values xᵢ = numᵢ/denᵢ.
 * Over the baseline periods (the first `baselineCount`, default all): centre x̄ = unweighted mean of the xᵢ,
 * MR̄ = mean of |xᵢ − xᵢ₋₁| between successive observed periods (gaps skipped); limits x̄ ± 2.66·MR̄.
 * Needs two observed baseline periods for limits (otherwise lcl/ucl null; one gives a centre only).
 * Periods with den = 0 are gaps (value null, no signal).
 */
export function xmrChart(series: SeriesPeriod[], baselineCount?: number): ControlChart {
  const values = baselineOf(series, baselineCount)
    .filter((p) => p.den > 0)
    .map((p) => p.num / p.den);
  const centre = values.length > 0 ? values.reduce((s, x) => s + x, 0) / values.length : null;
  let mrBar: number | null = null;
  if (values.length >= 2) {
    let total = 0;
    for (let i = 1; i < values.length; i++) total += Math.abs((values[i] ?? 0) - (values[i - 1] ?? 0));
    mrBar = total / (values.length - 1);
  }
  const lcl = centre !== null && mrBar !== null ? centre - XMR_FACTOR * mrBar : null;
  const ucl = centre !== null && mrBar !== null ? centre + XMR_FACTOR * mrBar : null;
  const points: ControlPoint[] = series.map((p) =>
    p.den > 0
      ? { label: p.label, value: p.num / p.den, lcl, ucl, signals: [] }
      : { label: p.label, value: null, lcl: null, ucl: null, signals: [] },
  );
  addSignals(points, centre);
  return { type: 'xmr', centre, mrBar, points };
}

/**
 * Control chart for an indicator's series: proportion → pChart, mean / ratio / net_score → xmrChart.
 * Values, limits, centre and MR̄ are multiplied by `scale` (default 1); signals do not depend on it.
 */
export function controlChart(
  kind: Aggregation,
  series: SeriesPeriod[],
  options: { baselineCount?: number; scale?: number } = {},
): ControlChart {
  const chart =
    kind === 'proportion' ? pChart(series, options.baselineCount) : xmrChart(series, options.baselineCount);
  const scale = options.scale ?? 1;
  if (scale === 1) return chart;
  const s = (x: number | null): number | null => (x === null ? null : x * scale);
  return {
    ...chart,
    centre: s(chart.centre),
    mrBar: s(chart.mrBar),
    points: chart.points.map((p) => ({ ...p, value: s(p.value), lcl: s(p.lcl), ucl: s(p.ucl) })),
  };
}

/** True when a figure rests on fewer units than the indicator's minimum sample (sampleSize < minSample). */
export function minimumSampleWarning(sampleSize: number | null, minSample: number): boolean {
  return sampleSize === null || !Number.isFinite(sampleSize) || sampleSize < minSample;
}
