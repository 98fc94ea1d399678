import type { Readable } from 'node:stream';
import { Type } from 'typebox';
import {
  ApiToken,
  CommitImportBody,
  CreateApiTokenBody,
  CreatedApiToken,
  CreateImportPresetBody,
  IdParams,
  ImportBatch,
  ImportBatchSummary,
  ImportPreset,
  ImportSettings,
  ListImportsQuery,
  MatchStaffBody,
  Page,
  Problem,
  PushObservationsBody,
  PushObservationsResult,
  PushProblem,
  UploadImportQuery,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import { AppError } from '../../lib/errors.js';
import type { ImportsService } from './imports.service.js';
import type { ImportPresetsService } from './import-presets.service.js';
import type { ApiTokensService } from './api-tokens.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export function importsRoutes(
  app: App,
  svc: ImportsService,
  presets: ImportPresetsService,
  tokens: ApiTokensService,
) {
  const tags = ['imports'];
  // Import files arrive as the raw request body and are streamed to disk, never buffered.
  app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));

  app.post(
    '/api/v1/imports',
    {
      config: {
        access: 'imports.write',
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
        description:
          'Upload an export file (CSV or XLSX) as the raw request body with Content-Type application/octet-stream.',
        querystring: UploadImportQuery,
        response: { 201: ImportBatch, 413: Problem, ...errors },
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
  app.get(
    '/api/v1/imports',
    {
      config: { access: 'imports.read' },
      schema: { tags, querystring: ListImportsQuery, response: { 200: Page(ImportBatchSummary), ...errors } },
    },
    async (req) => svc.list(actorOf(req), req.query),
  );
  app.get(
    '/api/v1/imports/:id',
    {
      config: { access: 'imports.read' },
      schema: { tags, params: IdParams, response: { 200: ImportBatch, ...errors } },
    },
    async (req) => svc.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/imports/:id/validate',
    {
      config: { access: 'imports.write' },
      schema: { tags, params: IdParams, body: ImportSettings, response: { 202: ImportBatch, ...errors } },
    },
    async (req, reply) => reply.code(202).send(await svc.validate(actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/v1/imports/:id/matches',
    {
      config: { access: 'imports.write' },
      schema: { tags, params: IdParams, body: MatchStaffBody, response: { 200: ImportBatch, ...errors } },
    },
    async (req) => svc.match(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/imports/:id/commit',
    {
      config: { access: 'imports.write' },
      schema: { tags, params: IdParams, body: CommitImportBody, response: { 202: ImportBatch, ...errors } },
    },
    async (req, reply) => reply.code(202).send(await svc.commit(actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/v1/imports/:id/undo',
    {
      config: { access: 'imports.write' },
      schema: { tags, params: IdParams, response: { 200: ImportBatch, ...errors } },
    },
    async (req) => svc.undo(actorOf(req), req.params.id),
  );
  app.delete(
    '/api/v1/imports/:id',
    {
      config: { access: 'imports.write' },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errors } },
    },
    async (req, reply) => {
      await svc.discard(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/import-presets',
    {
      config: { access: 'imports.read' },
      schema: { tags, response: { 200: Type.Array(ImportPreset), ...errors } },
    },
    async (req) => presets.list(actorOf(req)),
  );
  app.post(
    '/api/v1/import-presets',
    {
      config: { access: 'imports.write' },
      schema: { tags, body: CreateImportPresetBody, response: { 201: ImportPreset, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await presets.create(actorOf(req), req.body)),
  );
  app.delete(
    '/api/v1/import-presets/:id',
    {
      config: { access: 'imports.write' },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errors } },
    },
    async (req, reply) => {
      await presets.remove(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/api-tokens',
    {
      config: { access: 'integrations.manage' },
      schema: { tags, response: { 200: Type.Array(ApiToken), ...errors } },
    },
    async (req) => tokens.list(actorOf(req)),
  );
  app.post(
    '/api/v1/api-tokens',
    {
      config: { access: 'integrations.manage' },
      schema: { tags, body: CreateApiTokenBody, response: { 201: CreatedApiToken, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await tokens.create(actorOf(req), req.body.name)),
  );
  app.delete(
    '/api/v1/api-tokens/:id',
    {
      config: { access: 'integrations.manage' },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errors } },
    },
    async (req, reply) => {
      await tokens.revoke(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/push/observations',
    {
      config: { access: 'token' },
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags,
        description:
          'For integrations: send `Authorization: Bearer <token>` (an admin creates tokens). Up to 10,000 rows; ' +
          'all are checked first (dates, offsets and each indicator’s plausible bounds, as for a file) and nothing is written ' +
          'unless every row is valid: a 422 lists each bad row with its import issue code. Unusual but possible values are ' +
          'taken and listed in `warnings`. Rows with the same key replace earlier values.',
        security: [{ bearer: [] }],
        body: PushObservationsBody,
        response: { 201: PushObservationsResult, 422: PushProblem, ...errors },
      },
    },
    async (req, reply) => {
      if (!req.apiToken) throw new AppError('auth.invalid_token', 401, 'Send a valid API token');
      return reply.code(201).send(await svc.push(req.apiToken, req.body));
    },
  );
}
