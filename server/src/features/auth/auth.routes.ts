import { authEndpoints as e, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf, metaOf } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import { clearCookieOptions, cookieNames, cookieOptions } from '../../http/cookies.js';
import { newToken, type AuthService } from './auth.service.js';
import { localDate, type Calendar } from '../../lib/calendar.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 409: Problem, 429: Problem };

/**
 * Sign-in, the session and one's own settings (contract: authEndpoints). Session, login, setup,
 * logout and password are written by hand from the contract: they set or clear cookies, or are
 * rate-limited by address.
 */
export function authRoutes(
  app: App,
  auth: AuthService,
  opts: {
    cookieSecure: boolean;
    demo: boolean;
    loginMaxAttempts: number;
    loginWindowMs: number;
    calendar: Calendar;
    /** Sent in every session answer, so the web refuses a file the server would refuse. */
    maxImportBytes: number;
  },
) {
  const clockFor = async (personId: string | null | undefined) => {
    const timeZone = await opts.calendar.zoneOf(personId);
    const now = opts.calendar.now();
    return { now: now.toISOString(), today: localDate(now, timeZone), timeZone };
  };
  const names = cookieNames(opts.cookieSecure);
  const tags = ['auth'];
  // Failed sign-ins are throttled in the service; set-up and password changes by address here.
  const addressLimit = {
    max: opts.loginMaxAttempts,
    timeWindow: opts.loginWindowMs,
    keyGenerator: (req: { ip: string }) => req.ip,
  };

  app.get(
    e.session.path,
    {
      config: { access: e.session.access },
      schema: { tags, summary: e.session.summary, response: { 200: e.session.response } },
    },
    async (request, reply) => {
      let csrfToken = request.csrfToken;
      if (!request.actor) {
        csrfToken = request.cookies[names.csrf] ?? newToken();
        reply.setCookie(names.csrf, csrfToken, cookieOptions(opts.cookieSecure));
        if (request.sessionToken) reply.clearCookie(names.session, clearCookieOptions(opts.cookieSecure));
      }
      const user = request.me;
      return {
        user,
        csrfToken: csrfToken ?? '',
        needsSetup: user ? false : await auth.needsSetup(),
        demo: opts.demo,
        clock: await clockFor(user?.personId),
        maxImportBytes: opts.maxImportBytes,
      };
    },
  );

  app.post(
    e.login.path,
    {
      config: { access: e.login.access },
      schema: {
        tags,
        summary: e.login.summary,
        body: e.login.body,
        response: { 200: e.login.response, ...errors },
      },
    },
    async (request, reply) => {
      const s = await auth.login(metaOf(request), request.body, request.sessionToken);
      reply.setCookie(names.session, s.token, cookieOptions(opts.cookieSecure, s.maxAgeMs));
      reply.clearCookie(names.csrf, clearCookieOptions(opts.cookieSecure));
      return {
        user: s.me,
        csrfToken: s.csrfToken,
        needsSetup: false,
        demo: opts.demo,
        clock: await clockFor(s.me.personId),
        maxImportBytes: opts.maxImportBytes,
      };
    },
  );

  app.post(
    e.setup.path,
    {
      config: { access: e.setup.access, rateLimit: addressLimit },
      schema: {
        tags,
        summary: e.setup.summary,
        body: e.setup.body,
        response: { 200: e.setup.response, ...errors },
      },
    },
    async (request, reply) => {
      const s = await auth.setup(metaOf(request), request.body);
      reply.setCookie(names.session, s.token, cookieOptions(opts.cookieSecure, s.maxAgeMs));
      reply.clearCookie(names.csrf, clearCookieOptions(opts.cookieSecure));
      return {
        user: s.me,
        csrfToken: s.csrfToken,
        needsSetup: false,
        demo: opts.demo,
        clock: await clockFor(s.me.personId),
        maxImportBytes: opts.maxImportBytes,
      };
    },
  );

  app.post(
    e.logout.path,
    {
      config: { access: e.logout.access },
      schema: { tags, summary: e.logout.summary, response: { 204: e.logout.response, 401: Problem } },
    },
    async (request, reply) => {
      await auth.logout(actorOf(request));
      reply.clearCookie(names.session, clearCookieOptions(opts.cookieSecure));
      return reply.code(204).send(null);
    },
  );

  app.post(
    e.changePassword.path,
    {
      config: { access: e.changePassword.access, rateLimit: addressLimit },
      schema: {
        tags,
        summary: e.changePassword.summary,
        body: e.changePassword.body,
        response: { 204: e.changePassword.response, ...errors },
      },
    },
    async (request, reply) => {
      await auth.changePassword(actorOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  route(app, e.listSessions, tags, ({ actor }) => auth.listSessions(actor));
  route(app, e.revokeSession, tags, ({ actor, params }) => auth.revokeSession(actor, params.sessionId));
  route(app, e.setLocale, tags, ({ actor, body }) => auth.setLocale(actor, body.locale));
}
