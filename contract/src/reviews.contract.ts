import { Type, type Static } from 'typebox';
import {
  IdParams,
  IsoDate,
  IsoDateTime,
  Line,
  StringEnum,
  Text as MultiLine,
  Uuid,
} from './common.contract.js';
import { endpoint, FileResponse } from './endpoint.js';
import { STANDING } from './monitoring.contract.js';
import { INDICATOR_UNITS } from './indicators.contract.js';

/**
 * Contract for performance reviews (LOSASM501B): templates (sections drawn from the evidence
 * Frontline holds, competencies on a scale with a description per level, free text, a development
 * plan; weights and the overall-rating rule), cycles launched for a population, and each person's
 * review — self review, manager review pre-filled with the period's evidence, sign-off by both.
 */

/** Sections filled from what Frontline holds (evidence), rated competencies, free text, the plan. */
export const REVIEW_SECTION_KINDS = [
  'goals',
  'indicators',
  'assessments',
  'feedback',
  'training',
  'coaching',
  'competencies',
  'text',
  'development',
] as const;
export type ReviewSectionKind = (typeof REVIEW_SECTION_KINDS)[number];
/** Kinds whose section carries one rating (competencies rate each item; text and development none). */
export const EVIDENCE_SECTION_KINDS = [
  'goals',
  'indicators',
  'assessments',
  'feedback',
  'training',
  'coaching',
] as const satisfies readonly ReviewSectionKind[];

/** weighted: the overall rating is the weighted formula, rounded; judgement: the manager's, the formula beside it. */
export const REVIEW_RATING_RULES = ['weighted', 'judgement'] as const;
export type ReviewRatingRule = (typeof REVIEW_RATING_RULES)[number];

export const REVIEW_CYCLE_STATUSES = ['draft', 'launched', 'closed'] as const;
export type ReviewCycleStatus = (typeof REVIEW_CYCLE_STATUSES)[number];

/**
 * A review's stage: the person writes a self review, then the manager writes theirs, then both
 * sign (the person may comment and record disagreement); a signed review is locked.
 */
export const REVIEW_STATUSES = ['self_review', 'manager_review', 'sign_off', 'signed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const Key = Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$', description: 'a-z, 0-9 and _, from a letter' });
const Title = Line({ minLength: 1, maxLength: 200 });
const Desc = MultiLine({ maxLength: 1000 });

export const ReviewScaleLevel = Type.Object(
  {
    value: Type.Integer({ minimum: 1, maximum: 10 }),
    labelEn: Title,
    labelZh: Title,
    descriptionEn: Desc,
    descriptionZh: Desc,
  },
  { additionalProperties: false },
);
export type ReviewScaleLevel = Static<typeof ReviewScaleLevel>;

export const ReviewScale = Type.Object(
  {
    /** Ascending values 1, 2, … (no gaps). */
    levels: Type.Array(ReviewScaleLevel, { minItems: 2, maxItems: 10 }),
    /** The level that means "meets expectations": below it is "below", above it "exceeds". */
    meets: Type.Integer({ minimum: 1, maximum: 10 }),
  },
  { additionalProperties: false },
);
export type ReviewScale = Static<typeof ReviewScale>;

export const ReviewCompetency = Type.Object(
  { key: Key, titleEn: Title, titleZh: Title, descriptionEn: Desc, descriptionZh: Desc },
  { additionalProperties: false },
);
export type ReviewCompetency = Static<typeof ReviewCompetency>;

export const ReviewSection = Type.Object(
  {
    key: Key,
    kind: StringEnum(REVIEW_SECTION_KINDS),
    titleEn: Title,
    titleZh: Title,
    /** The section's weight in the overall formula (rated kinds; 0 = not counted). */
    weight: Type.Number({ minimum: 0, maximum: 100 }),
    /** The competencies or behaviours rated (kind competencies only). */
    items: Type.Optional(Type.Array(ReviewCompetency, { maxItems: 30 })),
  },
  { additionalProperties: false },
);
export type ReviewSection = Static<typeof ReviewSection>;

