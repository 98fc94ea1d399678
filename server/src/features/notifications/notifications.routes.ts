import { notificationsEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { NotificationsService } from './notifications.service.js';

/** The signed-in user's own in-app notifications (contract: notificationsEndpoints). */
export function notificationsRoutes(app: App, notifications: NotificationsService): void {
  const tags = ['notifications'];
  route(app, e.list, tags, ({ actor, query }) => notifications.list(actor, query.unread ?? false));
  route(app, e.markRead, tags, ({ actor, params }) => notifications.markRead(actor, params.id));
  route(app, e.markAllRead, tags, ({ actor }) => notifications.markAllRead(actor));
}
