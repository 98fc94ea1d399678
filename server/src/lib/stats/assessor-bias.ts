/**
 * Each assessor's bias against the session lead's benchmark in calibration sessions, and its drift
 * from session to session. Pure functions, no database.
 *
 * Bias: the mean deviation d = (score − benchmark) / scale over every interaction × item that both the
 * assessor and the benchmark scored (a pair where either is null is left out). Positive: the assessor
 * scores more generously than the benchmark. Its interval is Student's t on the deviations,
 * mean ± t(1 − (1 − confidence)/2, n − 1) · sd / √n; it treats the deviations as independent, so with
 * many items per interaction it is somewhat narrow. With one deviation there is a mean but no interval.
 *
 * `scale` brings items on different scales to one: pass the item's range (max − min points; 1 for
 * yes/no as 0/1) to read the bias as a share of the scale; without it deviations are in raw points and
 * only items on the same scale should be mixed.
 *
 * Drift: the bias of each session the assessor took part in, in the order the sessions were held, and
 * the least-squares slope of those session biases against the session's sequence number (0, 1, 2, … in
 * time order, so calendar gaps between sessions do not count; every session weighs the same). The slope
 * is the change in bias per session: near zero when the assessor is stable; while a bias shrinks the
 * slope has the opposite sign to the bias. Its t interval (k − 2 degrees of freedom for k sessions)
 * needs three sessions; the slope itself two. `latestMinusEarlier` is the plain difference between the
 * latest session's bias and the mean of the earlier sessions' biases.
 */
import jstatPkg from 'jstat';

const { jStat } = jstatPkg;

/** One calibration score next to the benchmark for the same interaction and item. */
export interface BenchmarkedScore {
  assessorId: string;
  sessionId: string;
  /**
   * When the session was held (ISO 8601): orders the sessions for drift; ties go by sessionId. Read
   * from the first score of each session (the same for all of them).
   */
  sessionAt: string;
  /** The assessor's score; null when the assessor gave none. */
  score: number | null;
  /** The session lead's benchmark answer; null when there is none for this interaction and item. */
  benchmark: number | null;
  /** Divides the deviation (e.g. the item's max − min); default 1 (raw points). Must be > 0. */
  scale?: number;
}

/** A mean deviation from the benchmark with its t interval. */
export interface BiasEstimate {
  /** Pairs with both a score and a benchmark. */
  n: number;
  /** Mean of (score − benchmark) / scale; null when n = 0. */
  mean: number | null;
  /** Sample standard deviation (divisor n − 1) and standard error of the mean; null when n < 2. */
  sd: number | null;
  standardError: number | null;
  /** Student-t interval of the mean; null when n < 2. */
  low: number | null;
  high: number | null;
  confidence: number;
}

/** An assessor's bias in one session. */
export interface SessionBias {
  sessionId: string;
  sessionAt: string;
  bias: BiasEstimate;
}

/** How an assessor's bias moves across sessions (see the file comment). */
export interface BiasDrift {
  /** Sessions with at least one pair: the points of the fit. */
  sessions: number;
  /** Least-squares slope of session bias on session number; null with fewer than two sessions. */
  slopePerSession: number | null;
  /** t interval of the slope; null with fewer than three sessions. */
  low: number | null;
  high: number | null;
  /** Latest session's bias − mean of the earlier sessions' biases; null with fewer than two sessions. */
  latestMinusEarlier: number | null;
  confidence: number;
}

/** One assessor's calibration result. */
export interface AssessorBias {
  assessorId: string;
  /** Over all of the assessor's pairs in the sessions given. */
  bias: BiasEstimate;
  /** Per session, in the order they were held. */
  sessions: SessionBias[];
  drift: BiasDrift;
}

/** Options of `assessorBiases` and `meanDeviation`. */
export interface BiasOptions {
  /** Two-sided confidence level of the intervals; default 0.95. */
  confidence?: number;
}

function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must be between 0 and 1');
}

function tCritical(confidence: number, df: number): number {
  return jStat.studentt.inv(1 - (1 - confidence) / 2, df);
}

/** Mean of deviations with its Student-t interval. */
export function meanDeviation(deviations: readonly number[], options: BiasOptions = {}): BiasEstimate {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence);
  const n = deviations.length;
  if (n === 0) {
    return { n, mean: null, sd: null, standardError: null, low: null, high: null, confidence };
  }
  const mean = deviations.reduce((s, d) => s + d, 0) / n;
  if (n < 2) return { n, mean, sd: null, standardError: null, low: null, high: null, confidence };
  const sd = Math.sqrt(deviations.reduce((s, d) => s + (d - mean) ** 2, 0) / (n - 1));
  const standardError = sd / Math.sqrt(n);
  const half = tCritical(confidence, n - 1) * standardError;
  return { n, mean, sd, standardError, low: mean - half, high: mean + half, confidence };
}

