import type { Readable } from 'node:stream';
import { assessmentsEndpoints as e, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import { AppError } from '../../lib/errors.js';
import { route } from '../../http/endpoint.js';
import type { AssessmentsService } from './assessments.service.js';

/** Scorecards, evaluations, disputes and arbitration, and the settings (contract: assessmentsEndpoints). */
export function assessmentsRoutes(app: App, svc: AssessmentsService): void {
  const tags = ['assessments'];
  const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
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
  route(app, e.listEvidence, tags, ({ actor, params }) => svc.listEvidence(actor, params.id));
  route(app, e.deleteEvidence, tags, ({ actor, params }) =>
    svc.deleteEvidence(actor, params.id, params.fileId),
  );
  // The file is the raw body (application/octet-stream, streamed; the imports' parser): by hand, from the contract.
  app.post(
    e.uploadEvidence.path,
    {
      config: {
        access: e.uploadEvidence.access,
        openapi: {
          requestBody: {
            description: 'The file as it is: an image, PDF, audio or text file within the size limit',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
        },
      },
      schema: {
        tags,
        summary: e.uploadEvidence.summary,
        description:
          'Send the file as the raw request body with Content-Type application/octet-stream and its name in `fileName`. ' +
          'Its kind is read from its bytes (415 evidence.unsupported_type otherwise); over the organisation’s limit: 413 evidence.too_large.',
        params: e.uploadEvidence.params,
        querystring: e.uploadEvidence.query,
        response: { 201: e.uploadEvidence.response, 413: Problem, 415: Problem, ...errors },
      },
    },
    async (req, reply) => {
      const body = req.body as Readable | string | Buffer | undefined;
      if (body === undefined || body === null) {
        throw new AppError('evidence.empty', 400, 'Send the file as the request body.');
      }
      return reply
        .code(201)
        .send(await svc.uploadEvidence(actorOf(req), req.params.id, req.query.fileName, body));
    },
  );
  app.get(
    e.downloadEvidence.path,
    {
      config: { access: e.downloadEvidence.access },
      schema: {
        tags,
        summary: e.downloadEvidence.summary,
        description: 'The file as uploaded, with the content type read from its bytes.',
        params: e.downloadEvidence.params,
        response: { 200: e.downloadEvidence.response, ...errors },
      },
    },
    async (req, reply) => {
      const f = await svc.downloadEvidence(actorOf(req), req.params.id, req.params.fileId);
      return reply
        .header('content-type', f.contentType)
        .header(
          'content-disposition',
          `attachment; filename="${f.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
        )
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(f.body);
    },
  );
  route(app, e.listDisputes, tags, ({ actor, query }) => svc.listDisputes(actor, query));
  route(app, e.decideDispute, tags, ({ actor, params, body }) => svc.decideDispute(actor, params.id, body));
  route(app, e.listScorable, tags, ({ actor }) => svc.listScorable(actor));
  route(app, e.getSettings, tags, ({ actor }) => svc.getSettings(actor));
  route(app, e.updateSettings, tags, ({ actor, body }) => svc.updateSettings(actor, body));
}
