import { Type, type Static } from 'typebox';
import { IdParams, IsoDate, IsoDateTime, Line, StringEnum, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';

/**
 * Contract for QA sampling (#12 item 3): a plan of n evaluations per person per period (a week or a
 * month) on one QA scorecard, drawn at random from each person's imported interactions stratified by
 * channel, assigned round-robin to the plan's assessors (never to the person themself); the assessor's
 * queue with progress; and how precisely n evaluations pin down a person's period score.
 */

/** The channels an imported interaction can have (from its import key). */
export const SAMPLING_CHANNELS = ['ticket', 'call', 'chat'] as const;
export type SamplingChannel = (typeof SAMPLING_CHANNELS)[number];
export const SAMPLING_PERIODS = ['week', 'month'] as const;
export type SamplingPeriodKind = (typeof SAMPLING_PERIODS)[number];
/** The alternatives shown next to the plan's n. */
export const SAMPLING_ALTERNATIVES = [2, 4, 8, 12] as const;

/** A period: 'YYYY-MM' (a month) or 'YYYY-Www' (an ISO week). */
export const SamplingPeriod = Type.String({
  pattern: '^\\d{4}-(0[1-9]|1[0-2]|W(0[1-9]|[1-4]\\d|5[0-3]))$',
  description: "'YYYY-MM' for a month or 'YYYY-Www' for an ISO week",
});

const PerPerson = Type.Integer({ minimum: 1, maximum: 50 });

export const CreateSamplingPlanBody = Type.Object(
  {
    title: Line({ minLength: 1, maxLength: 200 }),
    scorecardId: Uuid,
    perPerson: PerPerson,
    periodKind: StringEnum(SAMPLING_PERIODS),
    /** The people of this unit and its sub-units; omitted or null: the assessors' assigned units. */
    orgUnitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    /** Only these channels (each a stratum); empty or omitted: every channel. */
    channels: Type.Optional(Type.Array(StringEnum(SAMPLING_CHANNELS), { maxItems: 3, uniqueItems: true })),
    assessorUserIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type CreateSamplingPlanBody = Static<typeof CreateSamplingPlanBody>;

export const UpdateSamplingPlanBody = Type.Object(
  {
    title: Type.Optional(Line({ minLength: 1, maxLength: 200 })),
    perPerson: Type.Optional(PerPerson),
    periodKind: Type.Optional(StringEnum(SAMPLING_PERIODS)),
    orgUnitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    channels: Type.Optional(Type.Array(StringEnum(SAMPLING_CHANNELS), { maxItems: 3, uniqueItems: true })),
    assessorUserIds: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true })),
    /** false pauses the plan (no new draws); true resumes it. */
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateSamplingPlanBody = Static<typeof UpdateSamplingPlanBody>;

export const DrawSampleBody = Type.Object(
  {
    period: SamplingPeriod,
    /** The random seed; omitted: one made from the plan and the period (recorded with the draw). */
    seed: Type.Optional(Type.Integer({ minimum: 0, maximum: 4294967295 })),
  },
  { additionalProperties: false },
);
export type DrawSampleBody = Static<typeof DrawSampleBody>;

export const SamplingPeriodQuery = Type.Object(
  { period: Type.Optional(SamplingPeriod) },
  { additionalProperties: false },
);
export type SamplingPeriodQuery = Static<typeof SamplingPeriodQuery>;

export const SamplingPrecisionQuery = Type.Object(
  { scorecardId: Uuid, perPerson: Type.Optional(PerPerson) },
  { additionalProperties: false },
);
export type SamplingPrecisionQuery = Static<typeof SamplingPrecisionQuery>;

/** ± points of a person's period score for one n. */
export const PrecisionRow = Type.Object({ n: Type.Integer(), halfWidth: Type.Number() });

/**
 * How precisely n evaluations pin down a person's period score: the half-width of a 95% interval,
 * z·sd/√n, with sd the spread of scores between evaluations of the same person (pooled within people,
 * from the organisation's released evaluations on the scorecard) or, with too few, an assumed one.
 */
export const SamplingPrecision = Type.Object({
  n: Type.Integer(),
  halfWidth: Type.Number(),
  alternatives: Type.Array(PrecisionRow),
  sd: Type.Number(),
  /** observed: from released evaluations; assumed: too few of them (see evaluations, people). */
  sdSource: StringEnum(['observed', 'assumed'] as const),
  evaluations: Type.Integer(),
  people: Type.Integer(),
  z: Type.Number(),
});
export type SamplingPrecision = Static<typeof SamplingPrecision>;

export const SamplingPlanSummary = Type.Object({
  id: Uuid,
  title: Type.String(),
  scorecard: Type.Object({
    id: Uuid,
    code: Type.String(),
    version: Type.Integer(),
    titleEn: Type.String(),
    titleZh: Type.String(),
  }),
  perPerson: Type.Integer(),
  periodKind: StringEnum(SAMPLING_PERIODS),
  orgUnit: Type.Union([Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.String() }), Type.Null()]),
  channels: Type.Array(StringEnum(SAMPLING_CHANNELS)),
  active: Type.Boolean(),
  assessors: Type.Array(Type.Object({ userId: Uuid, name: Type.String() })),
  createdAt: IsoDateTime,
});
export type SamplingPlanSummary = Static<typeof SamplingPlanSummary>;

export const SamplingProgress = Type.Object({ done: Type.Integer(), planned: Type.Integer() });
export type SamplingProgress = Static<typeof SamplingProgress>;

