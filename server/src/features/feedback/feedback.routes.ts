import { feedbackEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { FeedbackService } from './feedback.service.js';

/** Feedback to a person and the recognition wall (contract: feedbackEndpoints). */
export function feedbackRoutes(app: App, svc: FeedbackService): void {
  const tags = ['feedback'];
  route(app, e.listForPerson, tags, ({ actor, params, query }) => svc.listForPerson(actor, params.id, query));
  route(app, e.give, tags, ({ actor, params, body }) => svc.give(actor, params.id, body));
  route(app, e.get, tags, ({ actor, params }) => svc.get(actor, params.id));
  route(app, e.acknowledge, tags, ({ actor, params }) => svc.acknowledge(actor, params.id));
  route(app, e.reply, tags, ({ actor, params, body }) => svc.reply(actor, params.id, body.reply));

  const rtags = ['recognition'];
  route(app, e.wall, rtags, ({ actor, query }) => svc.wall(actor, query));
  route(app, e.colleagues, rtags, ({ actor }) => svc.colleagues(actor));
  route(app, e.recognise, rtags, ({ actor, body }) => svc.recognise(actor, body));
}
