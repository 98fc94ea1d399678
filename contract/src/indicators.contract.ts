import { Type, type Static } from 'typebox';
import { IsoDate, Line, Measure, Real, StringEnum, Text, Uuid } from './common.contract.js';

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
