import { Type, type Static } from 'typebox';
import { IdParams, IsoDate, IsoDateTime, Line, Measure, StringEnum, Text, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';
import { RECOGNITION_BADGES } from './feedback.contract.js';

/** Contract for reward schemes (rules on indicators, or manual), awards and leaderboards. */

export const SCHEME_KINDS = ['rule', 'manual'] as const;
export type SchemeKind = (typeof SCHEME_KINDS)[number];
export const COMPARATORS = ['gte', 'lte'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const SCHEME_PERIODS = ['month', 'quarter'] as const;
export type SchemePeriod = (typeof SCHEME_PERIODS)[number];

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' });

export const RewardScheme = Type.Object({
  id: Uuid,
  code: Type.String(),
  nameEn: Type.String(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  kind: StringEnum(SCHEME_KINDS),
  indicatorId: Type.Union([Uuid, Type.Null()]),
  comparator: Type.Union([StringEnum(COMPARATORS), Type.Null()]),
  /** In the indicator's display units (95 for a CSAT of 95%). */
  threshold: NullableNumber,
  minSample: Type.Union([Type.Integer(), Type.Null()]),
  period: Type.Union([StringEnum(SCHEME_PERIODS), Type.Null()]),
  points: Type.Integer(),
  badge: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  createdAt: IsoDateTime,
});
export type RewardScheme = Static<typeof RewardScheme>;

const SchemeCommon = {
  code: Code,
  nameEn: Line({ minLength: 1, maxLength: 200 }),
  nameZh: Type.Optional(Type.Union([Line({ maxLength: 200 }), Type.Null()])),
  points: Type.Integer({ minimum: 0, maximum: 100000 }),
  badge: Type.Optional(Type.Union([StringEnum(RECOGNITION_BADGES), Type.Null()])),
};

export const CreateRewardSchemeBody = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('rule'),
      ...SchemeCommon,
      indicatorId: Uuid,
      comparator: StringEnum(COMPARATORS),
      threshold: Measure,
      minSample: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
      period: StringEnum(SCHEME_PERIODS),
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('manual'), ...SchemeCommon }, { additionalProperties: false }),
]);
export type CreateRewardSchemeBody = Static<typeof CreateRewardSchemeBody>;

