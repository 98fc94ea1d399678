import { monitoringEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { MonitoringService } from './monitoring.service.js';

/** The dashboards, a person's observations and the "needs attention" list (contract: monitoringEndpoints). */
export function monitoringRoutes(app: App, svc: MonitoringService) {
  const tags = ['monitoring'];
  route(app, e.org, tags, ({ actor, query }) => svc.org(actor, query));
  route(app, e.team, tags, ({ actor, query }) => svc.team(actor, query));
  route(app, e.person, tags, ({ actor, params, query }) => svc.viewPerson(actor, params.id, query));
  route(app, e.observations, tags, ({ actor, params, query }) => svc.observations(actor, params.id, query));
  route(app, e.attention, tags, ({ actor, query }) => svc.attention(actor, query));
}