export const CreateReviewTemplateBody = Type.Object(
  {
    code: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$' }),
    titleEn: Title,
    titleZh: Title,
    scale: ReviewScale,
    sections: Type.Array(ReviewSection, { minItems: 1, maxItems: 20 }),
    ratingRule: StringEnum(REVIEW_RATING_RULES),
  },
  { additionalProperties: false },
);
export type CreateReviewTemplateBody = Static<typeof CreateReviewTemplateBody>;

export const ReviewTemplate = Type.Object({
  id: Uuid,
  code: Type.String(),
  titleEn: Type.String(),
  titleZh: Type.String(),
  scale: ReviewScale,
  sections: Type.Array(ReviewSection),
  ratingRule: StringEnum(REVIEW_RATING_RULES),
  active: Type.Boolean(),
  createdAt: IsoDateTime,
});
export type ReviewTemplate = Static<typeof ReviewTemplate>;

/** Offer a template for new cycles again, or retire it (the cycles that use it keep it). */
export const SetReviewTemplateActiveBody = Type.Object(
  { active: Type.Boolean() },
  { additionalProperties: false },
);
export type SetReviewTemplateActiveBody = Static<typeof SetReviewTemplateActiveBody>;

export const ReviewPopulation = Type.Object(
  {
    /** These units and every unit under them (none: everyone). */
    orgUnitIds: Type.Array(Uuid, { maxItems: 50 }),
    /** These job roles only (none: any). */
    jobRoleIds: Type.Array(Uuid, { maxItems: 50 }),
    /** Only people hired on or before this day (e.g. 3 months before the period ends). */
    hiredOnOrBefore: Type.Union([IsoDate, Type.Null()]),
  },
  { additionalProperties: false },
);
export type ReviewPopulation = Static<typeof ReviewPopulation>;

export const CreateReviewCycleBody = Type.Object(
  {
    nameEn: Title,
    nameZh: Title,
    periodFrom: IsoDate,
    periodTo: IsoDate,
    templateId: Uuid,
    population: ReviewPopulation,
    selfDue: IsoDate,
    managerDue: IsoDate,
    calibrationDue: IsoDate,
    signOffDue: IsoDate,
  },
  { additionalProperties: false },
);
export type CreateReviewCycleBody = Static<typeof CreateReviewCycleBody>;

