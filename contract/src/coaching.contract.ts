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
import { endpoint } from './endpoint.js';

/** Contract for coaching: GROW plans started from a gap, sessions, agreed actions and the measured effect. */

export const COACHING_ORIGINS = ['needs_attention', 'manual'] as const;
export type CoachingOrigin = (typeof COACHING_ORIGINS)[number];
export const COACHING_STATUSES = ['active', 'completed', 'cancelled'] as const;
export type CoachingStatus = (typeof COACHING_STATUSES)[number];
export const COACHING_RATINGS = ['improved', 'no_change', 'worse'] as const;
export type CoachingRating = (typeof COACHING_RATINGS)[number];
export const EFFECT_VERDICTS = ['improved', 'worse', 'not_distinguishable', 'insufficient_data'] as const;
export type EffectVerdict = (typeof EFFECT_VERDICTS)[number];

const Text = (max: number) => MultiLine({ maxLength: max });
const NullableDate = Type.Union([IsoDate, Type.Null()]);
const N = Type.Union([Type.Number(), Type.Null()]);

export const CoachingActionInput = Type.Object(
  {
    title: Line({ minLength: 1, maxLength: 500 }),
    /** Who does it: the coached person (default) or the coach. */
    ownerPersonId: Type.Optional(Uuid),
    dueOn: Type.Optional(NullableDate),
  },
  { additionalProperties: false },
);
export type CoachingActionInput = Static<typeof CoachingActionInput>;

