import { certificationEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { CertificationService } from './certification.service.js';

/** Assessor certification: the overview, settings, grant and revoke, evaluation marks (contract: certificationEndpoints). */
export function certificationRoutes(app: App, svc: CertificationService): void {
  const tags = ['certification'];
  route(app, e.overview, tags, ({ actor }) => svc.overview(actor));
  route(app, e.getSettings, tags, ({ actor }) => svc.getSettings(actor));
  route(app, e.updateSettings, tags, ({ actor, body }) => svc.updateSettings(actor, body));
  route(app, e.grant, tags, ({ actor, body }) => svc.grant(actor, body));
  route(app, e.revoke, tags, ({ actor, params, body }) => svc.revoke(actor, params.id, body));
  route(app, e.evaluationMarks, tags, ({ actor, query }) => svc.evaluationMarks(actor, query.ids));
}
