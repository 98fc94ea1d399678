import { Type, type Static } from 'typebox';
import { IdParams, IsoDate, Line, Measure, Real, StringEnum, Text, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { CreateObservationBody } from './goals.contract.js';

export const INDICATOR_UNITS = [
  'percent',
  'score',
  'seconds',
  'minutes',
  'hours',
  'count',
  'currency',
  'ratio',
  'per_thousand',
  'points',
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];
/**
 * Units whose single values cannot be below zero: imports refuse a negative value, and figures
 * get intervals that stay above zero. `score` and `points` may be negative (a custom net score,
 * penalty points).
 */
export const NON_NEGATIVE_UNITS: ReadonlySet<IndicatorUnit> = new Set<IndicatorUnit>([
  'percent',
  'seconds',
  'minutes',
  'hours',
  'count',
  'currency',
  'ratio',
  'per_thousand',
]);
export const INDICATOR_DIRECTIONS = ['higher_better', 'lower_better'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];
/**
 * How observations combine. Every kind is a ratio of sums Σnumerator ÷ Σdenominator × scale:
 * proportion (successes of trials: CSAT, FCR; Wilson intervals apply), mean (a sum of values
 * over a count: AHT, CES, QA score; t intervals apply), ratio (two different quantities:
 * ATV, UPT, complaints per 1,000), net_score (promoters − detractors over responses: NPS).
 */
export const AGGREGATIONS = ['proportion', 'mean', 'ratio', 'net_score'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
export const INDICATOR_CATEGORIES = ['customer', 'efficiency', 'quality', 'sales', 'people'] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];
export const INDICATOR_SOURCES = [
  'helpdesk',
  'contact_centre',
  'pos',
  'qa',
  'survey',
  'hr',
  'manual',
] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });
const NullableLine = (max: number) => Type.Union([Line({ maxLength: max }), Type.Null()]);
const NullableText = (max: number) => Type.Union([Text({ maxLength: max }), Type.Null()]);

