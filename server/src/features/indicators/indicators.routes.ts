import { indicatorsEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { IndicatorsService } from './indicators.service.js';

/** Indicators, target policies, targets and observations recorded by hand (contract: indicatorsEndpoints). */
export function indicatorsRoutes(app: App, svc: IndicatorsService) {
  const tags = ['indicators'];
  route(app, e.listIndicators, tags, ({ actor, query }) =>
    svc.listIndicators(actor, query.includeInactive ?? false),
  );
  route(app, e.getIndicator, tags, ({ actor, params }) => svc.getIndicator(actor, params.id));
  route(app, e.createIndicator, tags, ({ actor, body }) => svc.createIndicator(actor, body));
  route(app, e.updateIndicator, tags, ({ actor, params, body }) =>
    svc.updateIndicator(actor, params.id, body),
  );
  route(app, e.installPresets, tags, async ({ actor }) => ({ added: await svc.installPresets(actor) }));

  route(app, e.listPolicies, tags, ({ actor }) => svc.listPolicies(actor));
  route(app, e.getPolicy, tags, ({ actor, params }) => svc.getPolicy(actor, params.id));
  route(app, e.policyVersions, tags, ({ actor, params }) => svc.policyVersions(actor, params.id));
  route(app, e.createPolicy, tags, ({ actor, body }) => svc.createPolicy(actor, body));
  route(app, e.addPolicyVersion, tags, ({ actor, params, body }) =>
    svc.addPolicyVersion(actor, params.id, body),
  );

  route(app, e.listTargets, tags, ({ actor, query }) => svc.listTargets(actor, query));
  route(app, e.createTarget, tags, ({ actor, body }) => svc.createTarget(actor, body));
  route(app, e.deleteTarget, tags, ({ actor, params }) => svc.deleteTarget(actor, params.id));

  route(app, e.recordObservation, tags, ({ actor, body }) => svc.recordObservation(actor, body));
}
