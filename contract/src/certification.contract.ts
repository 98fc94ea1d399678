import { Type, type Static } from 'typebox';
import { IdParams, IsoDateTime, Line, Real, StringEnum, Text, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';

/**
 * Contract for assessor certification (#12 item 6): an assessor is certified for a scorecard (its
 * family, every version of one code) once they have completed the organisation's assessor course and
 * a revealed calibration session on that scorecard gave them a result past the threshold (alpha
 * against the benchmark at least the minimum and/or absolute bias within the set points); a lead
 * (assessments.manage) may grant or revoke with a reason. A certification expires after the
 * organisation's validity; reminders go out before it does. An evaluation records whether its
 * assessor was certified when it was submitted and released; by the organisation's policy an
 * uncertified assessor's released evaluation counts (marked) or does not count (no observation).
 */

export const UNCERTIFIED_POLICIES = ['count_marked', 'not_counted'] as const;
export type UncertifiedPolicy = (typeof UNCERTIFIED_POLICIES)[number];
export const CERTIFICATION_STATUSES = [
  'certified',
  'expiring',
  'expired',
  'revoked',
  'not_certified',
] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

const N = Type.Union([Type.Number(), Type.Null()]);

export const CertificationSettings = Type.Object({
  /** The assessor course of the training catalogue (null: none chosen, so no one is certified by it). */
  assessorCourseId: Type.Union([Uuid, Type.Null()]),
  assessorCourseTitleEn: Type.Union([Type.String(), Type.Null()]),
  assessorCourseTitleZh: Type.Union([Type.String(), Type.Null()]),
  /** Minimum Krippendorff's alpha of the assessor against the benchmark (null: not a criterion). */
  minAlpha: N,
  /** Maximum absolute bias against the benchmark, in points of the item's scale out of 100 (null: not a criterion). */
  maxBiasPoints: N,
  validityMonths: Type.Integer(),
  reminderDays: Type.Integer(),
  uncertifiedPolicy: StringEnum(UNCERTIFIED_POLICIES),
});
export type CertificationSettings = Static<typeof CertificationSettings>;

export const UpdateCertificationSettingsBody = Type.Object(
  {
    assessorCourseId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    minAlpha: Type.Optional(Type.Union([Real({ minimum: -1, maximum: 1 }), Type.Null()])),
    maxBiasPoints: Type.Optional(Type.Union([Real({ minimum: 0, maximum: 100 }), Type.Null()])),
    validityMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
    reminderDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    uncertifiedPolicy: Type.Optional(StringEnum(UNCERTIFIED_POLICIES)),
  },
  { additionalProperties: false },
);
export type UpdateCertificationSettingsBody = Static<typeof UpdateCertificationSettingsBody>;

/** What a certification rests on. */
export const CertificationRecord = Type.Object({
  id: Uuid,
  source: StringEnum(['automatic', 'manual'] as const),
  grantedAt: IsoDateTime,
  expiresAt: IsoDateTime,
  courseCompletedAt: Type.Union([IsoDateTime, Type.Null()]),
  calibrationSessionId: Type.Union([Uuid, Type.Null()]),
  calibrationSessionTitle: Type.Union([Type.String(), Type.Null()]),
  alpha: N,
  biasPoints: N,
  reason: Type.Union([Type.String(), Type.Null()]),
  grantedByName: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([IsoDateTime, Type.Null()]),
  revokeReason: Type.Union([Type.String(), Type.Null()]),
});
export type CertificationRecord = Static<typeof CertificationRecord>;

export const CertificationAbilities = Type.Object({ grant: Type.Boolean(), revoke: Type.Boolean() });
export type CertificationAbilities = Static<typeof CertificationAbilities>;

/** One assessor × scorecard family. */
export const CertificationRow = Type.Object({
  userId: Uuid,
  assessorName: Type.String(),
  scorecardCode: Type.String(),
  scorecardTitleEn: Type.String(),
  scorecardTitleZh: Type.String(),
  status: StringEnum(CERTIFICATION_STATUSES),
  /** The current (latest) certification, if any. */
  current: Type.Union([CertificationRecord, Type.Null()]),
  /** What is missing for a certification: the course, a calibration result past the threshold. */
  missing: Type.Array(StringEnum(['course', 'calibration'] as const)),
  courseCompletedAt: Type.Union([IsoDateTime, Type.Null()]),
  /** The best calibration result on this scorecard so far (null: none revealed). */
  bestAlpha: N,
  bestBiasPoints: N,
  history: Type.Array(CertificationRecord),
  abilities: CertificationAbilities,
});
export type CertificationRow = Static<typeof CertificationRow>;

export const CertificationOverview = Type.Object({
  settings: CertificationSettings,
  rows: Type.Array(CertificationRow),
  /** True when the caller sees everyone (assessments.manage); otherwise only their own rows. */
  all: Type.Boolean(),
});
export type CertificationOverview = Static<typeof CertificationOverview>;

export const GrantCertificationBody = Type.Object(
  {
    userId: Uuid,
    scorecardCode: Line({ minLength: 1, maxLength: 60 }),
    reason: Text({ minLength: 3, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type GrantCertificationBody = Static<typeof GrantCertificationBody>;

export const RevokeCertificationBody = Type.Object(
  { reason: Text({ minLength: 3, maxLength: 1000 }) },
  { additionalProperties: false },
);
export type RevokeCertificationBody = Static<typeof RevokeCertificationBody>;

/** Whether an evaluation's assessor was certified for its scorecard (null: not recorded yet). */
export const EvaluationCertificationMark = Type.Object({
  evaluationId: Uuid,
  certified: Type.Boolean(),
  counted: Type.Boolean(),
  stage: StringEnum(['submitted', 'released'] as const),
  recordedAt: IsoDateTime,
});
export type EvaluationCertificationMark = Static<typeof EvaluationCertificationMark>;

export const EvaluationMarksQuery = Type.Object(
  {
    /** Up to 100 evaluation ids, comma-separated. */
    ids: Type.String({
      pattern: '^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36}){0,99}$',
      description: 'evaluation ids, comma-separated (at most 100)',
    }),
  },
  { additionalProperties: false },
);
export type EvaluationMarksQuery = Static<typeof EvaluationMarksQuery>;

export const certificationEndpoints = {
  overview: endpoint({
    method: 'GET',
    path: '/api/v1/assessor-certifications',
    access: 'assessments.score',
    summary: "Assessor certification per assessor and scorecard (everyone's for a lead, one's own otherwise)",
    response: CertificationOverview,
  }),
  getSettings: endpoint({
    method: 'GET',
    path: '/api/v1/assessor-certifications/settings',
    access: 'assessments.score',
    summary: "The organisation's assessor certification settings",
    response: CertificationSettings,
  }),
  updateSettings: endpoint({
    method: 'PUT',
    path: '/api/v1/assessor-certifications/settings',
    access: 'assessments.manage',
    summary: "Change the organisation's assessor certification settings",
    body: UpdateCertificationSettingsBody,
    response: CertificationSettings,
  }),
  grant: endpoint({
    method: 'POST',
    path: '/api/v1/assessor-certifications',
    access: 'assessments.manage',
    summary: 'Certify an assessor for a scorecard, with a reason',
    body: GrantCertificationBody,
    response: CertificationRecord,
    status: 201,
  }),
  revoke: endpoint({
    method: 'POST',
    path: '/api/v1/assessor-certifications/:id/revoke',
    access: 'assessments.manage',
    summary: 'Revoke a certification, with a reason',
    params: IdParams,
    body: RevokeCertificationBody,
    response: CertificationRecord,
  }),
  evaluationMarks: endpoint({
    method: 'GET',
    path: '/api/v1/assessor-certifications/evaluation-marks',
    access: 'assessments.score',
    summary:
      'Whether the assessors of these evaluations were certified (only evaluations the caller may see)',
    query: EvaluationMarksQuery,
    response: Type.Array(EvaluationCertificationMark),
  }),
} as const;
