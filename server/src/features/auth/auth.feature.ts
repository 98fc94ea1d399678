import { randomBytes } from 'node:crypto';
import { defineFeature } from '../feature.js';
import { createAuthService } from './auth.service.js';
import { authRoutes } from './auth.routes.js';

export const authFeature = defineFeature({
  name: 'auth',
  create: (ctx) => ({
    auth: createAuthService({
      ...ctx,
      sessionIdleMs: ctx.config.sessionIdleMs,
      sessionAbsoluteMs: ctx.config.sessionAbsoluteMs,
      setupToken: ctx.setupToken ?? ctx.config.setupToken ?? randomBytes(24).toString('base64url'),
      loginMaxAttempts: ctx.config.loginMaxAttempts,
      loginWindowMs: ctx.config.loginWindowMs,
    }),
  }),
  routes: (app, s, ctx) =>
    authRoutes(app, s.auth, {
      cookieSecure: ctx.config.cookieSecure,
      demo: ctx.config.demo,
      loginMaxAttempts: ctx.config.loginMaxAttempts,
      loginWindowMs: ctx.config.loginWindowMs,
      calendar: ctx.calendar,
      maxImportBytes: ctx.config.maxImportBytes,
    }),
});