export const Indicator = Type.Object({
  id: Uuid,
  code: Type.String(),
  nameEn: Type.String(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  descriptionEn: Type.String(),
  descriptionZh: Type.Union([Type.String(), Type.Null()]),
  unit: StringEnum(INDICATOR_UNITS),
  direction: StringEnum(INDICATOR_DIRECTIONS),
  aggregation: StringEnum(AGGREGATIONS),
  scale: Type.Number(),
  category: StringEnum(INDICATOR_CATEGORIES),
  source: StringEnum(INDICATOR_SOURCES),
  numeratorLabel: Type.String(),
  denominatorLabel: Type.String(),
  formula: Type.String(),
  decimals: Type.Integer(),
  minSample: Type.Integer(),
  policyId: Type.Union([Uuid, Type.Null()]),
  preset: Type.Boolean(),
  active: Type.Boolean(),
});
export type Indicator = Static<typeof Indicator>;

export const CreateIndicatorBody = Type.Object(
  {
    code: Code,
    nameEn: Line({ minLength: 1, maxLength: 200 }),
    nameZh: Type.Optional(NullableLine(200)),
    descriptionEn: Type.Optional(Text({ maxLength: 4000 })),
    descriptionZh: Type.Optional(NullableText(4000)),
    unit: StringEnum(INDICATOR_UNITS),
    direction: StringEnum(INDICATOR_DIRECTIONS),
    aggregation: StringEnum(AGGREGATIONS),
    scale: Type.Optional(Real({ exclusiveMinimum: 0, maximum: 1_000_000 })),
    category: StringEnum(INDICATOR_CATEGORIES),
    source: StringEnum(INDICATOR_SOURCES),
    numeratorLabel: Line({ minLength: 1, maxLength: 200 }),
    denominatorLabel: Line({ minLength: 1, maxLength: 200 }),
    formula: Text({ minLength: 1, maxLength: 1000 }),
    decimals: Type.Optional(Type.Integer({ minimum: 0, maximum: 4 })),
    minSample: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    policyId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateIndicatorBody = Static<typeof CreateIndicatorBody>;

export const UpdateIndicatorBody = Type.Object(
  {
    nameEn: Type.Optional(Line({ minLength: 1, maxLength: 200 })),
    nameZh: Type.Optional(NullableLine(200)),
    descriptionEn: Type.Optional(Text({ maxLength: 4000 })),
    descriptionZh: Type.Optional(NullableText(4000)),
    decimals: Type.Optional(Type.Integer({ minimum: 0, maximum: 4 })),
    minSample: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
    policyId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateIndicatorBody = Static<typeof UpdateIndicatorBody>;

export const POLICY_KINDS = ['business_policy', 'service_standard'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const PolicyVersion = Type.Object({
  version: Type.Integer(),
  titleEn: Type.String(),
  titleZh: Type.Union([Type.String(), Type.Null()]),
  bodyEn: Type.String(),
  bodyZh: Type.Union([Type.String(), Type.Null()]),
  effectiveFrom: IsoDate,
  createdAt: Type.String(),
});
export type PolicyVersion = Static<typeof PolicyVersion>;

export const Policy = Type.Object({
  id: Uuid,
  code: Type.String(),
  kind: StringEnum(POLICY_KINDS),
  orgUnitId: Type.Union([Uuid, Type.Null()]),
  current: PolicyVersion,
  versions: Type.Integer(),
  indicatorIds: Type.Array(Uuid),
});
export type Policy = Static<typeof Policy>;

const PolicyText = {
  titleEn: Line({ minLength: 1, maxLength: 300 }),
  titleZh: Type.Optional(NullableLine(300)),
  bodyEn: Text({ minLength: 1, maxLength: 50_000 }),
  bodyZh: Type.Optional(NullableText(50_000)),
  effectiveFrom: IsoDate,
};
export const CreatePolicyBody = Type.Object(
  {
    code: Code,
    kind: StringEnum(POLICY_KINDS),
    orgUnitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    ...PolicyText,
  },
  { additionalProperties: false },
);
export type CreatePolicyBody = Static<typeof CreatePolicyBody>;
export const NewPolicyVersionBody = Type.Object(PolicyText, { additionalProperties: false });
export type NewPolicyVersionBody = Static<typeof NewPolicyVersionBody>;

export const Target = Type.Object({
  id: Uuid,
  indicatorId: Uuid,
  jobRoleId: Type.Union([Uuid, Type.Null()]),
  orgUnitId: Type.Union([Uuid, Type.Null()]),
  standard: Type.Number(),
  stretch: Type.Union([Type.Number(), Type.Null()]),
  effectiveFrom: IsoDate,
  effectiveTo: Type.Union([IsoDate, Type.Null()]),
});
export type Target = Static<typeof Target>;

export const CreateTargetBody = Type.Object(
  {
    indicatorId: Uuid,
    jobRoleId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    orgUnitId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    standard: Measure,
    stretch: Type.Optional(Type.Union([Measure, Type.Null()])),
    effectiveFrom: IsoDate,
    effectiveTo: Type.Optional(Type.Union([IsoDate, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateTargetBody = Static<typeof CreateTargetBody>;

export const TargetQuery = Type.Object(
  { indicatorId: Type.Optional(Uuid), jobRoleId: Type.Optional(Uuid), orgUnitId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type TargetQuery = Static<typeof TargetQuery>;

export const IndicatorQuery = Type.Object(
  { includeInactive: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type IndicatorQuery = Static<typeof IndicatorQuery>;

/** How many preset indicators were added (those already there are left as they are). */
export const PresetsInstalled = Type.Object({ added: Type.Integer() });
export type PresetsInstalled = Static<typeof PresetsInstalled>;

/** The id of an observation recorded by hand. */
export const ObservationRecorded = Type.Object({ id: Type.Integer() });
export type ObservationRecorded = Static<typeof ObservationRecorded>;

/** Indicators, target policies, targets and observations recorded by hand. */
export const indicatorsEndpoints = {
  listIndicators: endpoint({
    method: 'GET',
    path: '/api/v1/indicators',
    access: 'indicators.read',
    summary: 'List indicators',
    query: IndicatorQuery,
    response: Type.Array(Indicator),
  }),
  getIndicator: endpoint({
    method: 'GET',
    path: '/api/v1/indicators/:id',
    access: 'indicators.read',
    summary: 'Get an indicator',
    params: IdParams,
    response: Indicator,
  }),
  createIndicator: endpoint({
    method: 'POST',
    path: '/api/v1/indicators',
    access: 'indicators.write',
    summary: 'Create an indicator',
    body: CreateIndicatorBody,
    response: Indicator,
    status: 201,
  }),
  updateIndicator: endpoint({
    method: 'PATCH',
    path: '/api/v1/indicators/:id',
    access: 'indicators.write',
    summary: 'Change an indicator',
    params: IdParams,
    body: UpdateIndicatorBody,
    response: Indicator,
  }),
  installPresets: endpoint({
    method: 'POST',
    path: '/api/v1/indicators/presets',
    access: 'indicators.write',
    summary: 'Install preset indicators',
    response: PresetsInstalled,
  }),
  listPolicies: endpoint({
    method: 'GET',
    path: '/api/v1/policies',
    access: 'indicators.read',
    summary: 'List target policies',
    response: Type.Array(Policy),
  }),
  getPolicy: endpoint({
    method: 'GET',
    path: '/api/v1/policies/:id',
    access: 'indicators.read',
    summary: 'Get a target policy',
    params: IdParams,
    response: Policy,
  }),
  policyVersions: endpoint({
    method: 'GET',
    path: '/api/v1/policies/:id/versions',
    access: 'indicators.read',
    summary: "List a target policy's versions",
    params: IdParams,
    response: Type.Array(PolicyVersion),
  }),
  createPolicy: endpoint({
    method: 'POST',
    path: '/api/v1/policies',
    access: 'policies.write',
    summary: 'Create a target policy',
    body: CreatePolicyBody,
    response: Policy,
    status: 201,
  }),
  addPolicyVersion: endpoint({
    method: 'POST',
    path: '/api/v1/policies/:id/versions',
    access: 'policies.write',
    summary: 'Publish a new version of a target policy',
    params: IdParams,
    body: NewPolicyVersionBody,
    response: Policy,
    status: 201,
  }),
  listTargets: endpoint({
    method: 'GET',
    path: '/api/v1/targets',
    access: 'indicators.read',
    summary: 'List targets',
    query: TargetQuery,
    response: Type.Array(Target),
  }),
  createTarget: endpoint({
    method: 'POST',
    path: '/api/v1/targets',
    access: 'targets.write',
    summary: 'Set a target',
    body: CreateTargetBody,
    response: Target,
    status: 201,
  }),
  deleteTarget: endpoint({
    method: 'DELETE',
    path: '/api/v1/targets/:id',
    access: 'targets.write',
    summary: 'Delete a target',
    params: IdParams,
    response: Type.Null(),
    status: 204,
  }),
  recordObservation: endpoint({
    method: 'POST',
    path: '/api/v1/observations',
    access: 'observations.write',
    summary: 'Record one observation by hand',
    body: CreateObservationBody,
    response: ObservationRecorded,
    status: 201,
  }),
};
