import { Type } from 'typebox';
import { IdParams, PerformanceFileQuery, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { PeopleFileService } from './people-file.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** A person's performance file: the person themself and anyone who sees them (404 otherwise). */
export function peopleFileRoutes(app: App, svc: PeopleFileService): void {
  const tags = ['people'];
  app.get(
    '/api/v1/people/:id/file.pdf',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        description: 'The performance file as a PDF (application/pdf).',
        params: IdParams,
        querystring: PerformanceFileQuery,
        response: {
          200: {
            description: 'The performance file (PDF, A4)',
            content: {
              'application/pdf': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) },
            },
          },
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const f = await svc.pdf(actorOf(req), req.params.id, req.query);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${f.fileName}"`)
        .send(f.body);
    },
  );
  app.get(
    '/api/v1/people/:id/file.csv',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        description:
          'The performance file as CSV: one table with a `section` column (person, goal, indicator, feedback, checkin, coaching_plan, coaching_session, training).',
        params: IdParams,
        querystring: PerformanceFileQuery,
        response: {
          200: {
            description: 'The performance file as one CSV table',
            content: { 'text/csv': { schema: Type.String() } },
          },
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const f = await svc.csv(actorOf(req), req.params.id, req.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${f.fileName}"`)
        .send(f.body);
    },
  );
}
