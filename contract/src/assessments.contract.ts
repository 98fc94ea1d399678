import { Type, type Static } from 'typebox';
import { IdParams, IsoDate, IsoDateTime, Line, StringEnum, Text, Uuid } from './common.contract.js';
import { endpoint, FileResponse } from './endpoint.js';

/**
 * Contract for assessments: scorecard templates (versioned), evaluations of a person on a scorecard
 * (draft → submitted → released), acknowledgement and item-by-item disputes with arbitration.
 * Calibration sessions (another purpose of an evaluation) never count as official scores.
 */

export const SCORECARD_KINDS = ['qa_interaction', 'floor_observation', 'mystery_shop'] as const;
export type ScorecardKind = (typeof SCORECARD_KINDS)[number];
export const ITEM_TYPES = ['yes_no_na', 'scale_1_5', 'points'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
/** What a missed critical item fails: nothing, its section, or the whole evaluation. */
export const CRITICAL_KINDS = ['none', 'section', 'evaluation'] as const;
export type CriticalKind = (typeof CRITICAL_KINDS)[number];
export const EVALUATION_STATUSES = ['draft', 'submitted', 'released'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
/** Calibration scores are kept apart and never count (no observation, never shown to the person). */
export const EVALUATION_PURPOSES = ['official', 'calibration'] as const;
export type EvaluationPurpose = (typeof EVALUATION_PURPOSES)[number];
export const INTERACTION_CHANNELS = ['ticket', 'call', 'chat', 'email', 'floor', 'visit'] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];
export const DISPUTE_STATUSES = ['open', 'accepted', 'partly_accepted', 'rejected'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export const DISPUTE_OUTCOMES = ['accepted', 'partly_accepted', 'rejected'] as const;
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number];

const Key = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9][a-z0-9_-]*$' });
const NullableLine = (max: number) => Type.Union([Line({ maxLength: max }), Type.Null()]);

/** A level of a 1–5 scale: what the behaviour looks like there. */
export const ScaleLevel = Type.Object(
  { en: Line({ minLength: 1, maxLength: 300 }), zh: Line({ minLength: 1, maxLength: 300 }) },
  { additionalProperties: false },
);

export const ScorecardItem = Type.Object(
  {
    /** Stable within the scorecard (answers and disputes name it). */
    id: Key,
    textEn: Line({ minLength: 1, maxLength: 300 }),
    textZh: Line({ minLength: 1, maxLength: 300 }),
    type: StringEnum(ITEM_TYPES),
    /** The item's points possible: earned = weight × (yes 1, no 0; level (v−1)/4; points v/max). */
    weight: Type.Number({ minimum: 0.01, maximum: 1000 }),
    /** Highest points for a points item (1–100). */
    maxPoints: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    /** Five levels, 1 to 5, for a scale item. */
    levels: Type.Optional(Type.Array(ScaleLevel, { minItems: 5, maxItems: 5 })),
    /** Missed (no; level 1 or 2; 0 points) it fails its section or the evaluation. */
    critical: StringEnum(CRITICAL_KINDS),
    /** May be answered N/A (left out of the points possible). */
    naAllowed: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ScorecardItem = Static<typeof ScorecardItem>;

export const ScorecardSection = Type.Object(
  {
    id: Key,
    titleEn: Line({ minLength: 1, maxLength: 200 }),
    titleZh: Line({ minLength: 1, maxLength: 200 }),
    items: Type.Array(ScorecardItem, { minItems: 1, maxItems: 40 }),
  },
  { additionalProperties: false },
);
export type ScorecardSection = Static<typeof ScorecardSection>;

export const ScorecardContent = Type.Array(ScorecardSection, { minItems: 1, maxItems: 20 });
export type ScorecardContent = Static<typeof ScorecardContent>;

export const CreateScorecardBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' }),
    kind: StringEnum(SCORECARD_KINDS),
    titleEn: Line({ minLength: 1, maxLength: 200 }),
    titleZh: Line({ minLength: 1, maxLength: 200 }),
    /** The indicator its released evaluations feed (default by kind: QA_SCORE, FLOOR_OBS, MYSTERY_SHOP). */
    indicatorId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    sections: ScorecardContent,
  },
  { additionalProperties: false },
);
export type CreateScorecardBody = Static<typeof CreateScorecardBody>;

