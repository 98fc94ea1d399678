import { calibrationEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { CalibrationService } from './calibration.service.js';

/** Calibration sessions: blind scoring, the lead's benchmark, reveal and figures (contract: calibrationEndpoints). */
export function calibrationRoutes(app: App, svc: CalibrationService): void {
  const tags = ['calibration'];
  route(app, e.listSessions, tags, ({ actor }) => svc.listSessions(actor));
  route(app, e.listCandidates, tags, ({ actor }) => svc.listCandidates(actor));
  route(app, e.createSession, tags, ({ actor, body }) => svc.createSession(actor, body));
  route(app, e.getSession, tags, ({ actor, params }) => svc.getSession(actor, params.id));
  route(app, e.score, tags, ({ actor, params, body }) =>
    svc.score(actor, params.id, params.interactionId, body),
  );
  route(app, e.setBenchmark, tags, ({ actor, params, body }) =>
    svc.setBenchmark(actor, params.id, params.interactionId, body),
  );
  route(app, e.finish, tags, ({ actor, params }) => svc.finish(actor, params.id));
  route(app, e.reveal, tags, ({ actor, params }) => svc.reveal(actor, params.id));
  route(app, e.close, tags, ({ actor, params }) => svc.close(actor, params.id));
}