export const ReviewCycle = Type.Object({
  id: Uuid,
  nameEn: Type.String(),
  nameZh: Type.String(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  templateId: Uuid,
  templateTitleEn: Type.String(),
  templateTitleZh: Type.String(),
  population: ReviewPopulation,
  selfDue: IsoDate,
  managerDue: IsoDate,
  calibrationDue: IsoDate,
  signOffDue: IsoDate,
  status: StringEnum(REVIEW_CYCLE_STATUSES),
  launchedAt: Type.Union([IsoDateTime, Type.Null()]),
  reviews: Type.Integer(),
  createdAt: IsoDateTime,
});
export type ReviewCycle = Static<typeof ReviewCycle>;

export const ReviewCycleProgressRow = Type.Object({
  orgUnitId: Uuid,
  orgUnitName: Type.String(),
  orgUnitNameZh: Type.Union([Type.String(), Type.Null()]),
  /** Reviews per stage. */
  counts: Type.Record(Type.String(), Type.Integer()),
  total: Type.Integer(),
  /** Reviews past the due date of their stage. */
  overdue: Type.Integer(),
  /** Reviews with no manager to write them (the person has none). */
  noReviewer: Type.Integer(),
});
export const ReviewCycleProgress = Type.Object({
  cycleId: Uuid,
  today: IsoDate,
  rows: Type.Array(ReviewCycleProgressRow),
  totals: ReviewCycleProgressRow,
});
export type ReviewCycleProgress = Static<typeof ReviewCycleProgress>;

/** Ratings by key: a section key (evidence kinds) or `section.item` (competencies). */
export const ReviewRatings = Type.Record(
  Type.String({ maxLength: 81 }),
  Type.Integer({ minimum: 0, maximum: 10 }),
);
export type ReviewRatings = Static<typeof ReviewRatings>;
/** Comments by section key. */
export const ReviewComments = Type.Record(Type.String({ maxLength: 40 }), MultiLine({ maxLength: 8000 }));
export type ReviewComments = Static<typeof ReviewComments>;

export const SelfReviewBody = Type.Object(
  {
    ratings: ReviewRatings,
    comments: ReviewComments,
    /** Hand it to the manager (no more changes by the person). */
    submit: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type SelfReviewBody = Static<typeof SelfReviewBody>;

export const ManagerReviewBody = Type.Object(
  {
    ratings: ReviewRatings,
    comments: ReviewComments,
    developmentPlan: MultiLine({ maxLength: 8000 }),
    /** The overall rating (rule judgement); ignored under the weighted rule. */
    overallRating: Type.Union([Type.Integer({ minimum: 1, maximum: 10 }), Type.Null()]),
    /** Hand it to sign-off (every rated key must then have a rating). */
    submit: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ManagerReviewBody = Static<typeof ManagerReviewBody>;

export const ReviewMeetingBody = Type.Object(
  { heldOn: IsoDate, notes: MultiLine({ maxLength: 8000 }) },
  { additionalProperties: false },
);
export type ReviewMeetingBody = Static<typeof ReviewMeetingBody>;

export const SignReviewBody = Type.Object(
  {
    /** The person's comment on the review (the manager's sign-off has none). */
    comment: Type.Optional(MultiLine({ maxLength: 4000 })),
    /** The person records that they disagree (their signature says they have seen it). */
    disagree: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type SignReviewBody = Static<typeof SignReviewBody>;

export const ReviewQuery = Type.Object(
  {
    /** mine: my own reviews; team: reviews I write or of people in my scope. Default: both. */
    scope: Type.Optional(StringEnum(['mine', 'team'] as const)),
    cycleId: Type.Optional(Uuid),
    status: Type.Optional(StringEnum(REVIEW_STATUSES)),
    /** One person's reviews only (within the same scope: none when the reader may not see them). */
    personId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type ReviewQuery = Static<typeof ReviewQuery>;

const N = Type.Union([Type.Number(), Type.Null()]);
const S = Type.Union([Type.String(), Type.Null()]);

/** The period's evidence, drawn from what Frontline holds (the review's side panel and its pre-fill). */
export const ReviewEvidence = Type.Object({
  goals: Type.Array(
    Type.Object({
      title: Type.String(),
      status: Type.String(),
      target: N,
      progress: N,
      period: Type.String(),
    }),
  ),
  indicators: Type.Array(
    Type.Object({
      code: Type.String(),
      nameEn: Type.String(),
      nameZh: S,
      unit: StringEnum(INDICATOR_UNITS),
      decimals: Type.Integer(),
      value: N,
      n: Type.Number(),
      low: N,
      high: N,
      target: N,
      standing: StringEnum(STANDING),
    }),
  ),
  assessments: Type.Array(
    Type.Object({
      date: IsoDate,
      scorecardEn: Type.String(),
      scorecardZh: S,
      percent: N,
      criticalFailed: Type.Boolean(),
    }),
  ),
  feedback: Type.Array(Type.Object({ date: IsoDate, kind: Type.String(), body: Type.String() })),
  training: Type.Array(
    Type.Object({ courseEn: Type.String(), courseZh: S, status: Type.String(), completed: S, score: N }),
  ),
  coaching: Type.Array(
    Type.Object({ started: IsoDate, status: Type.String(), focus: Type.String(), outcome: S }),
  ),
  /** Shared notes of check-ins held in the period (never private notes). */
  checkins: Type.Array(Type.Object({ date: Type.String(), sharedNotes: Type.String() })),
});
export type ReviewEvidence = Static<typeof ReviewEvidence>;

export const REVIEW_WARNINGS = ['exceeds_below_standard', 'below_without_evidence'] as const;
export type ReviewWarningKind = (typeof REVIEW_WARNINGS)[number];
/** A rating the evidence contradicts, told before sign-off. */
export const ReviewWarning = Type.Object({
  kind: StringEnum(REVIEW_WARNINGS),
  /** The rated key. */
  key: Type.String(),
  /** The indicators whose interval lies wholly below the standard (exceeds_below_standard). */
  indicators: Type.Array(Type.String()),
});
export type ReviewWarning = Static<typeof ReviewWarning>;

/** What the reader may do with a review now (server/src/features/reviews/reviews.policy.ts). */
export const ReviewAbilities = Type.Object({
  writeSelf: Type.Boolean(),
  writeManager: Type.Boolean(),
  recordMeeting: Type.Boolean(),
  sign: Type.Boolean(),
  /** Sign as the reviewed person: with a comment and, if they wish, recorded disagreement. */
  signAsPerson: Type.Boolean(),
  /** Change the overall rating in calibration (with a reason), before anyone signs. */
  calibrate: Type.Boolean(),
  /** Ask peers or the assessor for their input, until the manager hands the review on. */
  requestInput: Type.Boolean(),
  /** Amend a signed review: a new version, with a reason, signed again by both. */
  amend: Type.Boolean(),
  /** Start an improvement plan from this review (improvement_plans.manage, not about oneself). */
  startImprovementPlan: Type.Boolean(),
});
export type ReviewAbilities = Static<typeof ReviewAbilities>;

/** A change of the overall rating in calibration, kept with its reason. */
export const ReviewRatingChange = Type.Object({
  fromRating: N,
  toRating: Type.Integer(),
  reason: Type.String(),
  byName: S,
  at: IsoDateTime,
});
export type ReviewRatingChange = Static<typeof ReviewRatingChange>;

export const REVIEW_INPUT_RELATIONS = ['peer', 'assessor'] as const;
export type ReviewInputRelation = (typeof REVIEW_INPUT_RELATIONS)[number];
/** Fewer answers than this and none is shown: with three or more no answer can be told apart. */
export const REVIEW_INPUT_MIN_SHOWN = 3;
/** Input from others on a review: counts always; the answers, without names, from three answers on. */
export const ReviewInputs = Type.Object({
  requested: Type.Integer(),
  answered: Type.Integer(),
  /** Who was asked (the reviewer's side only); never who answered what. */
  askedNames: Type.Array(Type.String()),
  shown: Type.Boolean(),
  answers: Type.Array(
    Type.Object({
      relation: StringEnum(REVIEW_INPUT_RELATIONS),
      rating: N,
      comment: Type.String(),
    }),
  ),
});
export type ReviewInputs = Static<typeof ReviewInputs>;

/** An earlier, signed version of a review, replaced by an amendment. */
export const ReviewVersion = Type.Object({
  version: Type.Integer(),
  overallRating: N,
  managerSignedAt: Type.Union([IsoDateTime, Type.Null()]),
  personSignedAt: Type.Union([IsoDateTime, Type.Null()]),
  personDisagrees: Type.Boolean(),
  /** Why it was amended, by whom and when (the amendment that replaced this version). */
  amendReason: Type.String(),
  amendedByName: S,
  amendedAt: IsoDateTime,
});
export type ReviewVersion = Static<typeof ReviewVersion>;

export const Review = Type.Object({
  id: Uuid,
  cycleId: Uuid,
  cycleNameEn: Type.String(),
  cycleNameZh: Type.String(),
  periodFrom: IsoDate,
  periodTo: IsoDate,
  selfDue: IsoDate,
  managerDue: IsoDate,
  signOffDue: IsoDate,
  personId: Uuid,
  personName: Type.String(),
  personNameZh: S,
  reviewerPersonId: Type.Union([Uuid, Type.Null()]),
  reviewerName: S,
  reviewerNameZh: S,
  status: StringEnum(REVIEW_STATUSES),
  /** Past the due date of its stage. */
  overdue: Type.Boolean(),
  template: Type.Object({
    id: Uuid,
    titleEn: Type.String(),
    titleZh: Type.String(),
    scale: ReviewScale,
    sections: Type.Array(ReviewSection),
    ratingRule: StringEnum(REVIEW_RATING_RULES),
  }),
  /** The person's self review (the manager sees it once submitted). */
  self: Type.Union([
    Type.Object({
      ratings: ReviewRatings,
      comments: ReviewComments,
      submittedAt: Type.Union([IsoDateTime, Type.Null()]),
    }),
    Type.Null(),
  ]),
  /** The manager's review (the person sees it once it reaches sign-off). */
  manager: Type.Union([
    Type.Object({
      ratings: ReviewRatings,
      comments: ReviewComments,
      developmentPlan: Type.String(),
      overallRating: N,
      submittedAt: Type.Union([IsoDateTime, Type.Null()]),
    }),
    Type.Null(),
  ]),
  /** The weighted formula's result on the manager's ratings (shown beside a judgement). */
  formula: N,
  meeting: Type.Union([Type.Object({ heldOn: IsoDate, notes: Type.String() }), Type.Null()]),
  managerSignedAt: Type.Union([IsoDateTime, Type.Null()]),
  personSignedAt: Type.Union([IsoDateTime, Type.Null()]),
  personComment: S,
  personDisagrees: Type.Boolean(),
  /** Only in the single-review view for the manager side: the period's evidence. */
  evidence: Type.Union([ReviewEvidence, Type.Null()]),
  warnings: Type.Array(ReviewWarning),
  /** 1, and one more for each amendment of the signed review. */
  version: Type.Integer(),
  /** Earlier signed versions, newest first. */
  versions: Type.Array(ReviewVersion),
  /** Calibration changes of the overall rating (the manager side only), oldest first. */
  calibration: Type.Array(ReviewRatingChange),
  /** Input from peers and the assessor (the manager side, and the person from sign-off on). */
  inputs: Type.Union([ReviewInputs, Type.Null()]),
  abilities: ReviewAbilities,
});
export type Review = Static<typeof Review>;

export const CalibrateReviewBody = Type.Object(
  {
    overallRating: Type.Integer({ minimum: 1, maximum: 10 }),
    reason: MultiLine({ minLength: 3, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type CalibrateReviewBody = Static<typeof CalibrateReviewBody>;

export const RequestReviewInputBody = Type.Object(
  {
    personIds: Type.Array(Uuid, { minItems: 1, maxItems: 12, uniqueItems: true }),
    relation: StringEnum(REVIEW_INPUT_RELATIONS),
  },
  { additionalProperties: false },
);
export type RequestReviewInputBody = Static<typeof RequestReviewInputBody>;

export const ReviewInputBody = Type.Object(
  {
    rating: Type.Union([Type.Integer({ minimum: 1, maximum: 10 }), Type.Null()]),
    comment: MultiLine({ minLength: 1, maxLength: 4000 }),
  },
  { additionalProperties: false },
);
export type ReviewInputBody = Static<typeof ReviewInputBody>;

/** A request for my input on someone's review. */
export const ReviewInputRequest = Type.Object({
  id: Uuid,
  reviewId: Uuid,
  personName: Type.String(),
  personNameZh: S,
  cycleNameEn: Type.String(),
  cycleNameZh: Type.String(),
  relation: StringEnum(REVIEW_INPUT_RELATIONS),
  scale: ReviewScale,
  dueOn: IsoDate,
  /** Open while the manager has not handed the review on. */
  open: Type.Boolean(),
  rating: N,
  comment: S,
  submittedAt: Type.Union([IsoDateTime, Type.Null()]),
});
export type ReviewInputRequest = Static<typeof ReviewInputRequest>;

export const AmendReviewBody = Type.Object(
  {
    reason: MultiLine({ minLength: 3, maxLength: 2000 }),
    overallRating: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
    developmentPlan: Type.Optional(MultiLine({ maxLength: 8000 })),
    comments: Type.Optional(ReviewComments),
  },
  { additionalProperties: false },
);
export type AmendReviewBody = Static<typeof AmendReviewBody>;

export const CalibrationQuery = Type.Object(
  { orgUnitId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type CalibrationQuery = Static<typeof CalibrationQuery>;

/** A cycle's ratings side by side for calibration: the distribution per manager, then each review. */
export const ReviewCalibration = Type.Object({
  cycleId: Uuid,
  cycleNameEn: Type.String(),
  cycleNameZh: Type.String(),
  calibrationDue: IsoDate,
  scale: ReviewScale,
  managers: Type.Array(
    Type.Object({
      reviewerPersonId: Type.Union([Uuid, Type.Null()]),
      name: S,
      nameZh: S,
      /** Reviews with an overall rating / all of this manager's reviews in the selection. */
      rated: Type.Integer(),
      total: Type.Integer(),
      /** Reviews per level, index 0 = level 1. */
      distribution: Type.Array(Type.Integer()),
      mean: N,
    }),
  ),
  /** Every reviewer together. */
  distribution: Type.Array(Type.Integer()),
  reviews: Type.Array(
    Type.Object({
      id: Uuid,
      personName: Type.String(),
      personNameZh: S,
      orgUnitName: Type.String(),
      orgUnitNameZh: S,
      reviewerName: S,
      reviewerNameZh: S,
      status: StringEnum(REVIEW_STATUSES),
      overallRating: N,
      formula: N,
      warnings: Type.Array(ReviewWarning),
      changes: Type.Integer(),
      canCalibrate: Type.Boolean(),
    }),
  ),
});
export type ReviewCalibration = Static<typeof ReviewCalibration>;
/** The language of a review's PDF (default English). */
export const ReviewPdfQuery = Type.Object(
  { lang: Type.Optional(StringEnum(['en', 'zh-Hant'] as const)) },
  { additionalProperties: false },
);
export type ReviewPdfQuery = Static<typeof ReviewPdfQuery>;

/** A review as PDF (A4): a download. */
export const ReviewPdf = FileResponse(
  'application/pdf',
  'The review (PDF, A4)',
  Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }),
);

/** Templates and cycles are HR's (reviews.manage); reviews are read by their person, reviewer and reporting line. */
export const reviewsEndpoints = {
  templates: endpoint({
    method: 'GET',
    path: '/api/v1/review-templates',
    access: 'reviews.manage',
    summary: 'List review templates',
    response: Type.Array(ReviewTemplate),
  }),
  createTemplate: endpoint({
    method: 'POST',
    path: '/api/v1/review-templates',
    access: 'reviews.manage',
    summary: 'Create a review template',
    body: CreateReviewTemplateBody,
    response: ReviewTemplate,
    status: 201,
  }),
  setTemplateActive: endpoint({
    method: 'PUT',
    path: '/api/v1/review-templates/:id/active',
    access: 'reviews.manage',
    summary: 'Retire a review template from new cycles, or offer it again (cycles that use it keep it)',
    params: IdParams,
    body: SetReviewTemplateActiveBody,
    response: ReviewTemplate,
  }),
  cycles: endpoint({
    method: 'GET',
    path: '/api/v1/review-cycles',
    access: 'reviews.manage',
    summary: 'List review cycles',
    response: Type.Array(ReviewCycle),
  }),
  createCycle: endpoint({
    method: 'POST',
    path: '/api/v1/review-cycles',
    access: 'reviews.manage',
    summary: 'Create a review cycle (a draft until launched)',
    body: CreateReviewCycleBody,
    response: ReviewCycle,
    status: 201,
  }),
  cycle: endpoint({
    method: 'GET',
    path: '/api/v1/review-cycles/:id',
    access: 'reviews.manage',
    summary: 'Get a review cycle',
    params: IdParams,
    response: ReviewCycle,
  }),
  launch: endpoint({
    method: 'POST',
    path: '/api/v1/review-cycles/:id/launch',
    access: 'reviews.manage',
    summary: 'Launch a review cycle: a review for each person of the population, assigned to their manager',
    params: IdParams,
    response: ReviewCycle,
  }),
  progress: endpoint({
    method: 'GET',
    path: '/api/v1/review-cycles/:id/progress',
    access: 'reviews.manage',
    summary: "A cycle's progress per stage per unit",
    params: IdParams,
    response: ReviewCycleProgress,
  }),
  list: endpoint({
    method: 'GET',
    path: '/api/v1/reviews',
    access: 'authenticated',
    summary: 'List reviews (mine, and those I write or see)',
    query: ReviewQuery,
    response: Type.Array(Review),
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/reviews/:id',
    access: 'authenticated',
    summary: 'Get a review',
    params: IdParams,
    response: Review,
  }),
  writeSelf: endpoint({
    method: 'PUT',
    path: '/api/v1/reviews/:id/self',
    access: 'authenticated',
    summary: 'Save or submit my self review',
    params: IdParams,
    body: SelfReviewBody,
    response: Review,
  }),
  writeManager: endpoint({
    method: 'PUT',
    path: '/api/v1/reviews/:id/manager',
    access: 'reviews.conduct',
    summary: "Save or submit the manager's review",
    params: IdParams,
    body: ManagerReviewBody,
    response: Review,
  }),
  meeting: endpoint({
    method: 'POST',
    path: '/api/v1/reviews/:id/meeting',
    access: 'reviews.conduct',
    summary: 'Record the review meeting',
    params: IdParams,
    body: ReviewMeetingBody,
    response: Review,
  }),
  sign: endpoint({
    method: 'POST',
    path: '/api/v1/reviews/:id/sign',
    access: 'authenticated',
    summary: 'Sign a review (the person or the manager); signed by both, it is locked',
    params: IdParams,
    body: SignReviewBody,
    response: Review,
  }),
  calibration: endpoint({
    method: 'GET',
    path: '/api/v1/review-cycles/:id/calibration',
    access: 'reviews.conduct',
    summary: "A cycle's ratings for calibration: the distribution per manager and each review (those I see)",
    params: IdParams,
    query: CalibrationQuery,
    response: ReviewCalibration,
  }),
  calibrate: endpoint({
    method: 'POST',
    path: '/api/v1/reviews/:id/calibrate',
    access: 'reviews.conduct',
    summary: 'Change the overall rating in calibration, with the reason (before anyone signs)',
    params: IdParams,
    body: CalibrateReviewBody,
    response: Review,
  }),
  requestInput: endpoint({
    method: 'POST',
    path: '/api/v1/reviews/:id/inputs',
    access: 'reviews.conduct',
    summary: 'Ask peers or the assessor for input on a review',
    params: IdParams,
    body: RequestReviewInputBody,
    response: Review,
  }),
  myInputs: endpoint({
    method: 'GET',
    path: '/api/v1/review-inputs',
    access: 'authenticated',
    summary: "Requests for my input on others' reviews",
    response: Type.Array(ReviewInputRequest),
  }),
  answerInput: endpoint({
    method: 'PUT',
    path: '/api/v1/review-inputs/:id',
    access: 'authenticated',
    summary: 'Give (or change) my input on a review, while it is open',
    params: IdParams,
    body: ReviewInputBody,
    response: ReviewInputRequest,
  }),
  amend: endpoint({
    method: 'POST',
    path: '/api/v1/reviews/:id/amend',
    access: 'reviews.conduct',
    summary: 'Amend a signed review: the signed version is kept, the new one is signed again by both',
    params: IdParams,
    body: AmendReviewBody,
    response: Review,
  }),
  pdf: endpoint({
    method: 'GET',
    path: '/api/v1/reviews/:id/pdf',
    access: 'authenticated',
    summary: 'Download a review as PDF, in English or Chinese (what the reader may see of it)',
    params: IdParams,
    query: ReviewPdfQuery,
    response: ReviewPdf,
  }),
};
