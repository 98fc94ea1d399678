import { assessmentsEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { AssessmentsService } from './assessments.service.js';

/** Scorecards, evaluations, disputes and arbitration, and the settings (contract: assessmentsEndpoints). */
export function assessmentsRoutes(app: App, svc: AssessmentsService): void {
  const tags = ['assessments'];
  route(app, e.listScorecards, tags, ({ actor, query }) => svc.listScorecards(actor, query));
  route(app, e.getScorecard, tags, ({ actor, params }) => svc.getScorecard(actor, params.id));
  route(app, e.createScorecard, tags, ({ actor, body }) => svc.createScorecard(actor, body));
  route(app, e.updateScorecard, tags, ({ actor, params, body }) =>
    svc.updateScorecard(actor, params.id, body),
  );
  route(app, e.listEvaluations, tags, ({ actor, query }) => svc.listEvaluations(actor, query));
  route(app, e.createEvaluation, tags, ({ actor, body }) => svc.createEvaluation(actor, body));
  route(app, e.getEvaluation, tags, ({ actor, params }) => svc.getEvaluation(actor, params.id));
  route(app, e.updateEvaluation, tags, ({ actor, params, body }) =>
    svc.updateEvaluation(actor, params.id, body),
  );
  route(app, e.submitEvaluation, tags, ({ actor, params }) => svc.submitEvaluation(actor, params.id));
  route(app, e.releaseEvaluation, tags, ({ actor, params }) => svc.releaseEvaluation(actor, params.id));
  route(app, e.acknowledgeEvaluation, tags, ({ actor, params, body }) =>
    svc.acknowledgeEvaluation(actor, params.id, body),
  );
  route(app, e.disputeEvaluation, tags, ({ actor, params, body }) =>
    svc.disputeEvaluation(actor, params.id, body),
  );
  route(app, e.listDisputes, tags, ({ actor, query }) => svc.listDisputes(actor, query));
  route(app, e.decideDispute, tags, ({ actor, params, body }) => svc.decideDispute(actor, params.id, body));
  route(app, e.listScorable, tags, ({ actor }) => svc.listScorable(actor));
  route(app, e.getSettings, tags, ({ actor }) => svc.getSettings(actor));
  route(app, e.updateSettings, tags, ({ actor, body }) => svc.updateSettings(actor, body));
}
