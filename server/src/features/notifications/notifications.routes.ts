import { Type } from 'typebox';
import { IdParams, Notification, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { NotificationsService } from './notifications.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** The signed-in user's own in-app notifications: the list and marking one read. */
export function notificationsRoutes(app: App, notifications: NotificationsService): void {
  const tags = ['notifications'];
  app.get(
    '/api/v1/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        querystring: Type.Object({ unread: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ items: Type.Array(Notification), unread: Type.Integer() }),
          ...errors,
        },
      },
    },
    async (req) => notifications.list(actorOf(req), req.query.unread ?? false),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errors } },
    },
    async (req, reply) => {
      await notifications.markRead(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
