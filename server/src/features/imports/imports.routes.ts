import type { Readable } from 'node:stream';
import { importsEndpoints as e, Problem, PushProblem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import { AppError } from '../../lib/errors.js';
import type { ImportsService } from './imports.service.js';
import type { ImportPresetsService } from './import-presets.service.js';
import type { ApiTokensService } from './api-tokens.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Imports, presets, integration tokens and the push endpoint (contract: importsEndpoints). */
export function importsRoutes(
  app: App,
  svc: ImportsService,
  presets: ImportPresetsService,
  tokens: ApiTokensService,
) {
  const tags = ['imports'];
  // Import files arrive as the raw request body and are streamed to disk, never buffered.
  app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));

  // The file is the raw body, streamed (413 over the limit): written by hand, from the contract.
  app.post(
    e.upload.path,
    {
      config: {
        access: e.upload.access,
        // read as a stream by the handler (never buffered), so documented here rather than validated
        openapi: {
          requestBody: {
            description: 'The export file as it is: CSV, XLSX, or a ZIP holding one CSV',
            content: {
              'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
              'text/csv': { schema: { type: 'string' } },
            },
          },
        },
      },
      schema: {
        tags,
        summary: e.upload.summary,
        description:
          'Upload an export file (CSV or XLSX) as the raw request body with Content-Type application/octet-stream.',
        querystring: e.upload.query,
        response: { 201: e.upload.response, 413: Problem, ...errors },
      },
    },
    async (req, reply) => {
      const body = req.body as Readable | string | Buffer | undefined;
      if (body === undefined || body === null) {
        throw new AppError('import.invalid_file', 400, 'Send the file as the request body');
      }
      return reply.code(201).send(await svc.upload(actorOf(req), req.query.fileName, body));
    },
  );
  route(app, e.list, tags, ({ actor, query }) => svc.list(actor, query));
  route(app, e.get, tags, ({ actor, params }) => svc.get(actor, params.id));
  route(app, e.validate, tags, ({ actor, params, body }) => svc.validate(actor, params.id, body));
  route(app, e.match, tags, ({ actor, params, body }) => svc.match(actor, params.id, body));
  route(app, e.commit, tags, ({ actor, params, body }) => svc.commit(actor, params.id, body));
  route(app, e.undo, tags, ({ actor, params }) => svc.undo(actor, params.id));
  route(app, e.discard, tags, ({ actor, params }) => svc.discard(actor, params.id));

  route(app, e.listPresets, tags, ({ actor }) => presets.list(actor));
  route(app, e.createPreset, tags, ({ actor, body }) => presets.create(actor, body));
  route(app, e.deletePreset, tags, ({ actor, params }) => presets.remove(actor, params.id));

  route(app, e.listTokens, tags, ({ actor }) => tokens.list(actor));
  route(app, e.createToken, tags, ({ actor, body }) => tokens.create(actor, body.name));
  route(app, e.revokeToken, tags, ({ actor, params }) => tokens.revoke(actor, params.id));

  // Signed by an API token, not a session (its own body limit and 422): written by hand, from the contract.
  app.post(
    e.push.path,
    {
      config: { access: e.push.access },
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags,
        summary: e.push.summary,
        description:
          'For integrations: send `Authorization: Bearer <token>` (an admin creates tokens). Up to 10,000 rows; ' +
          'all are checked first (dates, offsets and each indicator’s plausible bounds, as for a file) and nothing is written ' +
          'unless every row is valid: a 422 lists each bad row with its import issue code. Unusual but possible values are ' +
          'taken and listed in `warnings`. Rows with the same key replace earlier values.',
        security: [{ bearer: [] }],
        body: e.push.body,
        response: { 201: e.push.response, 422: PushProblem, ...errors },
      },
    },
    async (req, reply) => {
      if (!req.apiToken) throw new AppError('auth.invalid_token', 401, 'Send a valid API token');
      return reply.code(201).send(await svc.push(req.apiToken, req.body));
    },
  );
}
