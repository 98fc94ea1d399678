import { Type, type Static } from 'typebox';
import { IdParams, IsoDate, IsoDateTime, Line, MAX_INT, StringEnum, Text, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';

/** Contract for feedback (praise or improvement, linked to evidence) and the recognition wall. */

export const FEEDBACK_KINDS = ['praise', 'improvement'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

/** Evidence as given: what the feedback is about. The server stores it with the figure of the time. */
export const FeedbackEvidenceInput = Type.Union([
  Type.Object(
    { type: Type.Literal('indicator_period'), indicatorId: Uuid, from: IsoDate, to: IsoDate },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('observation'),
      observationId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
    },
    { additionalProperties: false },
  ),
  Type.Object({ type: Type.Literal('import_batch'), batchId: Uuid }, { additionalProperties: false }),
  Type.Object(
    {
      type: Type.Literal('assessment'),
      ref: Line({ minLength: 1, maxLength: 200 }),
      title: Line({ minLength: 1, maxLength: 200 }),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal('shop_floor'),
      note: Text({ minLength: 1, maxLength: 2000 }),
      observedAt: IsoDateTime,
    },
    { additionalProperties: false },
  ),
]);
export type FeedbackEvidenceInput = Static<typeof FeedbackEvidenceInput>;

/** Evidence as stored: indicator periods and observations carry the figure as it was when given. */
export const FeedbackEvidence = Type.Union([
  Type.Object({
    type: Type.Literal('indicator_period'),
    indicatorId: Uuid,
    indicatorCode: Type.String(),
    from: IsoDate,
    to: IsoDate,
    value: NullableNumber,
    low: NullableNumber,
    high: NullableNumber,
    /** The sample (Σ denominator) behind the value. */
    n: Type.Number(),
  }),
  Type.Object({
    type: Type.Literal('observation'),
    observationId: Type.Integer(),
    indicatorId: Uuid,
    indicatorCode: Type.String(),
    occurredOn: IsoDate,
    numerator: Type.Number(),
    denominator: Type.Number(),
  }),
  Type.Object({
    type: Type.Literal('import_batch'),
    batchId: Uuid,
    fileName: Type.String(),
    /** The person's rows in that batch. */
    rows: Type.Integer(),
  }),
  Type.Object({ type: Type.Literal('assessment'), ref: Type.String(), title: Type.String() }),
  Type.Object({ type: Type.Literal('shop_floor'), note: Type.String(), observedAt: IsoDateTime }),
]);
export type FeedbackEvidence = Static<typeof FeedbackEvidence>;

export const CreateFeedbackBody = Type.Object(
  {
    kind: StringEnum(FEEDBACK_KINDS),
    body: Text({ minLength: 1, maxLength: 4000 }),
    evidence: Type.Optional(Type.Array(FeedbackEvidenceInput, { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type CreateFeedbackBody = Static<typeof CreateFeedbackBody>;

export const ReplyFeedbackBody = Type.Object(
  { reply: Text({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);
export type ReplyFeedbackBody = Static<typeof ReplyFeedbackBody>;

/** What the reader may do with feedback (server/src/features/feedback/feedback.policy.ts): the person only. */
export const FeedbackAbilities = Type.Object({ acknowledge: Type.Boolean(), reply: Type.Boolean() });
export type FeedbackAbilities = Static<typeof FeedbackAbilities>;

export const FeedbackView = Type.Object({
  id: Uuid,
  personId: Uuid,
  personName: Type.String(),
  authorUserId: Type.Union([Uuid, Type.Null()]),
  authorName: Type.Union([Type.String(), Type.Null()]),
  kind: StringEnum(FEEDBACK_KINDS),
  body: Type.String(),
  evidence: Type.Array(FeedbackEvidence),
  acknowledgedAt: Type.Union([IsoDateTime, Type.Null()]),
  reply: Type.Union([Type.String(), Type.Null()]),
  repliedAt: Type.Union([IsoDateTime, Type.Null()]),
  createdAt: IsoDateTime,
  abilities: FeedbackAbilities,
});
export type FeedbackView = Static<typeof FeedbackView>;

export const FeedbackPage = Type.Object({
  items: Type.Array(FeedbackView),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type FeedbackPage = Static<typeof FeedbackPage>;

export const FeedbackPageQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_INT })),
  },
  { additionalProperties: false },
);
export type FeedbackPageQuery = Static<typeof FeedbackPageQuery>;

/** The fixed list of badges (recognition posts and reward schemes). */
export const RECOGNITION_BADGES = [
  'customer_hero',
  'team_player',
  'problem_solver',
  'above_and_beyond',
  'fast_responder',
  'csat_star',
] as const;
export type RecognitionBadge = (typeof RECOGNITION_BADGES)[number];

export const CreateRecognitionBody = Type.Object(
  {
    personId: Uuid,
    message: Text({ minLength: 1, maxLength: 1000 }),
    badge: Type.Optional(StringEnum(RECOGNITION_BADGES)),
  },
  { additionalProperties: false },
);
export type CreateRecognitionBody = Static<typeof CreateRecognitionBody>;

export const RecognitionView = Type.Object({
  id: Uuid,
  personId: Uuid,
  personName: Type.String(),
  orgUnitId: Uuid,
  orgUnitName: Type.String(),
  authorUserId: Type.Union([Uuid, Type.Null()]),
  /** null for an award given by a reward scheme. */
  authorName: Type.Union([Type.String(), Type.Null()]),
  message: Type.String(),
  badge: Type.Union([Type.String(), Type.Null()]),
  points: Type.Integer(),
  awardId: Type.Union([Uuid, Type.Null()]),
  createdAt: IsoDateTime,
});
export type RecognitionView = Static<typeof RecognitionView>;

export const RecognitionQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_INT })),
  },
  { additionalProperties: false },
);
export type RecognitionQuery = Static<typeof RecognitionQuery>;

export const RecognitionWall = Type.Object({
  unit: Type.Object({ id: Uuid, nameEn: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]) }),
  items: Type.Array(RecognitionView),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type RecognitionWall = Static<typeof RecognitionWall>;

/** People one may praise on the wall: everyone active at one's own site (store or centre). */
export const RecognitionColleague = Type.Object({
  id: Uuid,
  employeeNumber: Type.String(),
  nameEn: Type.String(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  orgUnitName: Type.String(),
  orgUnitNameZh: Type.Union([Type.String(), Type.Null()]),
});
export type RecognitionColleague = Static<typeof RecognitionColleague>;

/** Feedback to a person, and the recognition wall. */
export const feedbackEndpoints = {
  listForPerson: endpoint({
    method: 'GET',
    path: '/api/v1/people/:id/feedback',
    access: 'people.read',
    summary: 'Feedback given to a person',
    params: IdParams,
    query: FeedbackPageQuery,
    response: FeedbackPage,
  }),
  give: endpoint({
    method: 'POST',
    path: '/api/v1/people/:id/feedback',
    access: 'feedback.give',
    summary: 'Give a person feedback',
    params: IdParams,
    body: CreateFeedbackBody,
    response: FeedbackView,
    status: 201,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/feedback/:id',
    access: 'people.read',
    summary: 'Get one piece of feedback',
    params: IdParams,
    response: FeedbackView,
  }),
  acknowledge: endpoint({
    method: 'POST',
    path: '/api/v1/feedback/:id/acknowledge',
    access: 'authenticated',
    summary: 'Acknowledge feedback you received',
    params: IdParams,
    response: FeedbackView,
  }),
  reply: endpoint({
    method: 'POST',
    path: '/api/v1/feedback/:id/reply',
    access: 'authenticated',
    summary: 'Reply to feedback you received',
    params: IdParams,
    body: ReplyFeedbackBody,
    response: FeedbackView,
  }),
  wall: endpoint({
    method: 'GET',
    path: '/api/v1/recognition',
    access: 'authenticated',
    summary: 'The recognition wall',
    query: RecognitionQuery,
    response: RecognitionWall,
  }),
  colleagues: endpoint({
    method: 'GET',
    path: '/api/v1/recognition/colleagues',
    access: 'recognition.post',
    summary: 'Colleagues you can recognise',
    response: Type.Array(RecognitionColleague),
  }),
  recognise: endpoint({
    method: 'POST',
    path: '/api/v1/recognition',
    access: 'recognition.post',
    summary: 'Recognise a colleague',
    body: CreateRecognitionBody,
    response: RecognitionView,
    status: 201,
  }),
};
