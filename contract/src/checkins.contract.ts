import { Type, type Static } from 'typebox';
import {
  IdParams,
  IsoDate,
  IsoDateTime,
  Line,
  MAX_INT,
  Page,
  StringEnum,
  Text,
  Uuid,
} from './common.contract.js';
import { endpoint, FileResponse } from './endpoint.js';
import { Signal, STANDING } from './monitoring.contract.js';

/** Contract for check-ins (1:1s), their cadence, action items and the performance file. */

export const CHECKIN_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type CheckinStatus = (typeof CHECKIN_STATUSES)[number];

/** Where a person stands against their cadence: due today, overdue, not yet due, or no cadence set. */
export const CADENCE_STATUSES = ['due', 'overdue', 'ok', 'no_cadence'] as const;
export type CadenceStatus = (typeof CADENCE_STATUSES)[number];

const NullableString = Type.Union([Type.String(), Type.Null()]);
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const NullableDateTime = Type.Union([IsoDateTime, Type.Null()]);
const NullableDate = Type.Union([IsoDate, Type.Null()]);

export const CheckinCadence = Type.Object({
  personId: Uuid,
  /** null: no cadence set. */
  everyDays: Type.Union([Type.Integer(), Type.Null()]),
  lastHeldAt: NullableDateTime,
  /** The date the next check-in is due (null without a cadence); never held → due today. */
  nextDueOn: NullableDate,
  status: StringEnum(CADENCE_STATUSES),
  /** The next planned check-in, if one is scheduled. */
  nextPlannedAt: NullableDateTime,
});
export type CheckinCadence = Static<typeof CheckinCadence>;

export const PutCadenceBody = Type.Object(
  { everyDays: Type.Integer({ minimum: 1, maximum: 365 }) },
  { additionalProperties: false },
);
export type PutCadenceBody = Static<typeof PutCadenceBody>;

const Half = Type.Object({
  from: IsoDate,
  to: IsoDate,
  value: NullableNumber,
  sample: Type.Number(),
  standing: StringEnum(STANDING),
});

/** What the agenda is pre-filled with; refreshed on demand. */
export const CheckinAgenda = Type.Object({
  generatedAt: NullableDateTime,
  indicators: Type.Array(
    Type.Object({
      indicatorId: Uuid,
      code: Type.String(),
      nameEn: Type.String(),
      nameZh: NullableString,
      /** The last 4 weeks. */
      current: Half,
      /** The 4 weeks before. */
      previous: Half,
      change: NullableNumber,
      signal: Type.Union([Signal, Type.Null()]),
    }),
  ),
  goals: Type.Array(
    Type.Object({
      id: Uuid,
      title: Type.String(),
      status: Type.String(),
      target: NullableNumber,
      periodEnd: IsoDate,
      /** The indicator's value over the last 4 weeks, when the goal is on an indicator. */
      current: NullableNumber,
    }),
  ),
  actionItems: Type.Array(
    Type.Object({ id: Uuid, title: Type.String(), dueOn: NullableDate, ownerPersonId: Uuid }),
  ),
  feedback: Type.Array(
    Type.Object({ id: Uuid, kind: Type.String(), body: Type.String(), createdAt: IsoDateTime }),
  ),
});
export type CheckinAgenda = Static<typeof CheckinAgenda>;

/** What the reader may do with an action item (server/src/features/checkins/checkins.policy.ts). */
export const ActionItemAbilities = Type.Object({
  /** Change the title and due date: the leader side. */
  edit: Type.Boolean(),
  /** Tick it done or undone: the leader side or the item's owner. */
  toggle: Type.Boolean(),
});
export type ActionItemAbilities = Static<typeof ActionItemAbilities>;

/** What the reader may do with a check-in (server/src/features/checkins/checkins.policy.ts). */
export const CheckinAbilities = Type.Object({
  /** Shared and private notes, action items (the leader side; not once cancelled). */
  edit: Type.Boolean(),
  /** Rebuild the agenda from the person's data now (the leader side; planned only). */
  refreshAgenda: Type.Boolean(),
  hold: Type.Boolean(),
  cancel: Type.Boolean(),
  seePrivate: Type.Boolean(),
});
export type CheckinAbilities = Static<typeof CheckinAbilities>;