/** The rule of a scheme is fixed once created (awards were given by it); names, points, badge and state change. */
export const UpdateRewardSchemeBody = Type.Object(
  {
    nameEn: Type.Optional(SchemeCommon.nameEn),
    nameZh: SchemeCommon.nameZh,
    points: Type.Optional(SchemeCommon.points),
    badge: SchemeCommon.badge,
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateRewardSchemeBody = Static<typeof UpdateRewardSchemeBody>;

export const RewardSchemeQuery = Type.Object(
  { active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type RewardSchemeQuery = Static<typeof RewardSchemeQuery>;

/** What an award was given on: the figure for the period (rule) or nothing (manual). */
export const AwardEvidence = Type.Object({
  indicatorId: Type.Optional(Uuid),
  value: Type.Optional(NullableNumber),
  low: Type.Optional(NullableNumber),
  high: Type.Optional(NullableNumber),
  n: Type.Optional(Type.Number()),
  threshold: Type.Optional(Type.Number()),
  minSample: Type.Optional(Type.Number()),
});
export type AwardEvidence = Static<typeof AwardEvidence>;

export const Award = Type.Object({
  id: Uuid,
  schemeId: Uuid,
  schemeCode: Type.String(),
  schemeName: Type.String(),
  personId: Uuid,
  personName: Type.String(),
  periodStart: Type.Union([IsoDate, Type.Null()]),
  periodEnd: Type.Union([IsoDate, Type.Null()]),
  points: Type.Integer(),
  badge: Type.Union([Type.String(), Type.Null()]),
  evidence: AwardEvidence,
  reason: Type.Union([Type.String(), Type.Null()]),
  awardedBy: Type.Union([Uuid, Type.Null()]),
  createdAt: IsoDateTime,
});
export type Award = Static<typeof Award>;

export const EvaluateSchemeBody = Type.Object({ periodStart: IsoDate }, { additionalProperties: false });
export type EvaluateSchemeBody = Static<typeof EvaluateSchemeBody>;

export const EvaluationResult = Type.Object({
  schemeId: Uuid,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  /** People in scope whose figure was looked at. */
  evaluated: Type.Integer(),
  awarded: Type.Array(Award),
  /** Already awarded for this period by an earlier evaluation (no duplicates). */
  alreadyAwarded: Type.Integer(),
});
export type EvaluationResult = Static<typeof EvaluationResult>;

export const CreateAwardBody = Type.Object(
  { schemeId: Uuid, personId: Uuid, reason: Text({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);
export type CreateAwardBody = Static<typeof CreateAwardBody>;

export const PersonAwards = Type.Object({
  personId: Uuid,
  totalPoints: Type.Integer(),
  badges: Type.Array(Type.Object({ badge: Type.String(), count: Type.Integer() })),
  items: Type.Array(Award),
});
export type PersonAwards = Static<typeof PersonAwards>;

export const LeaderboardQuery = Type.Object(
  { indicatorId: Uuid, from: IsoDate, to: IsoDate, unitId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type LeaderboardQuery = Static<typeof LeaderboardQuery>;

export const LeaderboardPerson = Type.Object({
  id: Uuid,
  employeeNumber: Type.String(),
  nameEn: Type.String(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  orgUnitName: Type.String(),
});

export const LeaderboardRow = Type.Object({
  person: LeaderboardPerson,
  /** The raw figure (display units), its 95% interval and sample. */
  value: NullableNumber,
  low: NullableNumber,
  high: NullableNumber,
  n: Type.Number(),
  /** Shrunk toward the group, as on the dashboards; the rank follows it. */
  shrunk: NullableNumber,
  rank: Type.Union([Type.Integer(), Type.Null()]),
  /** Award points in the period. */
  points: Type.Integer(),
});
export type LeaderboardRow = Static<typeof LeaderboardRow>;

export const Leaderboard = Type.Object({
  indicator: Type.Object({
    id: Uuid,
    code: Type.String(),
    nameEn: Type.String(),
    nameZh: Type.Union([Type.String(), Type.Null()]),
    direction: Type.String(),
    minSample: Type.Integer(),
  }),
  from: IsoDate,
  to: IsoDate,
  rows: Type.Array(LeaderboardRow),
});
export type Leaderboard = Static<typeof Leaderboard>;

export const PointsLeaderboardQuery = Type.Object(
  { from: IsoDate, to: IsoDate, unitId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export type PointsLeaderboardQuery = Static<typeof PointsLeaderboardQuery>;

export const PointsLeaderboard = Type.Object({
  from: IsoDate,
  to: IsoDate,
  rows: Type.Array(
    Type.Object({
      person: LeaderboardPerson,
      points: Type.Integer(),
      awards: Type.Integer(),
      rank: Type.Integer(),
    }),
  ),
});
export type PointsLeaderboard = Static<typeof PointsLeaderboard>;

export const rewardsEndpoints = {
  listSchemes: endpoint({
    method: 'GET',
    path: '/api/v1/reward-schemes',
    access: 'authenticated',
    summary: 'List reward schemes',
    query: RewardSchemeQuery,
    response: Type.Array(RewardScheme),
  }),
  getScheme: endpoint({
    method: 'GET',
    path: '/api/v1/reward-schemes/:id',
    access: 'authenticated',
    summary: 'Get a reward scheme',
    params: IdParams,
    response: RewardScheme,
  }),
  createScheme: endpoint({
    method: 'POST',
    path: '/api/v1/reward-schemes',
    access: 'rewards.manage',
    summary: 'Create a reward scheme',
    body: CreateRewardSchemeBody,
    response: RewardScheme,
    status: 201,
  }),
  updateScheme: endpoint({
    method: 'PATCH',
    path: '/api/v1/reward-schemes/:id',
    access: 'rewards.manage',
    summary: 'Change a reward scheme',
    params: IdParams,
    body: UpdateRewardSchemeBody,
    response: RewardScheme,
  }),
  deleteScheme: endpoint({
    method: 'DELETE',
    path: '/api/v1/reward-schemes/:id',
    access: 'rewards.manage',
    summary: 'Delete a reward scheme',
    params: IdParams,
    response: Type.Null(),
    status: 204,
  }),
  evaluateScheme: endpoint({
    method: 'POST',
    path: '/api/v1/reward-schemes/:id/evaluate',
    access: 'rewards.manage',
    summary: 'Evaluate a reward scheme for a period (who qualifies)',
    params: IdParams,
    body: EvaluateSchemeBody,
    response: EvaluationResult,
  }),
  award: endpoint({
    method: 'POST',
    path: '/api/v1/awards',
    access: 'rewards.manage',
    summary: 'Grant an award',
    body: CreateAwardBody,
    response: Award,
    status: 201,
  }),
  personAwards: endpoint({
    method: 'GET',
    path: '/api/v1/people/:id/awards',
    access: 'people.read',
    summary: "A person's awards",
    params: IdParams,
    response: PersonAwards,
  }),
  leaderboard: endpoint({
    method: 'GET',
    path: '/api/v1/leaderboard',
    access: 'dashboards.read',
    summary: 'The leaderboard',
    query: LeaderboardQuery,
    response: Leaderboard,
  }),
  pointsLeaderboard: endpoint({
    method: 'GET',
    path: '/api/v1/leaderboard/points',
    access: 'dashboards.read',
    summary: 'The leaderboard of award points',
    query: PointsLeaderboardQuery,
    response: PointsLeaderboard,
  }),
};
