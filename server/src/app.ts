import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { systemClock, type Clock } from './lib/clock.js';
import { createCalendar } from './lib/calendar.js';
import { registerErrorHandler, sendProblem } from './http/errors.js';
import { createLazyCompiles, type LazyCompiles } from './http/lazy-compile.js';
import { createValidatorCompiler } from './http/validation.js';
import { openapiOptions } from './http/openapi.js';
import { registerAccessGuard, type RegisteredRoute } from './http/access-guard.js';
import type { App } from './http/types.js';
import { createAccessService } from './access/access.service.js';
import { createAuditService } from './features/audit/audit.service.js';
import { createNotificationsService } from './features/notifications/notifications.service.js';
import { createMonitoringService } from './features/monitoring/monitoring.service.js';
import { createJobRunner } from './lib/jobs.js';
import { createMailer, type Mailer } from './lib/mailer.js';
import type { FeatureContext } from './features/feature.js';
import { FEATURES, type FeatureServices } from './features/registry.js';

export interface AppDeps {
  database: Database;
  clock?: Clock;
  /** The first-run set-up token; random (and unknown to anyone) when not given. */
  setupToken?: string;
  /** Outgoing mail (tests pass an in-memory or SMTP-test mailer); else from config.mail. */
  mailer?: Mailer;
  /** Where background jobs report failures (the server's log). */
  onJobError?: (job: string, err: unknown) => void;
  /** Also told of every unhandled request error (tests print them; the log has them anyway). */
  onRequestError?: (err: unknown) => void;
}

/** The shared services, then every feature's (features/registry.ts), all made the same way. */
export function createServices(config: Readonly<Config>, deps: AppDeps) {
  const db = deps.database.db;
  const clock = deps.clock ?? systemClock;
  const calendar = createCalendar({ db, clock, zone: config.timeZone });
  const audit = createAuditService({ db, clock });
  const access = createAccessService(db);
  const notifications = createNotificationsService({ db, clock });
  const jobs = createJobRunner((name, err) => {
    deps.onJobError?.(name, err);
  });
  const monitoring = createMonitoringService({ db, access, audit, clock, calendar });
  const ctx: FeatureContext = {
    db,
    access,
    audit,
    clock,
    calendar,
    notifications,
    mailer: deps.mailer ?? createMailer(config.mail),
    monitoring,
    publicUrl: config.publicUrl,
    config,
    jobs,
    ...(deps.onJobError ? { log: (msg: string, err?: unknown) => deps.onJobError?.(msg, err) } : {}),
    ...(deps.setupToken ? { setupToken: deps.setupToken } : {}),
  };
  const features = Object.assign({}, ...FEATURES.map((f) => f.create(ctx))) as FeatureServices;
  return {
    ...features,
    db,
    jobs,
    clock,
    calendar,
    mailer: ctx.mailer,
    monitoring,
    notifications,
    audit,
    access,
    /** What every feature was made from (its routes get it too). */
    context: ctx,
  };
}
export type Services = ReturnType<typeof createServices>;

/** Builds the HTTP app: plugins, access guard, features, docs and the web app. Never listens. */
export async function buildApp(
  config: Readonly<Config>,
  deps: AppDeps,
): Promise<{ app: App; routes: RegisteredRoute[]; services: Services; compiles: LazyCompiles }> {
  const services = createServices(config, deps);
  // Validators of bodies and response serializers are compiled on first use (or by compiles.warm()).
  const compiles = createLazyCompiles();
  const app = Fastify({
    schemaController: { compilersFactory: { buildSerializer: compiles.buildSerializer() } },
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'req.headers["x-csrf-token"]',
              'res.headers["set-cookie"]',
            ],
          },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => randomBytes(8).toString('hex'),
    // A path the router cannot decode (e.g. %ED%A0%80) answers problem+json like any bad request.
    frameworkErrors: (_err, request, reply) => {
      void sendProblem(reply, request, 400, 'validation', 'The address is not valid (cannot be decoded).');
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(createValidatorCompiler(compiles.lazy));

  registerErrorHandler(app, deps.onRequestError);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, openapiOptions(config));
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: config.maxUploadBytes },
    (_req, body, done) => done(null, body),
  );

  const routes = registerAccessGuard(app, services.auth, config.cookieSecure, (secret) =>
    services.apiTokens.resolve(secret),
  );

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/v1/')) reply.header('cache-control', 'no-store');
  });

  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['meta'],
        response: { 200: Type.Object({ status: Type.Literal('ok'), database: Type.String() }) },
      },
    },
    async () => {
      await deps.database.db.selectFrom('orgUnit').select('id').limit(1).execute();
      return { status: 'ok' as const, database: deps.database.kind };
    },
  );
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  for (const feature of FEATURES) feature.routes(app, services, services.context);

  await registerWebApp(app, config.webDist);
  return { app, routes, services, compiles };
}

/** The React app: its files, and index.html for every other GET outside /api. */
async function registerWebApp(app: App, webDist: string) {
  const index = path.join(webDist, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, serve: false });
  const csp =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, 404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}`),
  );

  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (request, reply) => {
    const urlPath = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (urlPath.startsWith('/api/')) {
      return sendProblem(reply, request, 404, 'not_found', `No route ${request.method} ${urlPath}`);
    }
    if (!hasWeb) {
      return reply
        .type('text/plain; charset=utf-8')
        .send('Frontline: the web app is not built. Run `npm start` (it builds it) or `npm run build`.');
    }
    const file = path.normalize(path.join(webDist, urlPath));
    if (file.startsWith(webDist + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      const immutable = urlPath.startsWith('/assets/');
      return reply
        .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
        .sendFile(path.relative(webDist, file));
    }
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', csp)
      .sendFile('index.html');
  });
}
