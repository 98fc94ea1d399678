import { samplingEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { SamplingService } from './sampling.service.js';

/** QA sampling plans, draws and the assessor's queue (contract: samplingEndpoints). */
export function samplingRoutes(app: App, svc: SamplingService): void {
  const tags = ['sampling'];
  route(app, e.listPlans, tags, ({ actor }) => svc.listPlans(actor));
  route(app, e.listAssessors, tags, ({ actor }) => svc.listAssessors(actor));
  route(app, e.precision, tags, ({ actor, query }) => svc.precision(actor, query));
  route(app, e.createPlan, tags, ({ actor, body }) => svc.createPlan(actor, body));
  route(app, e.getPlan, tags, ({ actor, params, query }) => svc.getPlan(actor, params.id, query));
  route(app, e.updatePlan, tags, ({ actor, params, body }) => svc.updatePlan(actor, params.id, body));
  route(app, e.draw, tags, ({ actor, params, body }) => svc.draw(actor, params.id, body));
  route(app, e.queue, tags, ({ actor, query }) => svc.queue(actor, query));
}
