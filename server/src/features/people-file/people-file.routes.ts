import { peopleFileEndpoints as e, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { PeopleFileService } from './people-file.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/**
 * A person's performance file: the person themself and anyone who sees them (404 otherwise)
 * (contract: peopleFileEndpoints). Downloads with their own content type and file name: written
 * by hand, from the contract.
 */
export function peopleFileRoutes(app: App, svc: PeopleFileService): void {
  const tags = ['people'];
  app.get(
    e.pdf.path,
    {
      config: { access: e.pdf.access },
      schema: {
        tags,
        summary: e.pdf.summary,
        description: 'The performance file as a PDF (application/pdf).',
        params: e.pdf.params,
        querystring: e.pdf.query,
        response: { 200: e.pdf.response, ...errors },
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
    e.csv.path,
    {
      config: { access: e.csv.access },
      schema: {
        tags,
        summary: e.csv.summary,
        description:
          'The performance file as CSV: one table with a `section` column (person, goal, indicator, feedback, checkin, coaching_plan, coaching_session, improvement_plan, improvement_plan_review, training, evaluation, review).',
        params: e.csv.params,
        querystring: e.csv.query,
        response: { 200: e.csv.response, ...errors },
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
