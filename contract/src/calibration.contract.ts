import { Type, type Static } from 'typebox';
import { IdParams, IsoDateTime, Line, StringEnum, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { Answer, ITEM_TYPES, ScorecardContent } from './assessments.contract.js';

/**
 * Contract for calibration sessions (#12 item 5): several assessors score the same interactions
 * blind on one scorecard version, the session lead sets a benchmark answer for each, then reveals:
 * everyone sees every score side by side with the benchmark, Krippendorff's alpha per item (at the
 * item's level: yes/no nominal, 1–5 scale ordinal, points interval; N/A is missing) and overall with
 * bootstrap intervals, and each assessor's bias against the benchmark and its drift across sessions.
 * Calibration scores are kept apart from evaluations: they never count and are never shown to the
 * person evaluated.
 */

export const CALIBRATION_STATUSES = ['open', 'revealed', 'closed'] as const;
export type CalibrationStatus = (typeof CALIBRATION_STATUSES)[number];
export const MEASUREMENT_LEVELS = ['nominal', 'ordinal', 'interval'] as const;
export type CalibrationLevel = (typeof MEASUREMENT_LEVELS)[number];

const N = Type.Union([Type.Number(), Type.Null()]);
const Name = Type.String();

export const CreateCalibrationBody = Type.Object(
  {
    scorecardId: Uuid,
    title: Line({ minLength: 1, maxLength: 200 }),
    /** The interactions everyone scores: a label or ticket key each, distinct. */
    interactions: Type.Array(Line({ minLength: 1, maxLength: 120 }), {
      minItems: 1,
      maxItems: 50,
      uniqueItems: true,
    }),
    /** The assessors (users who may score), never the lead. */
    assessorUserIds: Type.Array(Uuid, { minItems: 2, maxItems: 30, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type CreateCalibrationBody = Static<typeof CreateCalibrationBody>;

/** An assessor's (or the lead's benchmark) answers for one interaction; replaces earlier ones. */
export const CalibrationAnswersBody = Type.Object(
  { answers: Type.Array(Answer, { maxItems: 400 }) },
  { additionalProperties: false },
);
export type CalibrationAnswersBody = Static<typeof CalibrationAnswersBody>;

export const CalibrationInteractionParams = Type.Object(
  { id: Uuid, interactionId: Uuid },
  { additionalProperties: false },
);
export type CalibrationInteractionParams = Static<typeof CalibrationInteractionParams>;

/** What the reader may do with a session (server/src/features/calibration/calibration.policy.ts). */
export const CalibrationAbilities = Type.Object({
  score: Type.Boolean(),
  finish: Type.Boolean(),
  benchmark: Type.Boolean(),
  reveal: Type.Boolean(),
  close: Type.Boolean(),
});
export type CalibrationAbilities = Static<typeof CalibrationAbilities>;

export const CalibrationSessionSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  status: StringEnum(CALIBRATION_STATUSES),
  scorecard: Type.Object({ id: Uuid, code: Type.String(), titleEn: Type.String(), titleZh: Type.String() }),
  leadName: Name,
  /** The reader leads it (else takes part as an assessor). */
  lead: Type.Boolean(),
  interactions: Type.Integer(),
  assessors: Type.Integer(),
  finished: Type.Integer(),
  createdAt: IsoDateTime,
  revealedAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type CalibrationSessionSummary = Static<typeof CalibrationSessionSummary>;

export const CalibrationAssessor = Type.Object({
  userId: Uuid,
  name: Name,
  /** When the assessor said they had finished scoring. */
  finishedAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type CalibrationAssessor = Static<typeof CalibrationAssessor>;

/** Answers of one person for one interaction. */
export const CalibrationScore = Type.Object({
  interactionId: Uuid,
  /** The assessor; null for the lead's benchmark. */
  userId: Type.Union([Uuid, Type.Null()]),
  answers: Type.Array(Answer),
});
export type CalibrationScore = Static<typeof CalibrationScore>;

/** An alpha with its bootstrap interval; alpha null when it cannot be computed (see reason). */
export const AlphaFigure = Type.Object({
  alpha: N,
  low: N,
  high: N,
  /** Why alpha is undefined: no interaction with two scores, or every score the same. */
  undefinedReason: Type.Union([StringEnum(['no_pairable_values', 'no_variation'] as const), Type.Null()]),
  /** Interactions with at least two scores, and the scores in them. */
  units: Type.Integer(),
  pairable: Type.Integer(),
});
export type AlphaFigure = Static<typeof AlphaFigure>;

export const ItemAgreement = Type.Object({
  itemId: Type.String(),
  textEn: Type.String(),
  textZh: Type.String(),
  type: StringEnum(ITEM_TYPES),
  level: StringEnum(MEASUREMENT_LEVELS),
  figure: AlphaFigure,
});
export type ItemAgreement = Static<typeof ItemAgreement>;

/** A mean deviation from the benchmark as a share of the item's scale (+: more generous), with interval. */
export const BiasFigure = Type.Object({ n: Type.Integer(), mean: N, low: N, high: N });
export type BiasFigure = Static<typeof BiasFigure>;

export const AssessorResult = Type.Object({
  userId: Uuid,
  name: Name,
  /** In this session. */
  bias: BiasFigure,
  /** Across the assessor's revealed sessions, in the order held (this one included). */
  drift: Type.Object({
    sessions: Type.Integer(),
    /** Change in bias per session, with its interval (three sessions or more). */
    slopePerSession: N,
    low: N,
    high: N,
    /** This session's bias … the latest session's bias minus the mean of the earlier ones. */
    latestMinusEarlier: N,
    history: Type.Array(Type.Object({ sessionId: Uuid, at: IsoDateTime, mean: N, n: Type.Integer() })),
  }),
});
export type AssessorResult = Static<typeof AssessorResult>;

/** The figures of a revealed session. Thresholds: alpha ≥ 0.8 good, ≥ 0.667 tentative, else poor. */
export const CalibrationResults = Type.Object({
  overall: Type.Object({
    alpha: N,
    low: N,
    high: N,
    itemsDefined: Type.Integer(),
    items: Type.Integer(),
  }),
  items: Type.Array(ItemAgreement),
  assessors: Type.Array(AssessorResult),
  /** The seed of the bootstrap (from the session id): the figures do not change between reads. */
  seed: Type.Integer(),
  samples: Type.Integer(),
});
export type CalibrationResults = Static<typeof CalibrationResults>;

export const CalibrationSession = Type.Object({
  id: Uuid,
  title: Type.String(),
  status: StringEnum(CALIBRATION_STATUSES),
  scorecard: Type.Object({
    id: Uuid,
    code: Type.String(),
    version: Type.Integer(),
    titleEn: Type.String(),
    titleZh: Type.String(),
    sections: ScorecardContent,
  }),
  leadUserId: Uuid,
  leadName: Name,
  /** The reader leads it. */
  lead: Type.Boolean(),
  interactions: Type.Array(Type.Object({ id: Uuid, label: Type.String() })),
  assessors: Type.Array(CalibrationAssessor),
  /**
   * Scores the reader may see: while open an assessor's own only, the lead's none but the benchmark;
   * once revealed everyone's, with the benchmark.
   */
  scores: Type.Array(CalibrationScore),
  /** Revealed or closed sessions only. */
  results: Type.Union([CalibrationResults, Type.Null()]),
  createdAt: IsoDateTime,
  revealedAt: Type.Union([IsoDateTime, Type.Null()]),
  closedAt: Type.Union([IsoDateTime, Type.Null()]),
  abilities: CalibrationAbilities,
});
export type CalibrationSession = Static<typeof CalibrationSession>;

export const CalibrationCandidate = Type.Object({ userId: Uuid, name: Name });
export type CalibrationCandidate = Static<typeof CalibrationCandidate>;

/** The calibration endpoints, defined once for the server's routes and the web's client. */
export const calibrationEndpoints = {
  listSessions: endpoint({
    method: 'GET',
    path: '/api/v1/calibration-sessions',
    access: 'authenticated',
    summary: 'Calibration sessions the caller leads or takes part in',
    response: Type.Array(CalibrationSessionSummary),
  }),
  listCandidates: endpoint({
    method: 'GET',
    path: '/api/v1/calibration-sessions/candidates',
    access: 'assessments.manage',
    summary: 'The users who may take part in a calibration session as assessors',
    response: Type.Array(CalibrationCandidate),
  }),
  createSession: endpoint({
    method: 'POST',
    path: '/api/v1/calibration-sessions',
    access: 'assessments.manage',
    summary: 'Start a calibration session (the caller leads it)',
    body: CreateCalibrationBody,
    response: CalibrationSession,
    status: 201,
  }),
  getSession: endpoint({
    method: 'GET',
    path: '/api/v1/calibration-sessions/:id',
    access: 'authenticated',
    summary: 'One calibration session, blind until revealed',
    params: IdParams,
    response: CalibrationSession,
  }),
  score: endpoint({
    method: 'PUT',
    path: '/api/v1/calibration-sessions/:id/interactions/:interactionId/scores',
    access: 'assessments.score',
    summary: "An assessor's answers for one interaction of an open session",
    params: CalibrationInteractionParams,
    body: CalibrationAnswersBody,
    response: CalibrationSession,
  }),
  setBenchmark: endpoint({
    method: 'PUT',
    path: '/api/v1/calibration-sessions/:id/interactions/:interactionId/benchmark',
    access: 'assessments.manage',
    summary: "The lead's benchmark answers for one interaction of an open session",
    params: CalibrationInteractionParams,
    body: CalibrationAnswersBody,
    response: CalibrationSession,
  }),
  finish: endpoint({
    method: 'POST',
    path: '/api/v1/calibration-sessions/:id/finish',
    access: 'assessments.score',
    summary: 'An assessor says they have finished scoring',
    params: IdParams,
    response: CalibrationSession,
  }),
  reveal: endpoint({
    method: 'POST',
    path: '/api/v1/calibration-sessions/:id/reveal',
    access: 'assessments.manage',
    summary: 'The lead reveals every score, with agreement and bias',
    params: IdParams,
    response: CalibrationSession,
  }),
  close: endpoint({
    method: 'POST',
    path: '/api/v1/calibration-sessions/:id/close',
    access: 'assessments.manage',
    summary: 'The lead closes a revealed session',
    params: IdParams,
    response: CalibrationSession,
  }),
};
