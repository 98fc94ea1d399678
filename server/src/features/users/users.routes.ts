import { usersEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { UsersService } from './users.service.js';

/** User accounts (contract: usersEndpoints). */
export function usersRoutes(app: App, svc: UsersService) {
  const tags = ['users'];
  route(app, e.list, tags, ({ actor, query }) => svc.list(actor, query.limit, query.offset));
  route(app, e.get, tags, ({ actor, params }) => svc.get(actor, params.id));
  route(app, e.create, tags, ({ actor, body }) => svc.create(actor, body));
  route(app, e.update, tags, ({ actor, params, body }) => svc.update(actor, params.id, body));
}