/** One person in a draw: interactions available, planned (n), drawn (fewer when fewer were available). */
export const SamplingPersonLine = Type.Object({
  personId: Uuid,
  nameEn: Type.String(),
  nameZh: Type.String(),
  available: Type.Integer(),
  planned: Type.Integer(),
  drawn: Type.Integer(),
  done: Type.Integer(),
  /** No assessor of the plan may score this person: their items are unassigned. */
  unassigned: Type.Integer(),
});
export type SamplingPersonLine = Static<typeof SamplingPersonLine>;

export const SampleItem = Type.Object({
  id: Uuid,
  person: Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.String() }),
  assessor: Type.Union([Type.Object({ userId: Uuid, name: Type.String() }), Type.Null()]),
  channel: StringEnum(SAMPLING_CHANNELS),
  /** The interaction's import key (e.g. zendesk:ticket:101): the evaluation's ticket key. */
  interactionKey: Type.String(),
  /** The import the interaction came from, when it is still there. */
  batchId: Type.Union([Uuid, Type.Null()]),
  occurredOn: IsoDate,
  /** Due by the end of the period. */
  dueOn: IsoDate,
  /** The latest evaluation of this interaction (same person and scorecard code), if any. */
  evaluation: Type.Union([
    Type.Object({ id: Uuid, status: StringEnum(['draft', 'submitted', 'released'] as const) }),
    Type.Null(),
  ]),
  /** A submitted or released evaluation exists. */
  done: Type.Boolean(),
});
export type SampleItem = Static<typeof SampleItem>;

export const SamplingDraw = Type.Object({
  id: Uuid,
  period: Type.String(),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  seed: Type.Integer(),
  perPerson: Type.Integer(),
  drawnAt: IsoDateTime,
  drawnBy: Type.Union([Type.String(), Type.Null()]),
  progress: SamplingProgress,
  people: Type.Array(SamplingPersonLine),
  assessors: Type.Array(
    Type.Object({
      userId: Type.Union([Uuid, Type.Null()]),
      name: Type.Union([Type.String(), Type.Null()]),
      done: Type.Integer(),
      planned: Type.Integer(),
    }),
  ),
  items: Type.Array(SampleItem),
});
export type SamplingDraw = Static<typeof SamplingDraw>;

export const SamplingPlan = Type.Intersect([
  SamplingPlanSummary,
  Type.Object({
    precision: SamplingPrecision,
    /** The period holding today (the app's clock) and its draw, when drawn. */
    currentPeriod: Type.String(),
    draw: Type.Union([SamplingDraw, Type.Null()]),
    /** Periods drawn, newest first. */
    periods: Type.Array(Type.String()),
  }),
]);
export type SamplingPlan = Static<typeof SamplingPlan>;

export const QaQueue = Type.Object({
  period: Type.String(),
  periodEnd: IsoDate,
  progress: SamplingProgress,
  people: Type.Array(
    Type.Object({
      personId: Uuid,
      nameEn: Type.String(),
      nameZh: Type.String(),
      done: Type.Integer(),
      planned: Type.Integer(),
    }),
  ),
  items: Type.Array(
    Type.Intersect([
      SampleItem,
      Type.Object({
        plan: Type.Object({ id: Uuid, title: Type.String() }),
        scorecardId: Uuid,
      }),
    ]),
  ),
});
export type QaQueue = Static<typeof QaQueue>;

export const SamplingCandidate = Type.Object({ userId: Uuid, name: Type.String() });
export type SamplingCandidate = Static<typeof SamplingCandidate>;

export const samplingEndpoints = {
  listPlans: endpoint({
    method: 'GET',
    path: '/api/v1/sampling-plans',
    access: 'assessments.manage',
    summary: 'QA sampling plans',
    response: Type.Array(SamplingPlanSummary),
  }),
  listAssessors: endpoint({
    method: 'GET',
    path: '/api/v1/sampling-plans/assessors',
    access: 'assessments.manage',
    summary: 'The users who may be a sampling plan’s assessors',
    response: Type.Array(SamplingCandidate),
  }),
  precision: endpoint({
    method: 'GET',
    path: '/api/v1/sampling-plans/precision',
    access: 'assessments.manage',
    summary: 'How precisely n evaluations per period pin down a person’s score on a scorecard',
    query: SamplingPrecisionQuery,
    response: SamplingPrecision,
  }),
  createPlan: endpoint({
    method: 'POST',
    path: '/api/v1/sampling-plans',
    access: 'assessments.manage',
    summary: 'Create a QA sampling plan',
    body: CreateSamplingPlanBody,
    response: SamplingPlan,
    status: 201,
  }),
  getPlan: endpoint({
    method: 'GET',
    path: '/api/v1/sampling-plans/:id',
    access: 'assessments.manage',
    summary: 'One sampling plan with its precision and a period’s draw and progress',
    params: IdParams,
    query: SamplingPeriodQuery,
    response: SamplingPlan,
  }),
  updatePlan: endpoint({
    method: 'PATCH',
    path: '/api/v1/sampling-plans/:id',
    access: 'assessments.manage',
    summary: 'Change or pause a sampling plan (draws already made stay)',
    params: IdParams,
    body: UpdateSamplingPlanBody,
    response: SamplingPlan,
  }),
  draw: endpoint({
    method: 'POST',
    path: '/api/v1/sampling-plans/:id/draws',
    access: 'assessments.manage',
    summary: 'Draw a period’s sample (once per period: drawing again answers the same draw)',
    params: IdParams,
    body: DrawSampleBody,
    response: SamplingPlan,
  }),
  queue: endpoint({
    method: 'GET',
    path: '/api/v1/qa-queue',
    access: 'assessments.score',
    summary: 'The caller’s sampled interactions to score in a period, with progress',
    query: SamplingPeriodQuery,
    response: QaQueue,
  }),
};
