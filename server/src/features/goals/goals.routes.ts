import { goalsEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { GoalsService } from './goals.service.js';

/** Goals: the list, one goal, versions, the SMART check, the agreement and its actions (contract: goalsEndpoints). */
export function goalsRoutes(app: App, svc: GoalsService): void {
  const tags = ['goals'];
  route(app, e.list, tags, ({ actor, query }) => svc.list(actor, query));
  route(app, e.get, tags, ({ actor, params }) => svc.get(actor, params.id));
  route(app, e.versions, tags, ({ actor, params }) => svc.versions(actor, params.id));
  route(app, e.smartCheck, tags, ({ actor, body }) => svc.smart(actor, body));
  route(app, e.create, tags, ({ actor, body }) => svc.create(actor, body));
  route(app, e.update, tags, ({ actor, params, body }) => svc.update(actor, params.id, body));
  route(app, e.propose, tags, ({ actor, params }) => svc.propose(actor, params.id));
  route(app, e.accept, tags, ({ actor, params }) => svc.accept(actor, params.id));
  route(app, e.decline, tags, ({ actor, params, body }) => svc.decline(actor, params.id, body.reason));
  route(app, e.activate, tags, ({ actor, params }) => svc.activate(actor, params.id));
  route(app, e.close, tags, ({ actor, params, body }) =>
    svc.close(actor, params.id, body.outcome, body.note),
  );
  route(app, e.cancel, tags, ({ actor, params, body }) => svc.cancel(actor, params.id, body.reason));
  route(app, e.teamFromStandard, tags, ({ actor, body }) => svc.teamFromStandard(actor, body));
}
