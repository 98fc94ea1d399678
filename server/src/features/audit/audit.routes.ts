import { auditEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { AuditService } from './audit.service.js';

/** The audit log (contract: auditEndpoints). */
export function auditRoutes(app: App, svc: AuditService) {
  route(app, e.list, ['audit'], ({ actor, query }) => svc.list(actor, query));
}
