import { improvementPlanEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { ImprovementPlansService } from './improvement-plans.service.js';

/**
 * Performance improvement plans (contract: improvementPlanEndpoints). Reading is for the person,
 * their reporting line and HR; changes for the leader side; the person acknowledges; HR signs off.
 */
export function improvementPlansRoutes(app: App, svc: ImprovementPlansService): void {
  const tags = ['improvement-plans'];
  route(app, e.list, tags, ({ actor, query }) => svc.list(actor, query));
  route(app, e.create, tags, ({ actor, body }) => svc.create(actor, body));
  route(app, e.get, tags, ({ actor, params }) => svc.get(actor, params.id));
  route(app, e.acknowledge, tags, ({ actor, params }) => svc.acknowledge(actor, params.id));
  route(app, e.review, tags, ({ actor, params, body }) => svc.review(actor, params.id, body));
  route(app, e.extend, tags, ({ actor, params, body }) => svc.extend(actor, params.id, body));
  route(app, e.close, tags, ({ actor, params, body }) => svc.close(actor, params.id, body));
  route(app, e.signOff, tags, ({ actor, params, body }) => svc.signOff(actor, params.id, body));
}
