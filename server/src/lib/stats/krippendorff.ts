/**
 * Krippendorff's alpha: agreement between several assessors (coders) who scored the same units
 * (in calibration: the same interactions, one item at a time), with missing scores allowed.
 *
 * Written by hand: the one npm package for it (`krippendorff` 0.1.0, a single release, "not officially
 * supported") has only the nominal difference and no ordinal metric, no missing-unit handling beyond
 * `undefined` and no interval. The computation follows Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", through the coincidence matrix:
 *
 *   reliability data   units × coders, a value or null (missing) in each cell
 *   m_u                the number of values in unit u; units with m_u < 2 are not pairable and dropped
 *   o_ck               coincidences: Σ_u (number of c–k pairs of values in u, ordered) / (m_u − 1)
 *   n_c = Σ_k o_ck     how often value c was given in pairable units; n = Σ_c n_c (pairable values)
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck
 *
 * Difference functions δ²_ck by level of measurement (c, k are the values; for ordinal their ranks):
 *   nominal   0 when c = k, else 1                      (yes/no, categories)
 *   ordinal   (Σ_{g=c..k} n_g − (n_c + n_k)/2)²         (rating scales: only the order counts)
 *   interval  (c − k)²                                  (points)
 *   ratio     ((c − k)/(c + k))²                        (non-negative amounts with a true zero)
 *
 * α is undefined — `alpha: null` with a reason, never NaN — when no unit has two values
 * ('no_pairable_values') or when every pairable value is the same ('no_variation': D_e = 0; the
 * assessors may well agree, but the data cannot show that their agreement is better than chance).
 *
 * The interval (`alphaInterval`) is a bootstrap over units: the pairable units are drawn with
 * replacement, α is recomputed on each resample (coincidences, marginals and, for ordinal data, the
 * metric itself), and the bounds are the basic ("reflected") bootstrap interval
 *   [2α − q(1 − t), 2α − q(t)],  t = (1 − confidence)/2, q = quantiles of the resampled αs,
 * with the upper bound kept at most 1. Why reflected rather than the plain percentiles q(t), q(1 − t):
 * α on a finite sample runs a little low (about −0.008 with 50 interactions × 20 assessors) and the
 * resamples repeat that shift; reflecting cancels it. For one item the two agree (simulated coverage
 * of a 95% interval: 93–95% either way), but for the overall α of a session, whose interval is narrow,
 * the percentile interval covered the population α in only 71% of simulated sessions and the reflected
 * one in 92%. Hayes & Krippendorff (2007) instead resample pairs of values with the expected
 * disagreement held fixed; holding D_e fixed while resampling units covered only 60–80% in the same
 * simulations, so it is not done here. Resampling units keeps the values of one interaction together,
 * as they were scored.
 *
 * With the interval comes, as Krippendorff recommends, the probability of α falling short of a minimum
 * (by default 0.667 and 0.8): the share of resamples whose reflected value 2α − α* lies below it, the
 * same reading of the resamples as the interval.
 */
import { quantileSorted } from 'simple-statistics';
import { randomIndex, seededRandom, type RandomSource } from './random.js';

/** The item's level of measurement: nominal for yes/no, ordinal for scales, interval for points. */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/**
 * Reliability data: one row per unit (interaction), one column per coder (assessor), the coder's value
 * or null when that coder gave none. Rows may differ in length (a missing cell counts as null).
 */
export type ReliabilityData = readonly (readonly (number | null | undefined)[])[];

/** Why α could not be computed. */
export type AlphaUndefinedReason = 'no_pairable_values' | 'no_variation';

/** The result of `krippendorffAlpha`. */
export interface AlphaResult {
  level: MeasurementLevel;
  /** α, or null when it is undefined (see `undefinedReason`). 1 is perfect agreement, 0 chance. */
  alpha: number | null;
  undefinedReason: AlphaUndefinedReason | null;
  /** Units with at least two values (pairable), the ones α is computed from. */
  nUnits: number;
  /** Units left out because they had fewer than two values. */
  nUnitsDropped: number;
  /** n: the number of pairable values (values in pairable units). */
  nPairable: number;
  /** D_o = Σ o_ck δ²_ck / n; null when α is undefined for want of pairable values. */
  observedDisagreement: number | null;
  /** D_e = Σ n_c n_k δ²_ck / (n (n − 1)); null when there are no pairable values. */
  expectedDisagreement: number | null;
  /** The distinct pairable values, ascending: the rows and columns of `coincidences`. */
  values: number[];
  /** n_c for each of `values`. */
  valueCounts: number[];
  /** The coincidence matrix o_ck, `values` × `values`. */
  coincidences: number[][];
}

