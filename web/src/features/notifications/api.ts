import type { Notification } from '@frontline/contract';
import { get, post } from '../../lib/api-client';

export const notificationKeys = { all: ['notifications'] as const };

export const fetchUnreadNotifications = () =>
  get<{ items: Notification[]; unread: number }>('/api/v1/notifications?unread=true');
export const markNotificationRead = (id: string) => post<void>(`/api/v1/notifications/${id}/read`);

/** Where a notification leads in the app. */
export function notificationPath(n: Notification): string | null {
  if (n.entityType === 'goal') return `/goals/${n.entityId}`;
  if (n.entityType === 'person') return `/people/${n.entityId}`;
  return null;
}
