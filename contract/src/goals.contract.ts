import { Type, type Static } from 'typebox';
import {
  IdParams,
  IsoDate,
  IsoDateTime,
  Line,
  Measure,
  Real,
  StringEnum,
  Text,
  Uuid,
} from './common.contract.js';
import { endpoint } from './endpoint.js';

export const GOAL_STATUSES = [
  'draft',
  'proposed',
  'agreed',
  'active',
  'awaiting_outcome',
  'achieved',
  'missed',
  'cancelled',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_KINDS = ['indicator', 'qualitative'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const NullableUuid = Type.Union([Uuid, Type.Null()]);

export const GoalFields = {
  kind: StringEnum(GOAL_KINDS),
  title: Line({ minLength: 1, maxLength: 200 }),
  description: Text({ maxLength: 4000 }),
  indicatorId: NullableUuid,
  successCriteria: Type.Union([Text({ maxLength: 4000 }), Type.Null()]),
  policyId: NullableUuid,
  target: Type.Union([Measure, Type.Null()]),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  weight: Type.Integer({ minimum: 0, maximum: 100 }),
};

export const CreateGoalBody = Type.Object(
  {
    personId: Uuid,
    kind: GoalFields.kind,
    title: GoalFields.title,
    description: Type.Optional(GoalFields.description),
    indicatorId: Type.Optional(GoalFields.indicatorId),
    successCriteria: Type.Optional(GoalFields.successCriteria),
    policyId: Type.Optional(GoalFields.policyId),
    target: Type.Optional(GoalFields.target),
    periodStart: GoalFields.periodStart,
    periodEnd: GoalFields.periodEnd,
    weight: Type.Optional(GoalFields.weight),
  },
  {
    additionalProperties: false,
    // A qualitative goal states its success criteria: some text that is not only spaces. The
    // server answers 400 goal.criteria_required (x-error-code) when this rule fails.
    if: { properties: { kind: { const: 'qualitative' } }, required: ['kind'] },
    then: {
      description: 'A qualitative goal needs explicit success criteria.',
      required: ['successCriteria'],
      properties: { successCriteria: { type: 'string', pattern: '\\S' } },
      'x-error-code': 'goal.criteria_required',
    },
  },
);
export type CreateGoalBody = Static<typeof CreateGoalBody>;

export const UpdateGoalBody = Type.Object(
  {
    title: Type.Optional(GoalFields.title),
    description: Type.Optional(GoalFields.description),
    indicatorId: Type.Optional(GoalFields.indicatorId),
    successCriteria: Type.Optional(GoalFields.successCriteria),
    policyId: Type.Optional(GoalFields.policyId),
    target: Type.Optional(GoalFields.target),
    periodStart: Type.Optional(GoalFields.periodStart),
    periodEnd: Type.Optional(GoalFields.periodEnd),
    weight: Type.Optional(GoalFields.weight),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateGoalBody = Static<typeof UpdateGoalBody>;

export const SMART_CHECKS = ['specific', 'measurable', 'achievable', 'relevant', 'time_bound'] as const;
export type SmartCheckName = (typeof SMART_CHECKS)[number];
export const SmartCheck = Type.Object({
  check: StringEnum(SMART_CHECKS),
  status: StringEnum(['pass', 'warn', 'fail'] as const),
  /** A message key for the web (smart.<check>.<reason>) with values to fill in. */
  reason: Type.String(),
  values: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Null()])),
});
export type SmartCheck = Static<typeof SmartCheck>;

export const SmartCheckBody = Type.Object(
  {
    personId: Uuid,
    kind: GoalFields.kind,
    title: GoalFields.title,
    description: Type.Optional(GoalFields.description),
    indicatorId: Type.Optional(GoalFields.indicatorId),
    successCriteria: Type.Optional(GoalFields.successCriteria),
    policyId: Type.Optional(GoalFields.policyId),
    target: Type.Optional(GoalFields.target),
    periodStart: GoalFields.periodStart,
    periodEnd: GoalFields.periodEnd,
    weight: Type.Optional(GoalFields.weight),
  },
  { additionalProperties: false },
);
export type SmartCheckBody = Static<typeof SmartCheckBody>;

export const SmartResult = Type.Object({
  checks: Type.Array(SmartCheck),
  baseline: NullableNumber,
  baselineSample: NullableNumber,
  teamImprovementP90: NullableNumber,
});
export type SmartResult = Static<typeof SmartResult>;

export const GoalProgress = Type.Object({
  current: NullableNumber,
  sample: Type.Number(),
  attainmentPct: NullableNumber,
  projected: NullableNumber,
  onTrack: Type.Union([Type.Boolean(), Type.Null()]),
  asOf: IsoDate,
});
export type GoalProgress = Static<typeof GoalProgress>;

/**
 * What the figures say about an indicator goal over its period so far (ratio of sums, n, 95%
 * interval): achieved or missed only when the whole interval is on one side of the target;
 * not distinguishable when it straddles the target; too few below the indicator's minimum sample.
 */
export const GOAL_VERDICTS = ['achieved', 'missed', 'not_distinguishable', 'too_few', 'no_data'] as const;
export type GoalVerdict = (typeof GOAL_VERDICTS)[number];
export const GoalEvidence = Type.Object({
  from: IsoDate,
  to: IsoDate,
  value: NullableNumber,
  low: NullableNumber,
  high: NullableNumber,
  sample: Type.Number(),
  minSample: Type.Number(),
  verdict: StringEnum(GOAL_VERDICTS),
});
export type GoalEvidence = Static<typeof GoalEvidence>;

/**
 * What the reader may do with a goal now (server/src/features/goals/goals.policy.ts decides it; the
 * same rules guard the actions). The web shows an action only when its ability is true.
 */
export const GoalAbilities = Type.Object({
  edit: Type.Boolean(),
  propose: Type.Boolean(),
  accept: Type.Boolean(),
  decline: Type.Boolean(),
  activate: Type.Boolean(),
  close: Type.Boolean(),
  /** "Achieved" is offered after the end, or before it when the evidence already settles it. */
  closeAchieved: Type.Boolean(),
  cancel: Type.Boolean(),
});
export type GoalAbilities = Static<typeof GoalAbilities>;

export const Goal = Type.Object({
  id: Uuid,
  personId: Uuid,
  personName: Type.String(),
  kind: GoalFields.kind,
  title: Type.String(),
  description: Type.String(),
  indicatorId: NullableUuid,
  indicatorCode: Type.Union([Type.String(), Type.Null()]),
  successCriteria: Type.Union([Type.String(), Type.Null()]),
  policyId: NullableUuid,
  baseline: NullableNumber,
  baselineSample: NullableNumber,
  target: NullableNumber,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  weight: Type.Integer(),
  status: StringEnum(GOAL_STATUSES),
  version: Type.Integer(),
  proposedBy: NullableUuid,
  proposedAt: Type.Union([IsoDateTime, Type.Null()]),
  staffAcceptedAt: Type.Union([IsoDateTime, Type.Null()]),
  supervisorAcceptedAt: Type.Union([IsoDateTime, Type.Null()]),
  outcomeNote: Type.Union([Type.String(), Type.Null()]),
  progress: Type.Union([GoalProgress, Type.Null()]),
  evidence: Type.Union([GoalEvidence, Type.Null()]),
  smart: Type.Array(SmartCheck),
  abilities: GoalAbilities,
});
export type Goal = Static<typeof Goal>;

/** A goal as both sides agreed it: what it said when this version was accepted. */
export const GoalSnapshot = Type.Object({
  title: Type.String(),
  description: Type.String(),
  kind: GoalFields.kind,
  indicatorId: NullableUuid,
  successCriteria: Type.Union([Type.String(), Type.Null()]),
  policyId: NullableUuid,
  baseline: NullableNumber,
  target: NullableNumber,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  weight: Type.Integer(),
  staffAcceptedAt: IsoDateTime,
  supervisorAcceptedAt: IsoDateTime,
});
export type GoalSnapshot = Static<typeof GoalSnapshot>;

export const GoalVersion = Type.Object({
  version: Type.Integer(),
  agreedAt: IsoDateTime,
  snapshot: GoalSnapshot,
});
export type GoalVersion = Static<typeof GoalVersion>;

export const GoalQuery = Type.Object(
  {
    personId: Type.Optional(Uuid),
    status: Type.Optional(StringEnum(GOAL_STATUSES)),
    scope: Type.Optional(StringEnum(['mine', 'team', 'all'] as const)),
  },
  { additionalProperties: false },
);
export type GoalQuery = Static<typeof GoalQuery>;

export const DeclineGoalBody = Type.Object(
  { reason: Text({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type DeclineGoalBody = Static<typeof DeclineGoalBody>;
export const CloseGoalBody = Type.Object(
  {
    outcome: StringEnum(['achieved', 'missed'] as const),
    note: Type.Optional(Text({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type CloseGoalBody = Static<typeof CloseGoalBody>;
export const CancelGoalBody = Type.Object(
  { reason: Text({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export type CancelGoalBody = Static<typeof CancelGoalBody>;

export const TeamGoalsFromStandardBody = Type.Object(
  {
    managerPersonId: Type.Optional(Uuid),
    indicatorId: Uuid,
    periodStart: IsoDate,
    periodEnd: IsoDate,
    weight: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    useStretch: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type TeamGoalsFromStandardBody = Static<typeof TeamGoalsFromStandardBody>;
/** Why a team member got no goal: no standard target for them, or an open goal on it already. */
export const TEAM_GOAL_SKIP_REASONS = ['no_standard', 'exists'] as const;
export type TeamGoalSkipReason = (typeof TEAM_GOAL_SKIP_REASONS)[number];
export const TeamGoalsResult = Type.Object({
  created: Type.Array(Type.Object({ goalId: Uuid, personId: Uuid, target: Type.Number() })),
  skipped: Type.Array(Type.Object({ personId: Uuid, reason: StringEnum(TEAM_GOAL_SKIP_REASONS) })),
});
export type TeamGoalsResult = Static<typeof TeamGoalsResult>;

export const CreateObservationBody = Type.Object(
  {
    personId: Uuid,
    indicatorId: Uuid,
    occurredOn: IsoDate,
    numerator: Measure,
    denominator: Real({ exclusiveMinimum: 0 }),
    note: Type.Optional(Text({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);
export type CreateObservationBody = Static<typeof CreateObservationBody>;

/** The goals endpoints: the list, one goal, its versions, the SMART check, the agreement and its actions. */
export const goalsEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/goals',
    access: 'goals.read',
    summary: 'List goals',
    query: GoalQuery,
    response: Type.Array(Goal),
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/goals/:id',
    access: 'goals.read',
    summary: 'Get a goal',
    params: IdParams,
    response: Goal,
  }),
  versions: endpoint({
    method: 'GET',
    path: '/api/v1/goals/:id/versions',
    access: 'goals.read',
    summary: "List a goal's agreed versions",
    params: IdParams,
    response: Type.Array(GoalVersion),
  }),
  // A POST that stores nothing (the SMART check of a draft): reading goals is enough.
  smartCheck: endpoint({
    method: 'POST',
    path: '/api/v1/goals/smart-check',
    access: 'goals.read',
    summary: 'Check a goal against SMART before saving it',
    body: SmartCheckBody,
    response: SmartResult,
  }),
  // Writes: the agreement (goals.write; goals.policy.ts decides whose goal and when) and the
  // supervisor side's actions (goals.manage).
  create: endpoint({
    method: 'POST',
    path: '/api/v1/goals',
    access: 'goals.write',
    summary: 'Create a goal (a draft)',
    body: CreateGoalBody,
    response: Goal,
    status: 201,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/goals/:id',
    access: 'goals.write',
    summary: 'Change a goal',
    params: IdParams,
    body: UpdateGoalBody,
    response: Goal,
  }),
  propose: endpoint({
    method: 'POST',
    path: '/api/v1/goals/:id/propose',
    access: 'goals.write',
    summary: 'Propose a goal to the other side',
    params: IdParams,
    response: Goal,
  }),
  accept: endpoint({
    method: 'POST',
    path: '/api/v1/goals/:id/accept',
    access: 'goals.write',
    summary: 'Accept a proposed goal',
    params: IdParams,
    response: Goal,
  }),
  decline: endpoint({
    method: 'POST',
    path: '/api/v1/goals/:id/decline',
    access: 'goals.write',
    summary: 'Decline a proposed goal, with a reason',
    params: IdParams,
    body: DeclineGoalBody,
    response: Goal,
  }),
  activate: endpoint({
    method: 'POST',
    path: '/api/v1/goals/:id/activate',
    access: 'goals.manage',
    summary: 'Start an agreed goal',
    params: IdParams,
    response: Goal,
  }),
  close: endpoint({
    method: 'POST',
    path: '/api/v1/goals/:id/close',
    access: 'goals.manage',
    summary: 'Close a goal as achieved or missed',
    params: IdParams,
    body: CloseGoalBody,
    response: Goal,
  }),
  cancel: endpoint({
    method: 'POST',
    path: '/api/v1/goals/:id/cancel',
    access: 'goals.manage',
    summary: 'Cancel a goal, with a reason',
    params: IdParams,
    body: CancelGoalBody,
    response: Goal,
  }),
  teamFromStandard: endpoint({
    method: 'POST',
    path: '/api/v1/goals/team-from-standard',
    access: 'goals.manage',
    summary: "Create goals for a team from an indicator's standard",
    body: TeamGoalsFromStandardBody,
    response: TeamGoalsResult,
  }),
};
