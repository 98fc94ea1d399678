import { Type, type Static } from 'typebox';
import { IdParams, IsoDate, IsoDateTime, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';

/** Contract for in-app notifications: the signed-in user's own list, marking one or all read. */

/**
 * What a notification names, by its kind: the person it is about, a title, a time, … (each kind
 * sets some of these). Values are strings, numbers or null.
 */
export const NotificationData = Type.Object(
  {
    personId: Type.Optional(Uuid),
    personName: Type.Optional(Type.String()),
    title: Type.Optional(Type.String()),
    scheduledAt: Type.Optional(IsoDateTime),
    dueOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    nextDueOn: Type.Optional(Type.Union([IsoDate, Type.Null()])),
    status: Type.Optional(Type.String()),
    course: Type.Optional(Type.String()),
    kind: Type.Optional(Type.String({ description: 'The kind of feedback received' })),
    badge: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    points: Type.Optional(Type.Number()),
    focus: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    heldOn: Type.Optional(IsoDate),
    rating: Type.Optional(Type.String()),
    /** The check-in an action item came from. */
    checkinId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    /** A name the text shows as it is (an assessor's, say). */
    name: Type.Optional(Type.String()),
    personNameZh: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    /** Review notices: the cycle's names, the stage, its due date and the days left or late. */
    cycle: Type.Optional(Type.String()),
    cycleZh: Type.Optional(Type.String()),
    stage: Type.Optional(Type.String()),
    due: Type.Optional(IsoDate),
    days: Type.Optional(Type.Integer()),
    reviewerName: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    reviewerNameZh: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    /** Which variant of the kind's text fits the reader (e.g. self, manager, sign_person). */
    context: Type.Optional(Type.String()),
  },
  { additionalProperties: Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]) },
);
export type NotificationData = Static<typeof NotificationData>;

export const Notification = Type.Object({
  id: Uuid,
  kind: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  data: NotificationData,
  readAt: Type.Union([IsoDateTime, Type.Null()]),
  createdAt: IsoDateTime,
});
export type Notification = Static<typeof Notification>;

export const NotificationQuery = Type.Object(
  { unread: Type.Optional(Type.Boolean({ description: 'Only the unread ones' })) },
  { additionalProperties: false },
);
export type NotificationQuery = Static<typeof NotificationQuery>;

/** The caller's latest notifications (at most 100, newest first) and how many are unread in all. */
export const NotificationList = Type.Object({ items: Type.Array(Notification), unread: Type.Integer() });
export type NotificationList = Static<typeof NotificationList>;

/** How many notifications were marked read (those still unread). */
export const MarkedRead = Type.Object({ marked: Type.Integer({ minimum: 0 }) });
export type MarkedRead = Static<typeof MarkedRead>;

export const notificationsEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/notifications',
    access: 'authenticated',
    summary: 'Your notifications',
    query: NotificationQuery,
    response: NotificationList,
  }),
  // Someone else's notification answers 404; reading one's own is not audited.
  markRead: endpoint({
    method: 'POST',
    path: '/api/v1/notifications/:id/read',
    access: 'authenticated',
    summary: 'Mark a notification read',
    params: IdParams,
    response: Type.Null(),
    status: 204,
  }),
  markAllRead: endpoint({
    method: 'POST',
    path: '/api/v1/notifications/read-all',
    access: 'authenticated',
    summary: 'Mark all your notifications read',
    response: MarkedRead,
  }),
};