export const CreateCoachingBody = Type.Object(
  {
    personId: Uuid,
    origin: StringEnum(COACHING_ORIGINS),
    /** Required for origin needs_attention; for manual, this or focusSkill. */
    focusIndicatorId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    focusSkill: Type.Optional(Type.Union([Line({ minLength: 1, maxLength: 500 }), Type.Null()])),
    /** The gap in words; prefilled from the person's current figure vs standard when left out. */
    gap: Type.Optional(Text(2000)),
    growGoal: Type.Optional(Text(4000)),
    growReality: Type.Optional(Text(4000)),
    growOptions: Type.Optional(Text(4000)),
    growWill: Type.Optional(Text(4000)),
    /** Default: today. */
    startedOn: Type.Optional(IsoDate),
    followUpOn: Type.Optional(NullableDate),
    actions: Type.Optional(Type.Array(CoachingActionInput, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type CreateCoachingBody = Static<typeof CreateCoachingBody>;

export const UpdateCoachingBody = Type.Object(
  {
    focusSkill: Type.Optional(Type.Union([Line({ minLength: 1, maxLength: 500 }), Type.Null()])),
    gap: Type.Optional(Text(2000)),
    growGoal: Type.Optional(Text(4000)),
    growReality: Type.Optional(Text(4000)),
    growOptions: Type.Optional(Text(4000)),
    growWill: Type.Optional(Text(4000)),
    followUpOn: Type.Optional(NullableDate),
    /** New agreed actions to add. */
    addActions: Type.Optional(Type.Array(CoachingActionInput, { maxItems: 20 })),
    /** Action items of this plan to mark done. */
    doneActionIds: Type.Optional(Type.Array(Uuid, { maxItems: 50 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCoachingBody = Static<typeof UpdateCoachingBody>;

export const CoachingSessionBody = Type.Object(
  {
    heldOn: IsoDate,
    notes: MultiLine({ minLength: 1, maxLength: 8000 }),
    nextSteps: Type.Optional(Text(4000)),
    /** Moves the plan's follow-up date. */
    followUpOn: Type.Optional(NullableDate),
  },
  { additionalProperties: false },
);
export type CoachingSessionBody = Static<typeof CoachingSessionBody>;

export const CompleteCoachingBody = Type.Object(
  {
    outcome: MultiLine({ minLength: 1, maxLength: 4000 }),
    rating: StringEnum(COACHING_RATINGS),
    /** Default: today. */
    endedOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type CompleteCoachingBody = Static<typeof CompleteCoachingBody>;

export const CancelCoachingBody = Type.Object(
  { reason: MultiLine({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type CancelCoachingBody = Static<typeof CancelCoachingBody>;

export const CoachingQuery = Type.Object(
  {
    /** mine: plans about me; team: plans about people in my scope (not me). Default: both. */
    scope: Type.Optional(StringEnum(['mine', 'team'] as const)),
    personId: Type.Optional(Uuid),
    status: Type.Optional(StringEnum(COACHING_STATUSES)),
  },
  { additionalProperties: false },
);
export type CoachingQuery = Static<typeof CoachingQuery>;

export const CoachingAction = Type.Object({
  id: Uuid,
  title: Type.String(),
  ownerPersonId: Uuid,
  ownerName: Type.String(),
  dueOn: NullableDate,
  doneAt: Type.Union([IsoDateTime, Type.Null()]),
  overdue: Type.Boolean(),
});
export type CoachingAction = Static<typeof CoachingAction>;

export const CoachingSession = Type.Object({
  id: Uuid,
  heldOn: IsoDate,
  notes: Type.String(),
  nextSteps: Type.String(),
  createdAt: IsoDateTime,
});
export type CoachingSession = Static<typeof CoachingSession>;

/** What the reader may do with a plan now (server/src/features/coaching/coaching.policy.ts). */
export const CoachingAbilities = Type.Object({
  /** Change GROW, the follow-up date and actions, and note sessions (the coach side, plan active). */
  edit: Type.Boolean(),
  complete: Type.Boolean(),
  cancel: Type.Boolean(),
  /** Assign a course linked to this plan (training.assign, the person in scope, plan active). */
  assignCourse: Type.Boolean(),
  /** Start an improvement plan from this coaching plan (the improvement-plan leader side, whatever the plan's state). */
  startImprovementPlan: Type.Optional(Type.Boolean()),
});
export type CoachingAbilities = Static<typeof CoachingAbilities>;

export const CoachingPlan = Type.Object({
  id: Uuid,
  personId: Uuid,
  personName: Type.String(),
  coachPersonId: Type.Union([Uuid, Type.Null()]),
  coachName: Type.Union([Type.String(), Type.Null()]),
  origin: StringEnum(COACHING_ORIGINS),
  focusIndicatorId: Type.Union([Uuid, Type.Null()]),
  focusIndicatorCode: Type.Union([Type.String(), Type.Null()]),
  focusSkill: Type.Union([Type.String(), Type.Null()]),
  gap: Type.String(),
  growGoal: Type.String(),
  growReality: Type.String(),
  growOptions: Type.String(),
  growWill: Type.String(),
  status: StringEnum(COACHING_STATUSES),
  startedOn: IsoDate,
  followUpOn: NullableDate,
  endedOn: NullableDate,
  outcome: Type.Union([Type.String(), Type.Null()]),
  outcomeRating: Type.Union([StringEnum(COACHING_RATINGS), Type.Null()]),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Only in the single-plan view (empty in lists). */
  sessions: Type.Array(CoachingSession),
  actions: Type.Array(CoachingAction),
  abilities: CoachingAbilities,
});
export type CoachingPlan = Static<typeof CoachingPlan>;

export const EffectQuery = Type.Object(
  { weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 26, default: 8 })) },
  { additionalProperties: false },
);
export type EffectQuery = Static<typeof EffectQuery>;

const Window = Type.Object({ from: IsoDate, to: IsoDate });
/** A figure in the indicator's display units (× scale) with its 95% interval and sample (Σ denominator). */
const WindowFigure = Type.Object({ value: N, low: N, high: N, sample: Type.Number() });

export const CoachingEffect = Type.Object({
  planId: Uuid,
  indicator: Type.Union([
    Type.Object({
      id: Uuid,
      code: Type.String(),
      nameEn: Type.String(),
      nameZh: Type.Union([Type.String(), Type.Null()]),
      direction: Type.String(),
      decimals: Type.Integer(),
    }),
    Type.Null(),
  ]),
  weeks: Type.Integer(),
  before: Window,
  after: Window,
  coached: Type.Object({ before: WindowFigure, after: WindowFigure }),
  /** How the comparison group was chosen: same job role, else same org unit. */
  comparisonBasis: StringEnum(['job_role', 'org_unit'] as const),
  comparison: Type.Object({ k: Type.Integer(), meanBefore: N, meanAfter: N, meanChange: N }),
  /** after − before for the coached person (display units). */
  rawChange: N,
  /** Difference in differences with its 95% interval (display units). */
  did: Type.Object({ value: N, low: N, high: N }),
  verdict: StringEnum(EFFECT_VERDICTS),
  /** Why the verdict is insufficient_data, when it is. */
  reason: Type.Union([Type.String(), Type.Null()]),
});
export type CoachingEffect = Static<typeof CoachingEffect>;

/**
 * Coaching plans. Reading is for anyone who may see the person (the person included); changes are
 * for the coach side (coaching.manage, person in scope, never on one's own plan → 403).
 */
export const coachingEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/coaching',
    access: 'authenticated',
    summary: 'List coaching plans',
    query: CoachingQuery,
    response: Type.Array(CoachingPlan),
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/coaching',
    access: 'coaching.manage',
    summary: 'Start a coaching plan',
    body: CreateCoachingBody,
    response: CoachingPlan,
    status: 201,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/coaching/:id',
    access: 'authenticated',
    summary: 'Get a coaching plan',
    params: IdParams,
    response: CoachingPlan,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/coaching/:id',
    access: 'coaching.manage',
    summary: 'Change a coaching plan',
    params: IdParams,
    body: UpdateCoachingBody,
    response: CoachingPlan,
  }),
  addSession: endpoint({
    method: 'POST',
    path: '/api/v1/coaching/:id/sessions',
    access: 'coaching.manage',
    summary: 'Record a coaching session',
    params: IdParams,
    body: CoachingSessionBody,
    response: CoachingPlan,
    status: 201,
  }),
  complete: endpoint({
    method: 'POST',
    path: '/api/v1/coaching/:id/complete',
    access: 'coaching.manage',
    summary: 'Complete a coaching plan',
    params: IdParams,
    body: CompleteCoachingBody,
    response: CoachingPlan,
  }),
  cancel: endpoint({
    method: 'POST',
    path: '/api/v1/coaching/:id/cancel',
    access: 'coaching.manage',
    summary: 'Cancel a coaching plan',
    params: IdParams,
    body: CancelCoachingBody,
    response: CoachingPlan,
  }),
  effect: endpoint({
    method: 'GET',
    path: '/api/v1/coaching/:id/effect',
    access: 'authenticated',
    summary: 'The measured effect of a coaching plan on its indicator',
    params: IdParams,
    query: EffectQuery,
    response: CoachingEffect,
  }),
};
