import { qaReportEndpoints as e, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { QaReportService } from './qa-report.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

/** The team QA view and its CSV and XLSX downloads (contract: qaReportEndpoints). */
export function qaReportRoutes(app: App, svc: QaReportService): void {
  const tags = ['assessments'];
  route(app, e.report, tags, ({ actor, query }) => svc.report(actor, query));
  app.get(
    e.csv.path,
    {
      config: { access: e.csv.access },
      schema: {
        tags,
        summary: e.csv.summary,
        description:
          'CSV with headers in the chosen language: table=summary (a `table` column: team, person, item, assessor) or table=items (one row per evaluation and item).',
        querystring: e.csv.query,
        response: { 200: e.csv.response, ...errors },
      },
    },
    async (req, reply) => {
      const f = await svc.csv(actorOf(req), req.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${f.fileName}"`)
        .send(f.body);
    },
  );
  app.get(
    e.xlsx.path,
    {
      config: { access: e.xlsx.access },
      schema: {
        tags,
        summary: e.xlsx.summary,
        description:
          'An XLSX workbook with headers in the chosen language: sheets for the team, people, items (miss rates) and assessors; figures are numbers.',
        querystring: e.xlsx.query,
        response: { 200: e.xlsx.response, ...errors },
      },
    },
    async (req, reply) => {
      const f = await svc.xlsx(actorOf(req), req.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${f.fileName}"`)
        .send(f.body);
    },
  );
}
