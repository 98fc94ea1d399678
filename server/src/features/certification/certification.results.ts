import type { ScorecardContent } from '@frontline/contract';
import { calibrationResults, type ScoreRow } from '../calibration/calibration.results.js';
import type { CalibrationResult } from './certification.policy.js';

/** The stand-in id of the benchmark when it is scored as a second coder beside one assessor. */
const BENCHMARK = '00000000-0000-0000-0000-00000000b0b0';

/** Resamples for the intervals, which certification does not read (alpha and bias are point figures). */
const SAMPLES = 20;

/**
 * Each assessor's result in one revealed calibration session, from the calibration feature's own
 * figures (calibration.results.ts): the bias is the session's bias of the assessor against the
 * benchmark (a share of the item's scale, here in points out of 100); the alpha is Krippendorff's
 * alpha over all items of the assessor and the benchmark as the two coders (the same computation the
 * session's overall alpha uses, with the benchmark in place of the other assessors).
 */
export function assessorResults(input: {
  sessionId: string;
  sections: ScorecardContent;
  interactionIds: readonly string[];
  assessors: readonly { userId: string; name: string }[];
  scores: readonly ScoreRow[];
  revealedAt: Date | null;
}): Map<string, CalibrationResult> {
  const session = { id: input.sessionId, revealedAt: input.revealedAt, sections: input.sections };
  const all = calibrationResults({
    sessionId: input.sessionId,
    sections: input.sections,
    interactionIds: input.interactionIds,
    assessors: input.assessors,
    scores: input.scores,
    sessions: [session],
    samples: SAMPLES,
  });
  const out = new Map<string, CalibrationResult>();
  const bench = input.scores.filter((r) => r.benchmark && r.sessionId === input.sessionId);
  for (const a of all.assessors) {
    const own = input.scores.filter(
      (r) => !r.benchmark && r.userId === a.userId && r.sessionId === input.sessionId,
    );
    const pair = calibrationResults({
      sessionId: input.sessionId,
      sections: input.sections,
      interactionIds: input.interactionIds,
      assessors: [
        { userId: a.userId, name: a.name },
        { userId: BENCHMARK, name: 'benchmark' },
      ],
      scores: [...own, ...bench.map((r) => ({ ...r, benchmark: false, userId: BENCHMARK }))],
      sessions: [session],
      samples: SAMPLES,
    });
    out.set(a.userId, {
      alpha: pair.overall.alpha,
      biasPoints: a.bias.mean === null ? null : a.bias.mean * 100,
    });
  }
  return out;
}
