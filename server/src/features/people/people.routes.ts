import { peopleEndpoints as e, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { PeopleService } from './people.service.js';
import type { RosterImportService } from './roster-import.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** People and the roster import (contract: peopleEndpoints). */
export function peopleRoutes(app: App, svc: PeopleService, roster: RosterImportService) {
  const tags = ['people'];
  route(app, e.list, tags, ({ actor, query }) => svc.list(actor, query));
  route(app, e.get, tags, ({ actor, params }) => svc.get(actor, params.id));
  route(app, e.create, tags, ({ actor, body }) => svc.create(actor, body));
  route(app, e.update, tags, ({ actor, params, body }) => svc.update(actor, params.id, body));

  // A CSV download (its own content type and file name): written by hand, from the contract.
  app.get(
    e.rosterTemplate.path,
    {
      config: { access: e.rosterTemplate.access },
      schema: {
        tags,
        summary: e.rosterTemplate.summary,
        response: { 200: e.rosterTemplate.response, ...errors },
      },
    },
    async (_req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="frontline-roster-template.csv"')
        .send(roster.template()),
  );
  // A CSV body that may answer 422 (a refused roster): written by hand, from the contract.
  app.post(
    e.importRoster.path,
    {
      config: { access: e.importRoster.access },
      schema: {
        tags,
        summary: e.importRoster.summary,
        description: 'Roster CSV as the request body (Content-Type: text/csv). Columns: see the template.',
        consumes: [...e.importRoster.consumes],
        querystring: e.importRoster.query,
        body: e.importRoster.body,
        response: { 200: e.importRoster.response, 422: Problem, ...errors },
      },
    },
    async (req) => roster.run(actorOf(req), req.body, req.query.dryRun ?? false),
  );
}