export const ActionItem = Type.Object({
  id: Uuid,
  personId: Uuid,
  personName: Type.String(),
  checkinId: Type.Union([Uuid, Type.Null()]),
  ownerPersonId: Uuid,
  ownerName: Type.String(),
  title: Type.String(),
  dueOn: NullableDate,
  doneAt: NullableDateTime,
  overdue: Type.Boolean(),
  createdAt: IsoDateTime,
  abilities: ActionItemAbilities,
});
export type ActionItem = Static<typeof ActionItem>;

export const CheckinSummary = Type.Object({
  id: Uuid,
  personId: Uuid,
  personName: Type.String(),
  leaderPersonId: Type.Union([Uuid, Type.Null()]),
  leaderName: NullableString,
  scheduledAt: IsoDateTime,
  durationMinutes: Type.Integer(),
  location: NullableString,
  status: StringEnum(CHECKIN_STATUSES),
  heldAt: NullableDateTime,
});
export type CheckinSummary = Static<typeof CheckinSummary>;

export const Checkin = Type.Object({
  ...CheckinSummary.properties,
  agenda: CheckinAgenda,
  sharedNotes: Type.String(),
  /** Only for the leader side; always null for the person themself. */
  privateNotes: NullableString,
  actionItems: Type.Array(ActionItem),
  createdAt: IsoDateTime,
  abilities: CheckinAbilities,
});
export type Checkin = Static<typeof Checkin>;

export const CheckinPage = Page(CheckinSummary);
export type CheckinPage = Static<typeof CheckinPage>;

const Notes = Text({ maxLength: 20000 });
const Location = Type.Union([Line({ maxLength: 200 }), Type.Null()]);
const Duration = Type.Integer({ minimum: 5, maximum: 480 });

export const CreateCheckinBody = Type.Object(
  {
    personId: Uuid,
    scheduledAt: IsoDateTime,
    durationMinutes: Type.Optional(Duration),
    location: Type.Optional(Location),
    sharedNotes: Type.Optional(Notes),
    privateNotes: Type.Optional(Notes),
  },
  { additionalProperties: false },
);
export type CreateCheckinBody = Static<typeof CreateCheckinBody>;

export const UpdateCheckinBody = Type.Object(
  {
    scheduledAt: Type.Optional(IsoDateTime),
    durationMinutes: Type.Optional(Duration),
    location: Type.Optional(Location),
    sharedNotes: Type.Optional(Notes),
    privateNotes: Type.Optional(Notes),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateCheckinBody = Static<typeof UpdateCheckinBody>;

export const CheckinQuery = Type.Object(
  {
    scope: Type.Optional(StringEnum(['mine', 'team'] as const)),
    status: Type.Optional(StringEnum(CHECKIN_STATUSES)),
    personId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_INT, default: 0 })),
  },
  { additionalProperties: false },
);
export type CheckinQuery = Static<typeof CheckinQuery>;

export const CheckinDueQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(CADENCE_STATUSES)),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_INT, default: 0 })),
  },
  { additionalProperties: false },
);
export type CheckinDueQuery = Static<typeof CheckinDueQuery>;

export const CheckinDueRow = Type.Object({
  person: Type.Object({
    id: Uuid,
    nameEn: Type.String(),
    nameZh: NullableString,
    employeeNumber: Type.String(),
  }),
  cadence: CheckinCadence,
});
export type CheckinDueRow = Static<typeof CheckinDueRow>;
export const CheckinDuePage = Page(CheckinDueRow);
export type CheckinDuePage = Static<typeof CheckinDuePage>;

