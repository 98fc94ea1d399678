import { Type } from 'typebox';
import {
  ChangePasswordBody,
  LocaleBody,
  LoginBody,
  Me,
  Problem,
  SessionState,
  SessionView,
  SetupBody,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf, metaOf } from '../../http/types.js';
import { clearCookieOptions, cookieNames, cookieOptions } from '../../http/cookies.js';
import { newToken, type AuthService } from './auth.service.js';
import { localDate, type Calendar } from '../../lib/calendar.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 409: Problem, 429: Problem };

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
    '/api/v1/auth/session',
    { config: { access: 'public' }, schema: { tags, response: { 200: SessionState } } },
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
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: { tags, body: LoginBody, response: { 200: SessionState, ...errors } },
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
    '/api/v1/auth/setup',
    {
      config: { access: 'public', rateLimit: addressLimit },
      schema: { tags, body: SetupBody, response: { 200: SessionState, ...errors } },
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
    '/api/v1/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags, response: { 204: Type.Null(), 401: Problem } } },
    async (request, reply) => {
      await auth.logout(actorOf(request));
      reply.clearCookie(names.session, clearCookieOptions(opts.cookieSecure));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { access: 'authenticated', rateLimit: addressLimit },
      schema: { tags, body: ChangePasswordBody, response: { 204: Type.Null(), ...errors } },
    },
    async (request, reply) => {
      await auth.changePassword(actorOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    {
      config: { access: 'authenticated' },
      schema: { tags, response: { 200: Type.Array(SessionView), 401: Problem } },
    },
    async (request) => auth.listSessions(actorOf(request)),
  );

  app.delete(
    '/api/v1/auth/sessions/:sessionId',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        params: Type.Object(
          { sessionId: Type.String({ pattern: '^[0-9a-f]{64}$' }) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...errors, 404: Problem },
      },
    },
    async (request, reply) => {
      await auth.revokeSession(actorOf(request), request.params.sessionId);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/v1/me/locale',
    {
      config: { access: 'authenticated' },
      schema: { tags, body: LocaleBody, response: { 200: Me, ...errors } },
    },
    async (request) => auth.setLocale(actorOf(request), request.body.locale),
  );
}
