import type { FastifySchema } from 'fastify';
import type { Permission, RouteAccess } from '@frontline/contract';
import { PERMISSIONS } from '@frontline/contract';
import type { AuthService } from '../features/auth/auth.service.js';
import { tokensEqual } from '../features/auth/auth.service.js';
import { AppError, Forbidden, Unauthenticated } from '../lib/errors.js';
import type { App } from './types.js';
import { metaOf } from './types.js';
import { cookieNames } from './cookies.js';

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  /** The route's request and response schemas (tests generate requests from them). */
  schema?: FastifySchema;
}

// Routes added by plugins we trust to be public (interactive API docs and the web app's files).
const PLUGIN_PUBLIC_PREFIXES = ['/api/docs'];

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KNOWN: ReadonlySet<string> = new Set<string>([...PERMISSIONS, 'public', 'authenticated', 'token']);

/**
 * Every route declares its access; the server refuses to start otherwise. Each request then
 * gets: session → actor; anonymous → 401 unless public; missing permission → 403; and on every
 * state-changing method a CSRF token check (the session's token, or before sign-in a
 * double-submit cookie).
 */
export function registerAccessGuard(
  app: App,
  auth: AuthService,
  cookieSecure: boolean,
  resolveToken: (secret: string) => Promise<{ id: string; name: string } | null>,
): RegisteredRoute[] {
  const registry: RegisteredRoute[] = [];
  const names = cookieNames(cookieSecure);

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    let access = route.config?.access;
    if (!access && PLUGIN_PUBLIC_PREFIXES.some((p) => route.url.startsWith(p))) {
      access = 'public';
      route.config = { ...route.config, access };
    }
    if (!access || !KNOWN.has(access)) {
      throw new Error(
        `Route ${methods.join(',')} ${route.url} does not declare config.access (or names an unknown one)`,
      );
    }
    for (const m of methods) {
      if (m !== 'HEAD') registry.push({ method: m, url: route.url, access, schema: route.schema });
    }
  });

  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('me', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('apiToken', null);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
    if (request.routeOptions.config?.access === 'token') {
      // Integrations: a bearer token, no session and no cookies (so no CSRF to guard against).
      const m = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      request.apiToken = m?.[1] ? await resolveToken(m[1]) : null;
      if (!request.apiToken) {
        throw new AppError(
          'auth.invalid_token',
          401,
          'Send a valid API token as Authorization: Bearer <token>',
        );
      }
      return;
    }
    const token = request.cookies[names.session];
    if (token) {
      request.sessionToken = token;
      const resolved = await auth.resolve(token, metaOf(request));
      if (resolved) {
        request.actor = resolved.actor;
        request.csrfToken = resolved.csrfToken;
        request.me = resolved.me;
      }
    }

    const access = request.routeOptions.config?.access;
    if (!access) return; // 404s and the web app's files
    if (access !== 'public') {
      if (!request.actor) throw Unauthenticated();
      if (access !== 'authenticated' && !request.actor.permissions.has(access as Permission)) {
        throw Forbidden('auth.forbidden', 'You do not have permission to do this.');
      }
    }
    if (MUTATING.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      const expected = request.actor ? request.csrfToken : (request.cookies[names.csrf] ?? null);
      if (typeof sent !== 'string' || !expected || !tokensEqual(sent, expected)) {
        throw new AppError(
          'auth.csrf',
          403,
          'The request has no valid CSRF token. Reload the page and try again.',
        );
      }
    }
  });

  return registry;
}