interface PreparedUnit {
  /** Index of the unit in the caller's data. */
  origin: number;
  /** m_u − 1. */
  pairsPerValue: number;
  /** The distinct values of the unit (indices into `Prepared.values`) and how often each was given. */
  idx: number[];
  cnt: number[];
  /** Σ over ordered pairs of distinct values a ≠ b of cnt_a cnt_b δ²_ab / (m_u − 1), when δ is fixed. */
  fixedDisagreement: number;
}

interface Prepared {
  level: MeasurementLevel;
  values: number[];
  units: PreparedUnit[];
  nUnitsGiven: number;
}

const LEVELS: readonly MeasurementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

function prepare(data: ReliabilityData, level: MeasurementLevel): Prepared {
  if (!LEVELS.includes(level)) throw new RangeError(`unknown level of measurement: ${String(level)}`);
  const perUnit: { origin: number; values: number[] }[] = [];
  const distinct = new Set<number>();
  data.forEach((row, origin) => {
    const vals: number[] = [];
    for (const v of row) {
      if (v === null || v === undefined) continue;
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new RangeError(`unit ${origin}: values must be finite numbers or null, got ${String(v)}`);
      }
      if (level === 'ratio' && v < 0) throw new RangeError(`unit ${origin}: ratio values cannot be negative`);
      vals.push(v);
    }
    if (vals.length < 2) return;
    perUnit.push({ origin, values: vals });
    for (const v of vals) distinct.add(v);
  });
  const values = [...distinct].sort((a, b) => a - b);
  const indexOf = new Map(values.map((v, i) => [v, i]));
  const units = perUnit.map(({ origin, values: vals }) => {
    const counts = new Map<number, number>();
    for (const v of vals) {
      const i = indexOf.get(v)!;
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const idx = [...counts.keys()].sort((a, b) => a - b);
    return {
      origin,
      pairsPerValue: vals.length - 1,
      idx,
      cnt: idx.map((i) => counts.get(i)!),
      fixedDisagreement: 0,
    };
  });
  const prepared: Prepared = { level, values, units, nUnitsGiven: data.length };
  if (level !== 'ordinal') {
    const delta = fixedDelta(level, values);
    for (const u of units) u.fixedDisagreement = unitDisagreement(u, delta);
  }
  return prepared;
}

/** δ²(c, k) on value indices, for the levels whose metric does not depend on the marginals. */
function fixedDelta(level: MeasurementLevel, values: readonly number[]): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (values[c]! - values[k]!) ** 2;
    case 'ratio':
      return (c, k) => {
        const sum = values[c]! + values[k]!;
        return sum === 0 ? 0 : ((values[c]! - values[k]!) / sum) ** 2;
      };
    case 'ordinal':
      throw new Error('the ordinal metric depends on the marginals: use ordinalDelta');
  }
}

/**
 * The ordinal metric for given marginals n_g: δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², for c < k
 * (its only callers, `unitDisagreement` and `pairwiseExpected`, pass ascending indices).
 */
function ordinalDelta(nc: Float64Array): (c: number, k: number) => number {
  const cum = new Float64Array(nc.length + 1);
  for (let g = 0; g < nc.length; g++) cum[g + 1] = cum[g]! + nc[g]!;
  return (c, k) => (cum[k + 1]! - cum[c]! - (nc[c]! + nc[k]!) / 2) ** 2;
}