export const ActionItemQuery = Type.Object(
  {
    scope: Type.Optional(StringEnum(['mine', 'team', 'person'] as const)),
    personId: Type.Optional(Uuid),
    open: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ActionItemQuery = Static<typeof ActionItemQuery>;

export const CreateActionItemBody = Type.Object(
  {
    personId: Uuid,
    checkinId: Type.Optional(Uuid),
    /** The person themself, or the leader (the check-in's leader, else the one creating it). */
    owner: StringEnum(['person', 'leader'] as const),
    title: Line({ minLength: 1, maxLength: 500 }),
    dueOn: Type.Optional(NullableDate),
  },
  { additionalProperties: false },
);
export type CreateActionItemBody = Static<typeof CreateActionItemBody>;

export const UpdateActionItemBody = Type.Object(
  {
    title: Type.Optional(Line({ minLength: 1, maxLength: 500 })),
    dueOn: Type.Optional(NullableDate),
    done: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateActionItemBody = Static<typeof UpdateActionItemBody>;

/** The performance file's query: range of the indicators (default the last 3 months) and language. */
export const PerformanceFileQuery = Type.Object(
  {
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    lang: Type.Optional(StringEnum(['en', 'zh-Hant'] as const)),
  },
  { additionalProperties: false },
);
export type PerformanceFileQuery = Static<typeof PerformanceFileQuery>;

/** A check-in as an iCalendar invite (METHOD:REQUEST), a download. */
export const CheckinInvite = FileResponse(
  'text/calendar',
  'The iCalendar invite (METHOD:REQUEST)',
  Type.String(),
);

export const checkinsEndpoints = {
  getCadence: endpoint({
    method: 'GET',
    path: '/api/v1/people/:id/checkin-cadence',
    access: 'authenticated',
    summary: "A person's check-in cadence",
    params: IdParams,
    response: CheckinCadence,
  }),
  putCadence: endpoint({
    method: 'PUT',
    path: '/api/v1/people/:id/checkin-cadence',
    access: 'checkins.manage',
    summary: "Set a person's check-in cadence",
    params: IdParams,
    body: PutCadenceBody,
    response: CheckinCadence,
  }),
  list: endpoint({
    method: 'GET',
    path: '/api/v1/checkins',
    access: 'authenticated',
    summary: 'List check-ins',
    query: CheckinQuery,
    response: CheckinPage,
  }),
  due: endpoint({
    method: 'GET',
    path: '/api/v1/checkins/due',
    access: 'checkins.manage',
    summary: 'People due a check-in',
    query: CheckinDueQuery,
    response: CheckinDuePage,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/checkins',
    access: 'checkins.manage',
    summary: 'Schedule a check-in',
    body: CreateCheckinBody,
    response: Checkin,
    status: 201,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/checkins/:id',
    access: 'authenticated',
    summary: 'Get a check-in',
    params: IdParams,
    response: Checkin,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/checkins/:id',
    access: 'checkins.manage',
    summary: 'Change a check-in',
    params: IdParams,
    body: UpdateCheckinBody,
    response: Checkin,
  }),
  refreshAgenda: endpoint({
    method: 'POST',
    path: '/api/v1/checkins/:id/refresh-agenda',
    access: 'checkins.manage',
    summary: "Refresh a check-in's agenda from the latest figures",
    params: IdParams,
    response: Checkin,
  }),
  hold: endpoint({
    method: 'POST',
    path: '/api/v1/checkins/:id/hold',
    access: 'checkins.manage',
    summary: 'Record that a check-in was held',
    params: IdParams,
    response: Checkin,
  }),
  cancel: endpoint({
    method: 'POST',
    path: '/api/v1/checkins/:id/cancel',
    access: 'checkins.manage',
    summary: 'Cancel a check-in',
    params: IdParams,
    response: Checkin,
  }),
  invite: endpoint({
    method: 'GET',
    path: '/api/v1/checkins/:id/invite.ics',
    access: 'authenticated',
    summary: 'Download a check-in as an iCalendar invite',
    params: IdParams,
    response: CheckinInvite,
  }),
  listItems: endpoint({
    method: 'GET',
    path: '/api/v1/action-items',
    access: 'authenticated',
    summary: 'List action items',
    query: ActionItemQuery,
    response: Type.Array(ActionItem),
  }),
  createItem: endpoint({
    method: 'POST',
    path: '/api/v1/action-items',
    access: 'checkins.manage',
    summary: 'Create an action item',
    body: CreateActionItemBody,
    response: ActionItem,
    status: 201,
  }),
  updateItem: endpoint({
    method: 'PATCH',
    path: '/api/v1/action-items/:id',
    access: 'authenticated',
    summary: 'Change an action item',
    params: IdParams,
    body: UpdateActionItemBody,
    response: ActionItem,
  }),
};