export const UpdateScorecardBody = Type.Object(
  {
    titleEn: Type.Optional(Line({ minLength: 1, maxLength: 200 })),
    titleZh: Type.Optional(Line({ minLength: 1, maxLength: 200 })),
    indicatorId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    sections: Type.Optional(ScorecardContent),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateScorecardBody = Static<typeof UpdateScorecardBody>;

export const ScorecardQuery = Type.Object(
  {
    kind: Type.Optional(StringEnum(SCORECARD_KINDS)),
    /** Include retired scorecards and earlier versions (default false). */
    all: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ScorecardQuery = Static<typeof ScorecardQuery>;

export const Scorecard = Type.Object({
  id: Uuid,
  code: Type.String(),
  version: Type.Integer(),
  kind: StringEnum(SCORECARD_KINDS),
  titleEn: Type.String(),
  titleZh: Type.String(),
  indicatorId: Type.Union([Uuid, Type.Null()]),
  indicatorCode: Type.Union([Type.String(), Type.Null()]),
  sections: ScorecardContent,
  active: Type.Boolean(),
  /** The version this one replaced. */
  previousId: Type.Union([Uuid, Type.Null()]),
  evaluations: Type.Integer(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Scorecard = Static<typeof Scorecard>;

/** An answer: 'yes' | 'no' | 'na' (yes/no items; 'na' where allowed), a level 1–5, or points. */
export const AnswerValue = Type.Union([StringEnum(['yes', 'no', 'na'] as const), Type.Integer()]);
export type AnswerValue = Static<typeof AnswerValue>;

export const Answer = Type.Object(
  {
    itemId: Key,
    value: AnswerValue,
    comment: Type.Optional(Text({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type Answer = Static<typeof Answer>;

/** The computed score of one item. */
export const ItemResult = Type.Object({
  itemId: Type.String(),
  value: Type.Union([AnswerValue, Type.Null()]),
  earned: Type.Number(),
  /** 0 for N/A (out of the denominator). */
  possible: Type.Number(),
  na: Type.Boolean(),
  /** A critical item that was missed. */
  criticalMissed: Type.Boolean(),
});
export type ItemResult = Static<typeof ItemResult>;

export const SectionResult = Type.Object({
  sectionId: Type.String(),
  earned: Type.Number(),
  possible: Type.Number(),
  /** earned ÷ possible × 100; null when nothing was possible. */
  percent: Type.Union([Type.Number(), Type.Null()]),
  /** A section-critical item was missed: the section earns 0. */
  failed: Type.Boolean(),
  items: Type.Array(ItemResult),
});
export type SectionResult = Static<typeof SectionResult>;

export const ScoreResult = Type.Object({
  earned: Type.Number(),
  possible: Type.Number(),
  percent: Type.Union([Type.Number(), Type.Null()]),
  /** An evaluation-critical item was missed: the evaluation earns 0. */
  criticalFailed: Type.Boolean(),
  sections: Type.Array(SectionResult),
});
export type ScoreResult = Static<typeof ScoreResult>;

const EvaluationFields = {
  channel: StringEnum(INTERACTION_CHANNELS),
  /** The imported ticket's key, where there is one. */
  ticketKey: NullableLine(120),
  occurredOn: IsoDate,
  evidenceText: Type.Union([Text({ maxLength: 4000 }), Type.Null()]),
  evidenceUrl: Type.Union([
    Type.String({ maxLength: 1000, pattern: '^https?://[^\\s\\u0000-\\u001F\\u007F-\\u009F]+$' }),
    Type.Null(),
  ]),
  answers: Type.Array(Answer, { maxItems: 400 }),
};

export const CreateEvaluationBody = Type.Object(
  {
    scorecardId: Uuid,
    personId: Uuid,
    channel: EvaluationFields.channel,
    ticketKey: Type.Optional(EvaluationFields.ticketKey),
    occurredOn: EvaluationFields.occurredOn,
    evidenceText: Type.Optional(EvaluationFields.evidenceText),
    evidenceUrl: Type.Optional(EvaluationFields.evidenceUrl),
    answers: Type.Optional(EvaluationFields.answers),
  },
  { additionalProperties: false },
);
export type CreateEvaluationBody = Static<typeof CreateEvaluationBody>;

export const UpdateEvaluationBody = Type.Object(
  {
    channel: Type.Optional(EvaluationFields.channel),
    ticketKey: Type.Optional(EvaluationFields.ticketKey),
    occurredOn: Type.Optional(EvaluationFields.occurredOn),
    evidenceText: Type.Optional(EvaluationFields.evidenceText),
    evidenceUrl: Type.Optional(EvaluationFields.evidenceUrl),
    /** Replaces every answer. */
    answers: Type.Optional(EvaluationFields.answers),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateEvaluationBody = Static<typeof UpdateEvaluationBody>;

export const EvaluationQuery = Type.Object(
  {
    /** mine: about me (released only); written: written by me; team: people I may see. Default: all of these. */
    scope: Type.Optional(StringEnum(['mine', 'written', 'team'] as const)),
    personId: Type.Optional(Uuid),
    status: Type.Optional(StringEnum(EVALUATION_STATUSES)),
    scorecardId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type EvaluationQuery = Static<typeof EvaluationQuery>;

/** What the reader may do with an evaluation (server/src/features/assessments/assessments.policy.ts). */
export const EvaluationAbilities = Type.Object({
  edit: Type.Boolean(),
  submit: Type.Boolean(),
  release: Type.Boolean(),
  acknowledge: Type.Boolean(),
  dispute: Type.Boolean(),
});
export type EvaluationAbilities = Static<typeof EvaluationAbilities>;

export const DisputeAbilities = Type.Object({ decide: Type.Boolean() });
export type DisputeAbilities = Static<typeof DisputeAbilities>;

export const Dispute = Type.Object({
  id: Uuid,
  evaluationId: Uuid,
  itemId: Type.String(),
  reason: Type.String(),
  status: StringEnum(DISPUTE_STATUSES),
  /** The answer disputed, and the answer the arbitrator set (accepted or partly accepted). */
  originalValue: Type.Union([AnswerValue, Type.Null()]),
  newValue: Type.Union([AnswerValue, Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.Union([IsoDateTime, Type.Null()]),
  createdAt: IsoDateTime,
  abilities: DisputeAbilities,
});
export type Dispute = Static<typeof Dispute>;

export const EvaluationVersion = Type.Object({
  version: Type.Integer(),
  percent: Type.Union([Type.Number(), Type.Null()]),
  reason: Type.String(),
  createdAt: IsoDateTime,
});
export type EvaluationVersion = Static<typeof EvaluationVersion>;

export const Evaluation = Type.Object({
  id: Uuid,
  purpose: StringEnum(EVALUATION_PURPOSES),
  scorecard: Type.Object({
    id: Uuid,
    code: Type.String(),
    version: Type.Integer(),
    kind: StringEnum(SCORECARD_KINDS),
    titleEn: Type.String(),
    titleZh: Type.String(),
    sections: ScorecardContent,
  }),
  person: Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]) }),
  /** Who recorded it: the assessor, or for an imported mystery-shop visit the importer. */
  assessorName: Type.String(),
  /** A mystery shopper's visit imported from the provider's file (not disputable: re-import corrects it). */
  imported: Type.Boolean(),
  channel: StringEnum(INTERACTION_CHANNELS),
  ticketKey: Type.Union([Type.String(), Type.Null()]),
  occurredOn: IsoDate,
  evidenceText: Type.Union([Type.String(), Type.Null()]),
  evidenceUrl: Type.Union([Type.String(), Type.Null()]),
  status: StringEnum(EVALUATION_STATUSES),
  version: Type.Integer(),
  answers: Type.Array(Answer),
  result: ScoreResult,
  submittedAt: Type.Union([IsoDateTime, Type.Null()]),
  releasedAt: Type.Union([IsoDateTime, Type.Null()]),
  acknowledgedAt: Type.Union([IsoDateTime, Type.Null()]),
  /** Last day a dispute is taken (released evaluations). */
  disputeUntil: Type.Union([IsoDateTime, Type.Null()]),
  disputes: Type.Array(Dispute),
  versions: Type.Array(EvaluationVersion),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  abilities: EvaluationAbilities,
});
export type Evaluation = Static<typeof Evaluation>;

export const EvaluationSummary = Type.Object({
  id: Uuid,
  scorecard: Type.Object({
    id: Uuid,
    code: Type.String(),
    kind: StringEnum(SCORECARD_KINDS),
    titleEn: Type.String(),
    titleZh: Type.String(),
  }),
  person: Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]) }),
  /** Who recorded it: the assessor, or for an imported mystery-shop visit the importer. */
  assessorName: Type.String(),
  /** A mystery shopper's visit imported from the provider's file (not disputable: re-import corrects it). */
  imported: Type.Boolean(),
  channel: StringEnum(INTERACTION_CHANNELS),
  occurredOn: IsoDate,
  status: StringEnum(EVALUATION_STATUSES),
  version: Type.Integer(),
  percent: Type.Union([Type.Number(), Type.Null()]),
  criticalFailed: Type.Boolean(),
  acknowledgedAt: Type.Union([IsoDateTime, Type.Null()]),
  openDisputes: Type.Integer(),
});
export type EvaluationSummary = Static<typeof EvaluationSummary>;

export const AcknowledgeBody = Type.Object(
  { comment: Type.Optional(Text({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export type AcknowledgeBody = Static<typeof AcknowledgeBody>;

export const DisputeBody = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        { itemId: Key, reason: Text({ minLength: 1, maxLength: 2000 }) },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
export type DisputeBody = Static<typeof DisputeBody>;

export const DecideDisputeBody = Type.Object(
  {
    outcome: StringEnum(DISPUTE_OUTCOMES),
    /** The item's new answer: required when accepted or partly accepted. */
    value: Type.Optional(AnswerValue),
    note: Text({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type DecideDisputeBody = Static<typeof DecideDisputeBody>;

export const DisputeQuery = Type.Object(
  { status: Type.Optional(StringEnum(DISPUTE_STATUSES)) },
  { additionalProperties: false },
);
export type DisputeQuery = Static<typeof DisputeQuery>;

/** A dispute in the arbitration queue, with what it is about. */
export const QueuedDispute = Type.Object({
  dispute: Dispute,
  evaluation: EvaluationSummary,
  item: Type.Object({ textEn: Type.String(), textZh: Type.String(), type: StringEnum(ITEM_TYPES) }),
});
export type QueuedDispute = Static<typeof QueuedDispute>;

export const AssessmentSettings = Type.Object({
  /** Days after release within which the person may dispute. */
  disputeWindowDays: Type.Integer({ minimum: 1, maximum: 365 }),
  /** The size limit of one evidence file, in bytes (default 5 MB). */
  evidenceMaxBytes: Type.Integer({ minimum: 1024, maximum: 20 * 1024 * 1024 }),
  /** Units (and their sub-units) each assessor scores, beyond their own reports. */
  assessorUnits: Type.Array(
    Type.Object({ assessorPersonId: Uuid, orgUnitId: Uuid }, { additionalProperties: false }),
    { maxItems: 1000 },
  ),
});
export type AssessmentSettings = Static<typeof AssessmentSettings>;

export const UpdateAssessmentSettingsBody = Type.Object(
  {
    disputeWindowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    evidenceMaxBytes: Type.Optional(Type.Integer({ minimum: 1024, maximum: 20 * 1024 * 1024 })),
    assessorUnits: Type.Optional(AssessmentSettings.properties.assessorUnits),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateAssessmentSettingsBody = Static<typeof UpdateAssessmentSettingsBody>;

export const ScorablePerson = Type.Object({
  id: Uuid,
  nameEn: Type.String(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  employeeNumber: Type.String(),
});
export type ScorablePerson = Static<typeof ScorablePerson>;

/** Kinds of evidence file taken (checked from the bytes where a signature exists, not only the name). */
export const EVIDENCE_TYPES = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'audio/mpeg',
  'audio/wav',
  'audio/ogg',
  'audio/mp4',
  'audio/webm',
  'text/plain',
  'text/csv',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
/** The organisation's default and highest evidence file size. */
export const EVIDENCE_DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_HIGHEST_MAX_BYTES = 20 * 1024 * 1024;

/** An evidence file on an evaluation (the bytes are a download of their own). */
export const EvidenceFile = Type.Object({
  id: Uuid,
  evaluationId: Uuid,
  fileName: Type.String(),
  contentType: StringEnum(EVIDENCE_TYPES),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  uploadedBy: Type.String(),
  createdAt: IsoDateTime,
});
export type EvidenceFile = Static<typeof EvidenceFile>;

export const EvidenceList = Type.Object({
  items: Type.Array(EvidenceFile),
  /** The size limit of one file, in bytes. */
  maxBytes: Type.Integer(),
  /** Files may be added and removed (a draft, by its assessor). */
  canChange: Type.Boolean(),
});
export type EvidenceList = Static<typeof EvidenceList>;

export const UploadEvidenceQuery = Type.Object(
  { fileName: Line({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export type UploadEvidenceQuery = Static<typeof UploadEvidenceQuery>;

export const EvidenceParams = Type.Object({ id: Uuid, fileId: Uuid }, { additionalProperties: false });
export type EvidenceParams = Static<typeof EvidenceParams>;

export const EvidenceDownload = FileResponse(
  'application/octet-stream',
  'The evidence file as uploaded (its own content type)',
  Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }),
);

/** The assessment endpoints, defined once for the server's routes and the web's client. */
export const assessmentsEndpoints = {
  listScorecards: endpoint({
    method: 'GET',
    path: '/api/v1/scorecards',
    access: 'authenticated',
    summary: 'Scorecard templates',
    query: ScorecardQuery,
    response: Type.Array(Scorecard),
  }),
  getScorecard: endpoint({
    method: 'GET',
    path: '/api/v1/scorecards/:id',
    access: 'authenticated',
    summary: 'One scorecard version',
    params: IdParams,
    response: Scorecard,
  }),
  createScorecard: endpoint({
    method: 'POST',
    path: '/api/v1/scorecards',
    access: 'assessments.manage',
    summary: 'Add a scorecard template',
    body: CreateScorecardBody,
    response: Scorecard,
    status: 201,
  }),
  updateScorecard: endpoint({
    method: 'PATCH',
    path: '/api/v1/scorecards/:id',
    access: 'assessments.manage',
    summary: 'Change a scorecard (a new version once it has evaluations)',
    params: IdParams,
    body: UpdateScorecardBody,
    response: Scorecard,
  }),
  listEvaluations: endpoint({
    method: 'GET',
    path: '/api/v1/evaluations',
    access: 'authenticated',
    summary: 'Evaluations the caller may see',
    query: EvaluationQuery,
    response: Type.Array(EvaluationSummary),
  }),
  createEvaluation: endpoint({
    method: 'POST',
    path: '/api/v1/evaluations',
    access: 'assessments.score',
    summary: 'Start an evaluation (a draft)',
    body: CreateEvaluationBody,
    response: Evaluation,
    status: 201,
  }),
  getEvaluation: endpoint({
    method: 'GET',
    path: '/api/v1/evaluations/:id',
    access: 'authenticated',
    summary: 'One evaluation with its breakdown, disputes and versions',
    params: IdParams,
    response: Evaluation,
  }),
  updateEvaluation: endpoint({
    method: 'PATCH',
    path: '/api/v1/evaluations/:id',
    access: 'assessments.score',
    summary: 'Change a draft evaluation',
    params: IdParams,
    body: UpdateEvaluationBody,
    response: Evaluation,
  }),
  submitEvaluation: endpoint({
    method: 'POST',
    path: '/api/v1/evaluations/:id/submit',
    access: 'assessments.score',
    summary: 'Submit a draft evaluation (every item answered)',
    params: IdParams,
    response: Evaluation,
  }),
  releaseEvaluation: endpoint({
    method: 'POST',
    path: '/api/v1/evaluations/:id/release',
    access: 'assessments.score',
    summary: 'Release a submitted evaluation to the person (it counts from now)',
    params: IdParams,
    response: Evaluation,
  }),
  acknowledgeEvaluation: endpoint({
    method: 'POST',
    path: '/api/v1/evaluations/:id/acknowledge',
    access: 'authenticated',
    summary: 'The person acknowledges a released evaluation',
    params: IdParams,
    body: AcknowledgeBody,
    response: Evaluation,
  }),
  disputeEvaluation: endpoint({
    method: 'POST',
    path: '/api/v1/evaluations/:id/disputes',
    access: 'authenticated',
    summary: 'The person disputes items of a released evaluation, within the window',
    params: IdParams,
    body: DisputeBody,
    response: Evaluation,
    status: 201,
  }),
  listEvidence: endpoint({
    method: 'GET',
    path: '/api/v1/evaluations/:id/evidence',
    access: 'authenticated',
    summary: 'The evidence files of an evaluation',
    params: IdParams,
    response: EvidenceList,
  }),
  uploadEvidence: endpoint({
    method: 'POST',
    path: '/api/v1/evaluations/:id/evidence',
    access: 'assessments.score',
    summary:
      'Attach an evidence file to a draft evaluation (image, PDF, audio or text; within the size limit)',
    consumes: ['application/octet-stream'],
    params: IdParams,
    query: UploadEvidenceQuery,
    response: EvidenceFile,
    status: 201,
  }),
  downloadEvidence: endpoint({
    method: 'GET',
    path: '/api/v1/evaluations/:id/evidence/:fileId',
    access: 'authenticated',
    summary: 'Download an evidence file',
    params: EvidenceParams,
    response: EvidenceDownload,
  }),
  deleteEvidence: endpoint({
    method: 'DELETE',
    path: '/api/v1/evaluations/:id/evidence/:fileId',
    access: 'assessments.score',
    summary: 'Remove an evidence file from a draft evaluation',
    params: EvidenceParams,
    response: Type.Null(),
    status: 204,
  }),
  listDisputes: endpoint({
    method: 'GET',
    path: '/api/v1/evaluation-disputes',
    access: 'assessments.arbitrate',
    summary: 'Disputes the caller may arbitrate',
    query: DisputeQuery,
    response: Type.Array(QueuedDispute),
  }),
  decideDispute: endpoint({
    method: 'POST',
    path: '/api/v1/evaluation-disputes/:id/decide',
    access: 'assessments.arbitrate',
    summary: 'Accept, partly accept or reject a disputed item',
    params: IdParams,
    body: DecideDisputeBody,
    response: Evaluation,
  }),
  listScorable: endpoint({
    method: 'GET',
    path: '/api/v1/evaluations/people',
    access: 'assessments.score',
    summary: 'The people the caller may score: their reports and the people of their assigned units',
    response: Type.Array(ScorablePerson),
  }),
  getSettings: endpoint({
    method: 'GET',
    path: '/api/v1/assessment-settings',
    access: 'assessments.manage',
    summary: 'The dispute window and assessor assignments',
    response: AssessmentSettings,
  }),
  updateSettings: endpoint({
    method: 'PATCH',
    path: '/api/v1/assessment-settings',
    access: 'assessments.manage',
    summary: 'Change the dispute window or assessor assignments',
    body: UpdateAssessmentSettingsBody,
    response: AssessmentSettings,
  }),
};