/** Σ_{a≠b} cnt_a cnt_b δ²_ab / (m_u − 1) over the unit's ordered pairs of distinct values (idx ascending). */
function unitDisagreement(u: PreparedUnit, delta: (c: number, k: number) => number): number {
  let s = 0;
  for (let a = 0; a < u.idx.length; a++) {
    for (let b = a + 1; b < u.idx.length; b++) {
      s += 2 * u.cnt[a]! * u.cnt[b]! * delta(u.idx[a]!, u.idx[b]!);
    }
  }
  return s / u.pairsPerValue;
}

interface Core {
  alpha: number | null;
  undefinedReason: AlphaUndefinedReason | null;
  n: number;
  nUnits: number;
  observedSum: number;
  expectedSum: number;
  nc: Float64Array;
}

/**
 * α of the prepared units, each counted `weight(origin)` times (all once when `weights` is null):
 * a bootstrap resample is a set of weights.
 */
function core(p: Prepared, weights: Float64Array | null): Core {
  const V = p.values.length;
  const nc = new Float64Array(V);
  let nUnits = 0;
  for (const u of p.units) {
    const w = weights ? weights[u.origin]! : 1;
    if (w === 0) continue;
    nUnits += w;
    for (let j = 0; j < u.idx.length; j++) nc[u.idx[j]!]! += w * u.cnt[j]!;
  }
  let n = 0;
  let used = 0;
  for (let c = 0; c < V; c++) {
    n += nc[c]!;
    if (nc[c]! > 0) used++;
  }
  if (n === 0) {
    return {
      alpha: null,
      undefinedReason: 'no_pairable_values',
      n,
      nUnits,
      observedSum: 0,
      expectedSum: 0,
      nc,
    };
  }

  let observedSum = 0;
  let expectedSum = 0;
  if (p.level === 'ordinal') {
    const delta = ordinalDelta(nc);
    for (const u of p.units) {
      const w = weights ? weights[u.origin]! : 1;
      if (w !== 0) observedSum += w * unitDisagreement(u, delta);
    }
    expectedSum = pairwiseExpected(nc, delta);
  } else {
    for (const u of p.units) {
      const w = weights ? weights[u.origin]! : 1;
      if (w !== 0) observedSum += w * u.fixedDisagreement;
    }
    if (p.level === 'nominal') {
      let sq = 0;
      for (let c = 0; c < V; c++) sq += nc[c]! * nc[c]!;
      expectedSum = n * n - sq;
    } else if (p.level === 'interval') {
      // Σ_ck n_c n_k (x_c − x_k)² = 2n Σ_c n_c (x_c − x̄)², centred to keep precision.
      let s1 = 0;
      for (let c = 0; c < V; c++) s1 += nc[c]! * p.values[c]!;
      const mean = s1 / n;
      let ss = 0;
      for (let c = 0; c < V; c++) ss += nc[c]! * (p.values[c]! - mean) ** 2;
      expectedSum = 2 * n * ss;
    } else {
      expectedSum = pairwiseExpected(nc, fixedDelta(p.level, p.values));
    }
  }
  if (used < 2 || !(expectedSum > 0)) {
    return { alpha: null, undefinedReason: 'no_variation', n, nUnits, observedSum, expectedSum, nc };
  }
  const alpha = 1 - ((n - 1) * observedSum) / expectedSum;
  return { alpha, undefinedReason: null, n, nUnits, observedSum, expectedSum, nc };
}

/** Σ_ck n_c n_k δ²_ck over ordered pairs (δ²_cc = 0). */
function pairwiseExpected(nc: Float64Array, delta: (c: number, k: number) => number): number {
  let s = 0;
  for (let c = 0; c < nc.length; c++) {
    if (nc[c] === 0) continue;
    for (let k = c + 1; k < nc.length; k++) {
      if (nc[k] === 0) continue;
      s += 2 * nc[c]! * nc[k]! * delta(c, k);
    }
  }
  return s;
}

function coincidenceMatrix(p: Prepared): number[][] {
  const V = p.values.length;
  const o = Array.from({ length: V }, () => new Array<number>(V).fill(0));
  for (const u of p.units) {
    for (let a = 0; a < u.idx.length; a++) {
      const row = o[u.idx[a]!]!;
      for (let b = 0; b < u.idx.length; b++) {
        const pairs = a === b ? u.cnt[a]! * (u.cnt[a]! - 1) : u.cnt[a]! * u.cnt[b]!;
        row[u.idx[b]!]! += pairs / u.pairsPerValue;
      }
    }
  }
  return o;
}

