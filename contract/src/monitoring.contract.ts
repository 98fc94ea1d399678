import { Type, type Static } from 'typebox';
import { IdParams, IsoDate, Page, StringEnum, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { ListObservationsQuery, ObservationView } from './imports.contract.js';
import { AGGREGATIONS, INDICATOR_DIRECTIONS, INDICATOR_UNITS } from './indicators.contract.js';

export const GRAINS = ['day', 'week', 'month', 'quarter'] as const;
export type Grain = (typeof GRAINS)[number];

/** Whether the evidence says a figure is below or above its standard (interval vs target). */
export const STANDING = ['below', 'meets', 'above', 'unclear', 'no_target', 'no_data'] as const;
export type Standing = (typeof STANDING)[number];

export const SIGNALS = ['beyond_limits', 'run', 'trend'] as const;
export type SignalKind = (typeof SIGNALS)[number];

/**
 * How a figure's interval was computed: `wilson` (Wilson score, proportions), `t` (Student t of the
 * weighted mean), `log_t` (t interval of the log of the mean, for values that cannot be negative:
 * durations, money, counts; never below zero, wider above than below).
 */
export const INTERVAL_METHODS = ['wilson', 't', 'log_t'] as const;
export type IntervalMethod = (typeof INTERVAL_METHODS)[number];

export const DashboardQuery = Type.Object(
  {
    from: IsoDate,
    to: IsoDate,
    grain: Type.Optional(StringEnum(GRAINS, { default: 'week' })),
    unitId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type DashboardQuery = Static<typeof DashboardQuery>;

export const IndicatorRef = Type.Object({
  id: Uuid,
  code: Type.String(),
  nameEn: Type.String(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  unit: StringEnum(INDICATOR_UNITS),
  direction: StringEnum(INDICATOR_DIRECTIONS),
  aggregation: StringEnum(AGGREGATIONS),
  decimals: Type.Integer(),
  minSample: Type.Integer(),
});
export type IndicatorRef = Static<typeof IndicatorRef>;

const N = Type.Union([Type.Number(), Type.Null()]);

/** A figure with its evidence: value, 95% interval, sample size (Σ denominator). */
export const Figure = Type.Object({
  value: N,
  low: N,
  high: N,
  sample: Type.Number(),
  lowSample: Type.Boolean(),
  target: N,
  /** value ÷ target × 100 (target ÷ value for lower-is-better). */
  attainment: N,
  standing: StringEnum(STANDING),
  /** How low/high were computed; absent when there is no interval. */
  method: Type.Optional(StringEnum(INTERVAL_METHODS)),
});
export type Figure = Static<typeof Figure>;

export const Signal = Type.Object({
  kind: StringEnum(SIGNALS),
  side: StringEnum(['up', 'down'] as const),
  /** The signal is good news (up for higher-is-better) or bad news. */
  good: Type.Boolean(),
  period: Type.String(),
});
export type Signal = Static<typeof Signal>;

export const Cell = Type.Evaluate(
  Type.Intersect([
    Figure,
    Type.Object({
      /** Shrunk towards the group (empirical Bayes) for fair ranking; null without data. */
      shrunk: N,
      rank: Type.Union([Type.Integer(), Type.Null()]),
      /** Value per period of the range, for the sparkline. */
      spark: Type.Array(N),
      signal: Type.Union([Signal, Type.Null()]),
    }),
  ]),
);
export type Cell = Static<typeof Cell>;

export const DashboardPerson = Type.Object({
  id: Uuid,
  employeeNumber: Type.String(),
  nameEn: Type.String(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  orgUnitName: Type.String(),
  orgUnitNameZh: Type.Union([Type.String(), Type.Null()]),
  jobRoleName: Type.Union([Type.String(), Type.Null()]),
  jobRoleNameZh: Type.Union([Type.String(), Type.Null()]),
});
export type DashboardPerson = Static<typeof DashboardPerson>;

export const Period = Type.Object({ label: Type.String(), start: IsoDate, end: IsoDate });
export type Period = Static<typeof Period>;

export const TeamDashboard = Type.Object({
  from: IsoDate,
  to: IsoDate,
  grain: StringEnum(GRAINS),
  unit: Type.Union([
    Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ]),
  periods: Type.Array(Period),
  /** The last day with figures for the people in view (null: none yet), to say where data ends. */
  latestDay: Type.Union([IsoDate, Type.Null()]),
  indicators: Type.Array(IndicatorRef),
  /** The whole group, per indicator id. */
  total: Type.Record(Type.String(), Cell),
  rows: Type.Array(Type.Object({ person: DashboardPerson, cells: Type.Record(Type.String(), Cell) })),
});
export type TeamDashboard = Static<typeof TeamDashboard>;

export const OrgDashboard = Type.Object({
  from: IsoDate,
  to: IsoDate,
  grain: StringEnum(GRAINS),
  unit: Type.Union([
    Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]) }),
    Type.Null(),
  ]),
  periods: Type.Array(Period),
  /** The last day with figures for the people in view (null: none yet), to say where data ends. */
  latestDay: Type.Union([IsoDate, Type.Null()]),
  indicators: Type.Array(IndicatorRef),
  total: Type.Record(Type.String(), Cell),
  rows: Type.Array(
    Type.Object({
      unit: Type.Object({
        id: Uuid,
        code: Type.String(),
        kind: Type.String(),
        nameEn: Type.String(),
        nameZh: Type.Union([Type.String(), Type.Null()]),
      }),
      people: Type.Integer(),
      cells: Type.Record(Type.String(), Cell),
    }),
  ),
});
export type OrgDashboard = Static<typeof OrgDashboard>;

export const SeriesPoint = Type.Object({
  label: Type.String(),
  start: IsoDate,
  end: IsoDate,
  value: N,
  low: N,
  high: N,
  sample: Type.Number(),
  centre: N,
  ucl: N,
  lcl: N,
  signals: Type.Array(Signal),
});
export type SeriesPoint = Static<typeof SeriesPoint>;

export const PersonDashboard = Type.Object({
  person: DashboardPerson,
  from: IsoDate,
  to: IsoDate,
  grain: StringEnum(GRAINS),
  latestDay: Type.Union([IsoDate, Type.Null()]),
  indicators: Type.Array(
    Type.Object({
      indicator: IndicatorRef,
      figure: Cell,
      /** The team the person belongs to (their org unit), same period, for comparison. */
      team: Figure,
      stretch: N,
      goal: Type.Union([Type.Object({ id: Uuid, target: Type.Number(), title: Type.String() }), Type.Null()]),
      series: Type.Array(SeriesPoint),
    }),
  ),
});
export type PersonDashboard = Static<typeof PersonDashboard>;

export const ATTENTION_REASONS = ['below_standard', 'deteriorating', 'goal_off_track'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/**
 * What the reader may do about a row of the queue (the server decides it with the coaching rules,
 * server/src/features/coaching/coaching.policy.ts). The web offers an action only when it is true.
 */
export const AttentionAbilities = Type.Object({
  /** Start a coaching plan for the person (the coach side: coaching.manage, the person seen, not oneself). */
  startCoaching: Type.Boolean(),
  /** Start an improvement plan for the person (the leader side: improvement_plans.manage, the person seen, not oneself). */
  startImprovementPlan: Type.Boolean(),
});
export type AttentionAbilities = Static<typeof AttentionAbilities>;

export const AttentionItem = Type.Object({
  person: DashboardPerson,
  indicator: IndicatorRef,
  reasons: Type.Array(StringEnum(ATTENTION_REASONS)),
  figure: Figure,
  signal: Type.Union([Signal, Type.Null()]),
  abilities: AttentionAbilities,
});
export type AttentionItem = Static<typeof AttentionItem>;

export const AttentionQuery = Type.Object(
  { from: Type.Optional(IsoDate), to: Type.Optional(IsoDate) },
  { additionalProperties: false },
);
export type AttentionQuery = Static<typeof AttentionQuery>;

export const AttentionList = Type.Object({
  from: IsoDate,
  to: IsoDate,
  items: Type.Array(AttentionItem),
});
export type AttentionList = Static<typeof AttentionList>;

/** A page of a person's observations. */
export const ObservationPage = Page(ObservationView);
export type ObservationPage = Static<typeof ObservationPage>;

/** The dashboards, a person's observations and the "needs attention" list. */
export const monitoringEndpoints = {
  org: endpoint({
    method: 'GET',
    path: '/api/v1/dashboards/org',
    access: 'dashboards.read',
    summary: 'The organisation dashboard',
    query: DashboardQuery,
    response: OrgDashboard,
  }),
  team: endpoint({
    method: 'GET',
    path: '/api/v1/dashboards/team',
    access: 'dashboards.read',
    summary: "A team's dashboard",
    query: DashboardQuery,
    response: TeamDashboard,
  }),
  person: endpoint({
    method: 'GET',
    path: '/api/v1/dashboards/person/:id',
    access: 'dashboards.read',
    summary: "A person's dashboard",
    params: IdParams,
    query: DashboardQuery,
    response: PersonDashboard,
  }),
  observations: endpoint({
    method: 'GET',
    path: '/api/v1/people/:id/observations',
    access: 'dashboards.read',
    summary: "A person's observations",
    params: IdParams,
    query: ListObservationsQuery,
    response: ObservationPage,
  }),
  attention: endpoint({
    method: 'GET',
    path: '/api/v1/attention',
    access: 'dashboards.read',
    summary: 'People and figures that need attention',
    query: AttentionQuery,
    response: AttentionList,
  }),
};
