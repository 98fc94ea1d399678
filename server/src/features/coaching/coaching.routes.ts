import { coachingEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { CoachingService } from './coaching.service.js';

/**
 * Coaching plans (contract: coachingEndpoints). Reading is for anyone who may see the person (the
 * person included); changes are for the coach side (coaching.manage, person in scope, never on one's
 * own plan → 403).
 */
export function coachingRoutes(app: App, svc: CoachingService): void {
  const tags = ['coaching'];
  route(app, e.list, tags, ({ actor, query }) => svc.list(actor, query));
  route(app, e.create, tags, ({ actor, body }) => svc.create(actor, body));
  route(app, e.get, tags, ({ actor, params }) => svc.get(actor, params.id));
  route(app, e.update, tags, ({ actor, params, body }) => svc.update(actor, params.id, body));
  route(app, e.addSession, tags, ({ actor, params, body }) => svc.addSession(actor, params.id, body));
  route(app, e.complete, tags, ({ actor, params, body }) => svc.complete(actor, params.id, body));
  route(app, e.cancel, tags, ({ actor, params, body }) => svc.cancel(actor, params.id, body));
  route(app, e.effect, tags, ({ actor, params, query }) => svc.effect(actor, params.id, query));
}
