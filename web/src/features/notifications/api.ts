import { notificationsEndpoints as e, type Notification } from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const notificationKeys = {
  all: ['notifications'] as const,
  list: (unread: boolean) => ['notifications', { unread }] as const,
};

export const fetchNotifications = (unread: boolean) => call(e.list, { query: { unread } });
export const fetchUnreadNotifications = () => fetchNotifications(true);
export const markNotificationRead = (id: string) => call(e.markRead, { params: { id } });
export const markAllNotificationsRead = () => call(e.markAllRead, {});

/** The unread count as a badge shows it: up to 99, then "99+". */
export const badgeCount = (n: number): string => (n > 99 ? '99+' : String(n));

/** Where a notification leads in the app. */
export function notificationPath(n: Notification): string | null {
  if (n.entityType === 'goal') return `/goals/${n.entityId}`;
  if (n.entityType === 'person') return `/people/${n.entityId}`;
  if (n.entityType === 'checkin') return `/checkins/${n.entityId}`;
  if (n.entityType === 'action_item') {
    // the check-in it came from, when it came from one
    return typeof n.data.checkinId === 'string' ? `/checkins/${n.data.checkinId}` : '/checkins';
  }
  if (n.entityType === 'coaching_plan') return `/coaching/${n.entityId}`;
  if (n.entityType === 'review') return `/reviews/${n.entityId}`;
  if (n.entityType === 'review_cycle') return '/reviews';
  if (n.entityType === 'review_input') return '/review-inputs';
  if (n.entityType === 'improvement_plan') return `/improvement-plans/${n.entityId}`;
  if (n.entityType === 'training_assignment') return '/training';
  // a published or changed roster: the person's own shifts
  if (n.entityType === 'roster_plan') return '/my-roster';
  // a leave request goes to the leader's list; a decision or a record to the person's own
  if (n.entityType === 'leave') return n.kind === 'leave.requested' ? '/rosters' : '/my-roster';
  if (n.entityType === 'recognition') return '/recognition';
  if (n.entityType === 'award') return '/rewards';
  if (n.entityType === 'evaluation') return `/evaluations/${n.entityId}`;
  if (n.entityType === 'evaluation_dispute') return '/disputes';
  if (n.entityType === 'feedback') {
    // the person reads it on "My feedback"; the author (acknowledged, replied) on the person's page
    const personId = typeof n.data.personId === 'string' ? n.data.personId : null;
    return n.kind === 'feedback.received' || !personId ? '/feedback' : `/people/${personId}`;
  }
  return null;
}
