import { orgEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { OrgService } from './org.service.js';

/** Organisation units and job roles (contract: orgEndpoints). */
export function orgRoutes(app: App, svc: OrgService) {
  const tags = ['organisation'];
  route(app, e.listUnits, tags, ({ actor }) => svc.listUnits(actor));
  route(app, e.getUnit, tags, ({ actor, params }) => svc.getUnit(actor, params.id));
  route(app, e.createUnit, tags, ({ actor, body }) => svc.createUnit(actor, body));
  route(app, e.updateUnit, tags, ({ actor, params, body }) => svc.updateUnit(actor, params.id, body));
  route(app, e.deleteUnit, tags, ({ actor, params }) => svc.deleteUnit(actor, params.id));

  route(app, e.listRoles, tags, ({ actor }) => svc.listRoles(actor));
  route(app, e.getRole, tags, ({ actor, params }) => svc.getRole(actor, params.id));
  route(app, e.createRole, tags, ({ actor, body }) => svc.createRole(actor, body));
  route(app, e.updateRole, tags, ({ actor, params, body }) => svc.updateRole(actor, params.id, body));
  route(app, e.deleteRole, tags, ({ actor, params }) => svc.deleteRole(actor, params.id));
}