/** Least-squares slope of ys against 0, 1, 2, … with its t interval, and the latest-minus-earlier step. */
export function biasDrift(sessionBiases: readonly number[], options: BiasOptions = {}): BiasDrift {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence);
  const k = sessionBiases.length;
  const none = {
    sessions: k,
    slopePerSession: null,
    low: null,
    high: null,
    latestMinusEarlier: null,
    confidence,
  };
  if (k < 2) return none;
  const xMean = (k - 1) / 2;
  const yMean = sessionBiases.reduce((s, y) => s + y, 0) / k;
  let sxx = 0;
  let sxy = 0;
  sessionBiases.forEach((y, x) => {
    sxx += (x - xMean) ** 2;
    sxy += (x - xMean) * (y - yMean);
  });
  const slope = sxy / sxx;
  const earlier = sessionBiases.slice(0, -1);
  const latestMinusEarlier = sessionBiases[k - 1]! - earlier.reduce((s, y) => s + y, 0) / earlier.length;
  if (k < 3) return { ...none, slopePerSession: slope, latestMinusEarlier };
  const intercept = yMean - slope * xMean;
  const sse = sessionBiases.reduce((s, y, x) => s + (y - (intercept + slope * x)) ** 2, 0);
  const se = Math.sqrt(sse / (k - 2) / sxx);
  const half = tCritical(confidence, k - 2) * se;
  return {
    sessions: k,
    slopePerSession: slope,
    low: slope - half,
    high: slope + half,
    latestMinusEarlier,
    confidence,
  };
}

function timeOf(s: BenchmarkedScore): number {
  const t = Date.parse(s.sessionAt);
  if (Number.isNaN(t)) {
    throw new RangeError(`session ${s.sessionId}: sessionAt is not a date: ${s.sessionAt}`);
  }
  return t;
}

/**
 * Every assessor's bias, per-session biases and drift, from calibration scores paired with the
 * benchmark. Assessors are returned in ascending id order; an assessor whose pairs all lack a score or
 * a benchmark is still listed, with n = 0. Throws a RangeError for a non-finite score or benchmark, a
 * scale ≤ 0 or an unreadable sessionAt.
 */
export function assessorBiases(
  scores: readonly BenchmarkedScore[],
  options: BiasOptions = {},
): AssessorBias[] {
  const confidence = options.confidence ?? 0.95;
  checkConfidence(confidence);
  type Session = { sessionId: string; sessionAt: string; time: number; deviations: number[] };
  const byAssessor = new Map<string, Map<string, Session>>();
  for (const s of scores) {
    const scale = s.scale ?? 1;
    if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number`);
    for (const v of [s.score, s.benchmark]) {
      if (v !== null && !Number.isFinite(v)) throw new RangeError(`scores must be finite numbers or null`);
    }
    let sessions = byAssessor.get(s.assessorId);
    if (!sessions) byAssessor.set(s.assessorId, (sessions = new Map()));
    let session = sessions.get(s.sessionId);
    if (!session) {
      session = { sessionId: s.sessionId, sessionAt: s.sessionAt, time: timeOf(s), deviations: [] };
      sessions.set(s.sessionId, session);
    }
    if (s.score !== null && s.benchmark !== null) session.deviations.push((s.score - s.benchmark) / scale);
  }
  return [...byAssessor.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((assessorId) => {
      const sessions = [...byAssessor.get(assessorId)!.values()].sort((a, b) =>
        a.time !== b.time
          ? a.time - b.time
          : a.sessionId < b.sessionId
            ? -1
            : a.sessionId > b.sessionId
              ? 1
              : 0,
      );
      const perSession = sessions.map((s) => ({
        sessionId: s.sessionId,
        sessionAt: s.sessionAt,
        bias: meanDeviation(s.deviations, { confidence }),
      }));
      const means = perSession.flatMap((s) => (s.bias.mean === null ? [] : [s.bias.mean]));
      return {
        assessorId,
        bias: meanDeviation(
          sessions.flatMap((s) => s.deviations),
          { confidence },
        ),
        sessions: perSession,
        drift: biasDrift(means, { confidence }),
      };
    });
}