function toResult(p: Prepared, c: Core): AlphaResult {
  const hasPairs = c.n > 0;
  return {
    level: p.level,
    alpha: c.alpha,
    undefinedReason: c.undefinedReason,
    nUnits: p.units.length,
    nUnitsDropped: p.nUnitsGiven - p.units.length,
    nPairable: c.n,
    observedDisagreement: hasPairs ? c.observedSum / c.n : null,
    expectedDisagreement: hasPairs ? c.expectedSum / (c.n * (c.n - 1)) : null,
    values: [...p.values],
    valueCounts: Array.from(c.nc),
    coincidences: coincidenceMatrix(p),
  };
}

/**
 * Krippendorff's alpha of reliability data (units × coders, null = missing) at a level of measurement.
 * Never throws for degenerate data: `alpha` is null and `undefinedReason` says why. Throws a RangeError
 * only for values that are not finite numbers (or negative ones at the ratio level).
 */
export function krippendorffAlpha(units: ReliabilityData, level: MeasurementLevel): AlphaResult {
  const p = prepare(units, level);
  return toResult(p, core(p, null));
}

/** Options of the bootstrap intervals. */
export interface BootstrapOptions {
  /** Number of resamples; default 1000. */
  samples?: number;
  /** Seed of the resampling generator (any 32-bit integer); default 1. Ignored when `random` is given. */
  seed?: number;
  /** A generator of uniform numbers in [0, 1) to use instead of `seed` (e.g. `seededRandom(42)`). */
  random?: RandomSource;
  /** Two-sided confidence level; default 0.95. */
  confidence?: number;
  /** Minimum acceptable αs for which to report the probability of falling short; default [0.667, 0.8]. */
  minimums?: readonly number[];
}

/** The probability (share of resamples) that α is below a minimum. */
export interface ShortfallProbability {
  minimum: number;
  /** Null when there is no interval. */
  probability: number | null;
}

/** A bootstrap interval of α (or of the overall α). */
export interface AlphaBootstrap {
  /** Basic bootstrap bounds; null when α itself is undefined or no resample gave a defined α. */
  low: number | null;
  high: number | null;
  confidence: number;
  /** Resamples drawn, and how many of them had a defined α (the bounds come from those). */
  samples: number;
  definedSamples: number;
  /** For each minimum, the estimated probability that α is below it (see the file comment). */
  belowMinimum: ShortfallProbability[];
  method: 'bootstrap_units_basic';
}

/** α with its bootstrap interval. */
export interface AlphaWithInterval extends AlphaResult {
  interval: AlphaBootstrap;
}

interface ResolvedOptions {
  samples: number;
  random: RandomSource;
  confidence: number;
  minimums: readonly number[];
}

