import type {
  Answer,
  AnswerValue,
  AssessorResult,
  CalibrationLevel,
  CalibrationResults,
  ItemAgreement,
  ScorecardContent,
  ScorecardItem,
} from '@frontline/contract';
import { alphaInterval, overallAlphaInterval, type ItemReliability } from '../../lib/stats/krippendorff.js';
import { assessorBiases, type BenchmarkedScore } from '../../lib/stats/assessor-bias.js';

/**
 * The figures of a revealed calibration session (pure): Krippendorff's alpha per item at the item's
 * level of measurement (yes/no nominal, 1–5 scale ordinal, points interval; N/A or no answer is a
 * missing value) and overall, each with a bootstrap interval over the interactions; each assessor's
 * bias against the lead's benchmark as a share of the item's scale (yes/no 0–1, scale 1–5 over 4,
 * points over the maximum) with its t interval, and its drift across the assessor's revealed sessions.
 * The bootstrap is seeded from the session id, so the same session always reads the same.
 */

export const LEVEL_OF: Record<ScorecardItem['type'], CalibrationLevel> = {
  yes_no_na: 'nominal',
  scale_1_5: 'ordinal',
  points: 'interval',
};

export const BOOTSTRAP_SAMPLES = 1000;

/** An answer as a number (yes 1, no 0, a level, points); null for N/A or none. */
export function numeric(value: AnswerValue | undefined): number | null {
  if (value === undefined || value === 'na') return null;
  if (value === 'yes') return 1;
  if (value === 'no') return 0;
  return value;
}

/** The width of the item's scale, dividing a deviation from the benchmark. */
export function scaleOf(item: ScorecardItem): number {
  if (item.type === 'yes_no_na') return 1;
  if (item.type === 'scale_1_5') return 4;
  return item.maxPoints ?? 1;
}

/** A 32-bit seed from a session id (its first 8 hex digits). */
export function seedOf(sessionId: string): number {
  const n = Number.parseInt(sessionId.replace(/[^0-9a-f]/gi, '').slice(0, 8) || '1', 16);
  return Number.isFinite(n) ? n | 0 : 1;
}

export interface ScoreRow {
  sessionId: string;
  interactionId: string;
  userId: string;
  benchmark: boolean;
  answers: Answer[];
}

/** A revealed session of the assessors, for drift. */
export interface PastSession {
  id: string;
  revealedAt: Date | null;
  sections: ScorecardContent;
}

export interface ResultsInput {
  sessionId: string;
  sections: ScorecardContent;
  interactionIds: readonly string[];
  assessors: readonly { userId: string; name: string }[];
  /** This session's scores and every past session's (for drift); benchmark rows included. */
  scores: readonly ScoreRow[];
  /** The revealed sessions of these assessors, this one included. */
  sessions: readonly PastSession[];
  samples?: number;
}

const items = (sections: ScorecardContent) => sections.flatMap((s) => s.items);

function answerMap(rows: readonly ScoreRow[]) {
  // sessionId → interactionId → userId|'benchmark' → itemId → value
  const m = new Map<string, Map<string, AnswerValue>>();
  for (const r of rows) {
    const key = `${r.sessionId}|${r.interactionId}|${r.benchmark ? '*' : r.userId}`;
    m.set(key, new Map(r.answers.map((a) => [a.itemId, a.value])));
  }
  return (sessionId: string, interactionId: string, who: string | null, itemId: string) =>
    m.get(`${sessionId}|${interactionId}|${who ?? '*'}`)?.get(itemId);
}

export function calibrationResults(input: ResultsInput): CalibrationResults {
  const seed = seedOf(input.sessionId);
  const samples = input.samples ?? BOOTSTRAP_SAMPLES;
  const get = answerMap(input.scores);
  const list = items(input.sections);

  const reliability: ItemReliability[] = list.map((item) => ({
    key: item.id,
    level: LEVEL_OF[item.type],
    units: input.interactionIds.map((iid) =>
      input.assessors.map((a) => numeric(get(input.sessionId, iid, a.userId, item.id))),
    ),
  }));
  const itemFigures: ItemAgreement[] = list.map((item, i) => {
    const r = alphaInterval(reliability[i]!.units, reliability[i]!.level, { seed, samples });
    return {
      itemId: item.id,
      textEn: item.textEn,
      textZh: item.textZh,
      type: item.type,
      level: LEVEL_OF[item.type],
      figure: {
        alpha: r.alpha,
        low: r.interval.low,
        high: r.interval.high,
        undefinedReason: r.undefinedReason,
        units: r.nUnits,
        pairable: r.nPairable,
      },
    };
  });
  const overall = overallAlphaInterval(reliability, { seed, samples });

  // Bias: every assessor's scores in every revealed session of theirs, paired with that session's benchmark.
  const assessorIds = new Set(input.assessors.map((a) => a.userId));
  const paired: BenchmarkedScore[] = [];
  const sessionItems = new Map(input.sessions.map((s) => [s.id, items(s.sections)]));
  const at = new Map(input.sessions.map((s) => [s.id, (s.revealedAt ?? new Date(0)).toISOString()]));
  for (const r of input.scores) {
    if (r.benchmark || !assessorIds.has(r.userId)) continue;
    const its = sessionItems.get(r.sessionId);
    if (!its) continue;
    for (const item of its) {
      paired.push({
        assessorId: r.userId,
        sessionId: r.sessionId,
        sessionAt: at.get(r.sessionId)!,
        score: numeric(r.answers.find((a) => a.itemId === item.id)?.value),
        benchmark: numeric(get(r.sessionId, r.interactionId, null, item.id)),
        scale: scaleOf(item),
      });
    }
  }
  const biases = new Map(assessorBiases(paired).map((b) => [b.assessorId, b]));
  const assessors: AssessorResult[] = input.assessors.map((a) => {
    const b = biases.get(a.userId);
    const here = b?.sessions.find((s) => s.sessionId === input.sessionId)?.bias;
    return {
      userId: a.userId,
      name: a.name,
      bias: { n: here?.n ?? 0, mean: here?.mean ?? null, low: here?.low ?? null, high: here?.high ?? null },
      drift: {
        sessions: b?.drift.sessions ?? 0,
        slopePerSession: b?.drift.slopePerSession ?? null,
        low: b?.drift.low ?? null,
        high: b?.drift.high ?? null,
        latestMinusEarlier: b?.drift.latestMinusEarlier ?? null,
        history: (b?.sessions ?? []).map((s) => ({
          sessionId: s.sessionId,
          at: s.sessionAt,
          mean: s.bias.mean,
          n: s.bias.n,
        })),
      },
    };
  });

  return {
    overall: {
      alpha: overall.alpha,
      low: overall.interval.low,
      high: overall.interval.high,
      itemsDefined: overall.itemsDefined,
      items: overall.items,
    },
    items: itemFigures,
    assessors,
    seed,
    samples,
  };
}
