import { Type } from 'typebox';
import {
  CreatePersonBody,
  IdParams,
  Page,
  PeopleQuery,
  Person,
  PersonSummary,
  Problem,
  RosterImportQuery,
  RosterImportResult,
  UpdatePersonBody,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { PeopleService } from './people.service.js';
import type { RosterImportService } from './roster-import.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export function peopleRoutes(app: App, svc: PeopleService, roster: RosterImportService) {
  const tags = ['people'];
  app.get(
    '/api/v1/people',
    {
      config: { access: 'people.read' },
      schema: { tags, querystring: PeopleQuery, response: { 200: Page(PersonSummary), ...errors } },
    },
    async (req) => svc.list(actorOf(req), req.query),
  );
  app.get(
    '/api/v1/people/:id',
    {
      config: { access: 'people.read' },
      schema: { tags, params: IdParams, response: { 200: Person, ...errors } },
    },
    async (req) => svc.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/people',
    {
      config: { access: 'people.write' },
      schema: { tags, body: CreatePersonBody, response: { 201: Person, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.create(actorOf(req), req.body)),
  );
  app.patch(
    '/api/v1/people/:id',
    {
      config: { access: 'people.write' },
      schema: { tags, params: IdParams, body: UpdatePersonBody, response: { 200: Person, ...errors } },
    },
    async (req) => svc.update(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/people/import/template',
    {
      config: { access: 'people.import' },
      schema: {
        tags,
        response: {
          200: {
            description: 'The roster template: a CSV header row and an example row',
            content: { 'text/csv': { schema: Type.String() } },
          },
          ...errors,
        },
      },
    },
    async (_req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="frontline-roster-template.csv"')
        .send(roster.template()),
  );
  app.post(
    '/api/v1/people/import',
    {
      config: { access: 'people.import' },
      schema: {
        tags,
        description: 'Roster CSV as the request body (Content-Type: text/csv). Columns: see the template.',
        consumes: ['text/csv', 'text/plain'],
        querystring: RosterImportQuery,
        body: Type.String({ minLength: 1 }),
        response: { 200: RosterImportResult, 422: Problem, ...errors },
      },
    },
    async (req) => roster.run(actorOf(req), req.body, req.query.dryRun ?? false),
  );
}
