import { checkinsEndpoints as e, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { CheckinsService } from './checkins.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Check-ins, their cadence and action items (contract: checkinsEndpoints). */
export function checkinsRoutes(app: App, svc: CheckinsService): void {
  const tags = ['checkins'];
  route(app, e.getCadence, tags, ({ actor, params }) => svc.getCadence(actor, params.id));
  route(app, e.putCadence, tags, ({ actor, params, body }) =>
    svc.putCadence(actor, params.id, body.everyDays),
  );
  route(app, e.list, tags, ({ actor, query }) => svc.list(actor, query));
  route(app, e.due, tags, ({ actor, query }) => svc.due(actor, query));
  route(app, e.create, tags, ({ actor, body }) => svc.create(actor, body));
  route(app, e.get, tags, ({ actor, params }) => svc.get(actor, params.id));
  route(app, e.update, tags, ({ actor, params, body }) => svc.update(actor, params.id, body));
  route(app, e.refreshAgenda, tags, ({ actor, params }) => svc.refreshAgenda(actor, params.id));
  route(app, e.hold, tags, ({ actor, params }) => svc.hold(actor, params.id));
  route(app, e.cancel, tags, ({ actor, params }) => svc.cancel(actor, params.id));

  // An iCalendar download (its own content type and file name): written by hand, from the contract.
  app.get(
    e.invite.path,
    {
      config: { access: e.invite.access },
      schema: {
        tags,
        summary: e.invite.summary,
        description: 'The check-in as an iCalendar invite (text/calendar).',
        params: e.invite.params,
        response: { 200: e.invite.response, ...errors },
      },
    },
    async (req, reply) => {
      const ics = await svc.invite(actorOf(req), req.params.id);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8; method=REQUEST')
        .header('content-disposition', `attachment; filename="checkin-${req.params.id}.ics"`)
        .send(ics);
    },
  );

  route(app, e.listItems, tags, ({ actor, query }) => svc.listItems(actor, query));
  route(app, e.createItem, tags, ({ actor, body }) => svc.createItem(actor, body));
  route(app, e.updateItem, tags, ({ actor, params, body }) => svc.updateItem(actor, params.id, body));
}
