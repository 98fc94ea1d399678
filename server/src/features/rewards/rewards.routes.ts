import { rewardsEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { RewardsService } from './rewards.service.js';

/** Reward schemes, awards and the leaderboards (contract: rewardsEndpoints). */
export function rewardsRoutes(app: App, svc: RewardsService): void {
  const tags = ['rewards'];
  route(app, e.listSchemes, tags, ({ actor, query }) => svc.list(actor, query));
  route(app, e.getScheme, tags, ({ actor, params }) => svc.get(actor, params.id));
  route(app, e.createScheme, tags, ({ actor, body }) => svc.create(actor, body));
  route(app, e.updateScheme, tags, ({ actor, params, body }) => svc.update(actor, params.id, body));
  route(app, e.deleteScheme, tags, ({ actor, params }) => svc.remove(actor, params.id));
  route(app, e.evaluateScheme, tags, ({ actor, params, body }) =>
    svc.evaluate(actor, params.id, body.periodStart),
  );
  route(app, e.award, tags, ({ actor, body }) => svc.award(actor, body));
  route(app, e.personAwards, tags, ({ actor, params }) => svc.personAwards(actor, params.id));
  route(app, e.leaderboard, tags, ({ actor, query }) => svc.leaderboard(actor, query));
  route(app, e.pointsLeaderboard, tags, ({ actor, query }) => svc.pointsLeaderboard(actor, query));
}