function resolveOptions(o: BootstrapOptions): ResolvedOptions {
  const samples = o.samples ?? 1000;
  const confidence = o.confidence ?? 0.95;
  if (!Number.isInteger(samples) || samples < 1) throw new RangeError(`samples must be a positive integer`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1`);
  return {
    samples,
    confidence,
    random: o.random ?? seededRandom(o.seed ?? 1),
    minimums: o.minimums ?? [0.667, 0.8],
  };
}

function summarise(estimate: number | null, alphas: number[], o: ResolvedOptions): AlphaBootstrap {
  const sorted = [...alphas].sort((a, b) => a - b);
  const tail = (1 - o.confidence) / 2;
  const ok = estimate !== null && sorted.length > 0;
  const reflect = (a: number) => Math.min(1, 2 * estimate! - a);
  return {
    low: ok ? reflect(quantileSorted(sorted, 1 - tail)) : null,
    high: ok ? reflect(quantileSorted(sorted, tail)) : null,
    confidence: o.confidence,
    samples: o.samples,
    definedSamples: sorted.length,
    belowMinimum: o.minimums.map((minimum) => ({
      minimum,
      probability: ok ? sorted.filter((a) => 2 * estimate - a < minimum).length / sorted.length : null,
    })),
    method: 'bootstrap_units_basic',
  };
}

/**
 * α with a basic bootstrap interval over units (see the file comment). Deterministic: the same
 * data, level and seed (or generator) give the same interval.
 */
export function alphaInterval(
  units: ReliabilityData,
  level: MeasurementLevel,
  options: BootstrapOptions = {},
): AlphaWithInterval {
  const o = resolveOptions(options);
  const p = prepare(units, level);
  const estimate = toResult(p, core(p, null));
  const alphas: number[] = [];
  const N = p.units.length;
  if (estimate.alpha !== null) {
    const weights = new Float64Array(units.length);
    for (let s = 0; s < o.samples; s++) {
      weights.fill(0);
      for (let i = 0; i < N; i++) weights[p.units[randomIndex(o.random, N)]!.origin]! += 1;
      const a = core(p, weights).alpha;
      if (a !== null) alphas.push(a);
    }
  }
  return { ...estimate, interval: summarise(estimate.alpha, alphas, o) };
}

/** One item of a calibration session: its reliability data and level of measurement. */
export interface ItemReliability {
  /** The caller's key for the item, returned as given. */
  key: string;
  level: MeasurementLevel;
  /** Units × coders; for `overallAlphaInterval` the same units, in the same order, for every item. */
  units: ReliabilityData;
}

/** Agreement over several items. */
export interface OverallAlpha {
  /**
   * The mean of the items' αs weighted by their pairable values (n), over the items whose α is defined;
   * null when none is. Items of different levels are not pooled into one coincidence matrix (their
   * differences are on different scales): each is judged at its own level and the results averaged.
   */
  alpha: number | null;
  /** Items whose α is defined / that were given. */
  itemsDefined: number;
  items: number;
  /** Σ n over the items whose α is defined. */
  nPairable: number;
  perItem: (AlphaResult & { key: string })[];
}

function weightedMean(parts: { alpha: number | null; n: number }[]): { alpha: number | null; n: number } {
  let sw = 0;
  let s = 0;
  for (const { alpha, n } of parts) {
    if (alpha === null) continue;
    sw += n;
    s += n * alpha;
  }
  return { alpha: sw > 0 ? s / sw : null, n: sw };
}

/** Overall agreement of a session: each item's α at its own level, averaged with weights n. */
export function overallAlpha(items: readonly ItemReliability[]): OverallAlpha {
  const perItem = items.map((it) => ({ key: it.key, ...krippendorffAlpha(it.units, it.level) }));
  const { alpha, n } = weightedMean(perItem.map((r) => ({ alpha: r.alpha, n: r.nPairable })));
  return {
    alpha,
    itemsDefined: perItem.filter((r) => r.alpha !== null).length,
    items: items.length,
    nPairable: n,
    perItem,
  };
}

/**
 * The overall α with a bootstrap interval: the units (interactions) are drawn with replacement once per
 * resample and the same draw is used for every item, so items scored on the same interactions keep
 * their dependence. Every item must list the same number of units, in the same order.
 */
export function overallAlphaInterval(
  items: readonly ItemReliability[],
  options: BootstrapOptions = {},
): OverallAlpha & { interval: AlphaBootstrap } {
  const o = resolveOptions(options);
  const estimate = overallAlpha(items);
  const N = items[0]?.units.length ?? 0;
  if (items.some((it) => it.units.length !== N)) {
    throw new RangeError('every item must list the same units (interactions) in the same order');
  }
  const prepared = items.map((it) => prepare(it.units, it.level));
  const alphas: number[] = [];
  if (estimate.alpha !== null && N > 0) {
    const weights = new Float64Array(N);
    for (let s = 0; s < o.samples; s++) {
      weights.fill(0);
      for (let i = 0; i < N; i++) weights[randomIndex(o.random, N)]! += 1;
      const { alpha } = weightedMean(
        prepared.map((p) => {
          const c = core(p, weights);
          return { alpha: c.alpha, n: c.n };
        }),
      );
      if (alpha !== null) alphas.push(alpha);
    }
  }
  return { ...estimate, interval: summarise(estimate.alpha, alphas, o) };
}
