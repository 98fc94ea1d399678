import { Type, type Static } from 'typebox';
import { IdParams, IsoDate, IsoDateTime, Measure, StringEnum, Text, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';

/**
 * Contract for performance improvement plans (LOSASM501B "develop performance improvement plans",
 * "provide supporting services"): objectives each with a measure, the support offered, review dates
 * on the calendar (check-ins), the person's acknowledgement, reviews with evidence, one extension,
 * and an outcome signed off by HR. Visible only to the person, their reporting line and HR.
 */

export const IMPROVEMENT_PLAN_SOURCES = ['needs_attention', 'coaching', 'review', 'manual'] as const;
export type ImprovementPlanSource = (typeof IMPROVEMENT_PLAN_SOURCES)[number];
/**
 * draft ─acknowledge─► active ─extend─► extended
 *   active | extended ─close─► awaiting_sign_off ─signOff─► completed | not_met
 */
export const IMPROVEMENT_PLAN_STATUSES = [
  'draft',
  'active',
  'extended',
  'awaiting_sign_off',
  'completed',
  'not_met',
] as const;
export type ImprovementPlanStatus = (typeof IMPROVEMENT_PLAN_STATUSES)[number];
export const IMPROVEMENT_PLAN_OUTCOMES = ['completed', 'not_met'] as const;
export type ImprovementPlanOutcome = (typeof IMPROVEMENT_PLAN_OUTCOMES)[number];
export const OBJECTIVE_KINDS = ['indicator', 'behaviour'] as const;
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number];
/** The supporting services a plan may offer. */
export const SUPPORT_KINDS = [
  'training',
  'coaching',
  'mentor',
  'duty_change',
  'schedule_change',
  'equipment',
  'eap_referral',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
/**
 * Progress on an objective at a review: met only when the whole interval lies on the right side of
 * the target, not_met only when it lies wholly on the wrong side; otherwise not_yet_clear.
 */
export const OBJECTIVE_VERDICTS = ['met', 'not_met', 'not_yet_clear'] as const;
export type ObjectiveVerdict = (typeof OBJECTIVE_VERDICTS)[number];

const N = Type.Union([Type.Number(), Type.Null()]);
const NullableUuid = Type.Union([Uuid, Type.Null()]);

/**
 * One objective. An indicator objective names the indicator and a target in its units; a behaviour
 * objective describes the behaviour and its success criteria. The server checks the measure
 * (improvement_plans.objective_without_measure, improvement_plans.target_required).
 */
export const ImprovementObjectiveInput = Type.Object(
  {
    kind: StringEnum(OBJECTIVE_KINDS),
    description: Text({ minLength: 1, maxLength: 2000 }),
    indicatorId: Type.Optional(NullableUuid),
    target: Type.Optional(Type.Union([Measure, Type.Null()])),
    successCriteria: Type.Optional(Type.Union([Text({ maxLength: 2000 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type ImprovementObjectiveInput = Static<typeof ImprovementObjectiveInput>;

export const ImprovementSupportInput = Type.Object(
  { kind: StringEnum(SUPPORT_KINDS), detail: Text({ maxLength: 2000 }) },
  { additionalProperties: false },
);
export type ImprovementSupportInput = Static<typeof ImprovementSupportInput>;

export const CreateImprovementPlanBody = Type.Object(
  {
    personId: Uuid,
    sourceKind: StringEnum(IMPROVEMENT_PLAN_SOURCES),
    /** The coaching plan (coaching) or the review (review) it was started from. */
    sourceId: Type.Optional(NullableUuid),
    reason: Text({ minLength: 1, maxLength: 4000 }),
    /** Default: today. */
    startsOn: Type.Optional(IsoDate),
    endsOn: IsoDate,
    objectives: Type.Array(ImprovementObjectiveInput, { minItems: 1, maxItems: 10 }),
    support: Type.Array(ImprovementSupportInput, { maxItems: 10 }),
    /** Each becomes a check-in on the person's calendar; between the start and the end. */
    reviewDates: Type.Array(IsoDate, { minItems: 1, maxItems: 12 }),
  },
  { additionalProperties: false },
);
export type CreateImprovementPlanBody = Static<typeof CreateImprovementPlanBody>;

export const ImprovementReviewBody = Type.Object(
  {
    /** The review date (checkpoint) this review records. */
    checkpointId: Uuid,
    notes: Text({ minLength: 1, maxLength: 8000 }),
    /** The reviewer's judgement of each behaviour objective, with its evidence. */
    behaviour: Type.Optional(
      Type.Array(
        Type.Object(
          {
            objectiveId: Uuid,
            verdict: StringEnum(OBJECTIVE_VERDICTS),
            evidence: Text({ minLength: 1, maxLength: 4000 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 10 },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ImprovementReviewBody = Static<typeof ImprovementReviewBody>;

export const ExtendImprovementPlanBody = Type.Object(
  { endsOn: IsoDate, reason: Text({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);
export type ExtendImprovementPlanBody = Static<typeof ExtendImprovementPlanBody>;

export const CloseImprovementPlanBody = Type.Object(
  { outcome: StringEnum(IMPROVEMENT_PLAN_OUTCOMES), note: Text({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);
export type CloseImprovementPlanBody = Static<typeof CloseImprovementPlanBody>;

export const SignOffImprovementPlanBody = Type.Object(
  { note: Type.Optional(Text({ maxLength: 4000 })) },
  { additionalProperties: false },
);
export type SignOffImprovementPlanBody = Static<typeof SignOffImprovementPlanBody>;

export const ImprovementPlanQuery = Type.Object(
  {
    /** mine: plans about me; team: plans about people in my scope (not me). Default: both. */
    scope: Type.Optional(StringEnum(['mine', 'team'] as const)),
    personId: Type.Optional(Uuid),
    status: Type.Optional(StringEnum(IMPROVEMENT_PLAN_STATUSES)),
  },
  { additionalProperties: false },
);
export type ImprovementPlanQuery = Static<typeof ImprovementPlanQuery>;

export const ImprovementObjective = Type.Object({
  id: Uuid,
  position: Type.Integer(),
  kind: StringEnum(OBJECTIVE_KINDS),
  description: Type.String(),
  indicatorId: NullableUuid,
  indicatorCode: Type.Union([Type.String(), Type.Null()]),
  indicatorNameEn: Type.Union([Type.String(), Type.Null()]),
  indicatorNameZh: Type.Union([Type.String(), Type.Null()]),
  unit: Type.Union([Type.String(), Type.Null()]),
  decimals: Type.Union([Type.Integer(), Type.Null()]),
  target: N,
  successCriteria: Type.Union([Type.String(), Type.Null()]),
});
export type ImprovementObjective = Static<typeof ImprovementObjective>;

/** One objective's progress at a review: the figure since the start (ratio of sums, n, 95% interval) or the reviewer's evidence. */
export const ObjectiveProgress = Type.Object({
  objectiveId: Uuid,
  kind: StringEnum(OBJECTIVE_KINDS),
  from: Type.Union([IsoDate, Type.Null()]),
  to: Type.Union([IsoDate, Type.Null()]),
  value: N,
  low: N,
  high: N,
  sample: Type.Number(),
  target: N,
  verdict: StringEnum(OBJECTIVE_VERDICTS),
  evidence: Type.Union([Type.String(), Type.Null()]),
});
export type ObjectiveProgress = Static<typeof ObjectiveProgress>;

export const ImprovementCheckpoint = Type.Object({
  id: Uuid,
  dueOn: IsoDate,
  checkinId: NullableUuid,
  reviewedAt: Type.Union([IsoDateTime, Type.Null()]),
  reviewerName: Type.Union([Type.String(), Type.Null()]),
  notes: Type.Union([Type.String(), Type.Null()]),
  progress: Type.Array(ObjectiveProgress),
});
export type ImprovementCheckpoint = Static<typeof ImprovementCheckpoint>;

/** What the reader may do with a plan now (server/src/features/improvement-plans/improvement-plans.policy.ts). */
export const ImprovementPlanAbilities = Type.Object({
  acknowledge: Type.Boolean(),
  review: Type.Boolean(),
  extend: Type.Boolean(),
  close: Type.Boolean(),
  signOff: Type.Boolean(),
});
export type ImprovementPlanAbilities = Static<typeof ImprovementPlanAbilities>;

export const ImprovementPlan = Type.Object({
  id: Uuid,
  personId: Uuid,
  personName: Type.String(),
  sourceKind: StringEnum(IMPROVEMENT_PLAN_SOURCES),
  sourceId: NullableUuid,
  reason: Type.String(),
  status: StringEnum(IMPROVEMENT_PLAN_STATUSES),
  startsOn: IsoDate,
  endsOn: IsoDate,
  /** The end date before the extension (null: never extended). */
  originalEndsOn: Type.Union([IsoDate, Type.Null()]),
  extensionReason: Type.Union([Type.String(), Type.Null()]),
  support: Type.Array(Type.Object({ kind: StringEnum(SUPPORT_KINDS), detail: Type.String() })),
  acknowledgedAt: Type.Union([IsoDateTime, Type.Null()]),
  proposedOutcome: Type.Union([StringEnum(IMPROVEMENT_PLAN_OUTCOMES), Type.Null()]),
  outcomeNote: Type.Union([Type.String(), Type.Null()]),
  signedOffAt: Type.Union([IsoDateTime, Type.Null()]),
  signedOffByName: Type.Union([Type.String(), Type.Null()]),
  signOffNote: Type.Union([Type.String(), Type.Null()]),
  createdByName: Type.Union([Type.String(), Type.Null()]),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Only in the single-plan view (empty in lists). */
  objectives: Type.Array(ImprovementObjective),
  checkpoints: Type.Array(ImprovementCheckpoint),
  abilities: ImprovementPlanAbilities,
});
export type ImprovementPlan = Static<typeof ImprovementPlan>;

/**
 * Improvement plans. Reading is for the person, their reporting line and HR (others 404); changes
 * are for the leader side (improvement_plans.manage, the person in scope, never one's own plan);
 * the person acknowledges; HR (improvement_plans.sign_off) signs off the outcome.
 */
export const improvementPlanEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/improvement-plans',
    access: 'authenticated',
    summary: 'List performance improvement plans',
    query: ImprovementPlanQuery,
    response: Type.Array(ImprovementPlan),
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/improvement-plans',
    access: 'improvement_plans.manage',
    summary: 'Start a performance improvement plan',
    body: CreateImprovementPlanBody,
    response: ImprovementPlan,
    status: 201,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/improvement-plans/:id',
    access: 'authenticated',
    summary: 'Get a performance improvement plan',
    params: IdParams,
    response: ImprovementPlan,
  }),
  acknowledge: endpoint({
    method: 'POST',
    path: '/api/v1/improvement-plans/:id/acknowledge',
    access: 'authenticated',
    summary: 'The person acknowledges the plan',
    params: IdParams,
    response: ImprovementPlan,
  }),
  review: endpoint({
    method: 'POST',
    path: '/api/v1/improvement-plans/:id/reviews',
    access: 'improvement_plans.manage',
    summary: 'Record a review of the plan at one of its review dates',
    params: IdParams,
    body: ImprovementReviewBody,
    response: ImprovementPlan,
    status: 201,
  }),
  extend: endpoint({
    method: 'POST',
    path: '/api/v1/improvement-plans/:id/extend',
    access: 'improvement_plans.manage',
    summary: 'Extend the plan once with a new end date',
    params: IdParams,
    body: ExtendImprovementPlanBody,
    response: ImprovementPlan,
  }),
  close: endpoint({
    method: 'POST',
    path: '/api/v1/improvement-plans/:id/close',
    access: 'improvement_plans.manage',
    summary: 'Propose the outcome; HR signs it off',
    params: IdParams,
    body: CloseImprovementPlanBody,
    response: ImprovementPlan,
  }),
  signOff: endpoint({
    method: 'POST',
    path: '/api/v1/improvement-plans/:id/sign-off',
    access: 'improvement_plans.sign_off',
    summary: "HR signs off the plan's outcome",
    params: IdParams,
    body: SignOffImprovementPlanBody,
    response: ImprovementPlan,
  }),
};
