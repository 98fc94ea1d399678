import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  permissionsOf,
  seesEveryone,
  type ChangePasswordBody,
  type LoginBody,
  type Me,
  type Role,
  type SessionView,
  type SetupBody,
} from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, Forbidden, NotFound, RateLimitedError } from '../../lib/errors.js';
import { authRepository } from './auth.repository.js';
import { createLoginThrottle } from './login-throttle.js';
import { checkPasswordStrength, hashPassword, verifyAgainstDummy, verifyPassword } from './password.js';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  maxAgeMs: number;
  me: Me;
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  me: Me;
}

export const newToken = () => randomBytes(32).toString('base64url');
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function toMe(u: {
  id: string;
  email: string;
  displayName: string;
  personId: string | null;
  roles: Role[];
  locale: string;
}): Me {
  return {
    userId: u.id,
    email: u.email,
    displayName: u.displayName,
    personId: u.personId,
    roles: u.roles,
    permissions: [...permissionsOf(u.roles)].sort(),
    seesEveryone: seesEveryone(u.roles),
    locale: u.locale,
  };
}

/**
 * Sign-in with e-mail and password (argon2id), database sessions with idle and absolute
 * timeouts, a new session id at every sign-in, and first-run set-up of the administrator.
 */
export function createAuthService(deps: {
  db: Kysely<DB>;
  audit: AuditService;
  clock: Clock;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  setupToken: string;
  /** Failed sign-ins per address (over all accounts), and per account before its back-off starts. */
  loginMaxAttempts: number;
  /** The window those failures are counted in. */
  loginWindowMs: number;
}) {
  const { db, audit, clock } = deps;
  const throttle = createLoginThrottle({ max: deps.loginMaxAttempts, windowMs: deps.loginWindowMs, clock });

  async function startSession(trx: Kysely<DB>, userId: string, meta: RequestMeta) {
    const token = newToken();
    const csrfToken = newToken();
    const now = clock.now();
    await authRepository(trx).insertSession({
      id: sessionIdOf(token),
      userId,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + deps.sessionAbsoluteMs),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
    });
    await authRepository(trx).setLastLogin(userId, now);
    return { token, csrfToken, maxAgeMs: deps.sessionAbsoluteMs };
  }

  const metaActor = (meta: RequestMeta, userId: string | null) => ({
    kind: 'system' as const,
    userId,
    requestId: meta.requestId,
    ip: meta.ip,
    reason: 'auth',
  });

  return {
    async needsSetup(): Promise<boolean> {
      return (await authRepository(db).countUsers()) === 0;
    },

    async login(meta: RequestMeta, body: LoginBody, previousToken: string | null): Promise<NewSession> {
      const address = meta.ip ?? '';
      const account = body.email.toLowerCase();
      const attempt = throttle.begin(address, account);
      if ('refused' in attempt) {
        const { retryAfterMs, by } = attempt.refused;
        const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
        throw new RateLimitedError(
          retryAfterMs,
          by === 'address'
            ? `Too many failed sign-ins from this address. Try again in ${Math.ceil(seconds / 60)} minute(s).`
            : `Too many failed sign-ins to this account. Try again in ${seconds} second(s).`,
        );
      }
      const user = await authRepository(db).findUserByEmail(body.email);
      const ok = user
        ? await verifyPassword(user.passwordHash, body.password)
        : (await verifyAgainstDummy(body.password), false);
      if (!user || !ok) {
        // The try already counts as a failure (throttle.begin).
        await audit.record(db, metaActor(meta, null), {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id ?? null,
          after: { email: account },
        });
        throw new AppError('auth.invalid_credentials', 401, 'The e-mail or password is not right.');
      }
      throttle.succeed(address, account, attempt.at);
      if (user.disabled) {
        await audit.record(db, metaActor(meta, user.id), {
          action: 'auth.login_refused_disabled',
          entityType: 'user',
          entityId: user.id,
        });
        throw Forbidden('auth.account_disabled', 'This account is disabled.');
      }
      return db.transaction().execute(async (trx) => {
        // Rotate: the session that came with the request (if any) ends here.
        if (previousToken) await authRepository(trx).deleteSession(sessionIdOf(previousToken));
        const s = await startSession(trx, user.id, meta);
        await audit.record(trx, metaActor(meta, user.id), {
          action: 'auth.login',
          entityType: 'user',
          entityId: user.id,
          subjectPersonId: user.personId,
        });
        return { ...s, me: toMe(user) };
      });
    },

    /** The session behind a cookie, or null when absent, expired, idle too long or disabled. */
    async resolve(token: string, meta: RequestMeta): Promise<ResolvedSession | null> {
      const repo = authRepository(db);
      const id = sessionIdOf(token);
      const s = await repo.findSession(id);
      if (!s) return null;
      const now = clock.now();
      const idleExpired = now.getTime() - s.lastSeenAt.getTime() > deps.sessionIdleMs;
      if (s.disabled || s.expiresAt <= now || idleExpired) {
        await repo.deleteSession(id);
        return null;
      }
      if (now.getTime() - s.lastSeenAt.getTime() > 30_000) await repo.touchSession(id, now);
      const me = toMe({ ...s, id: s.userId });
      return {
        csrfToken: s.csrfToken,
        me,
        actor: {
          kind: 'user',
          userId: s.userId,
          personId: s.personId,
          roles: s.roles,
          permissions: permissionsOf(s.roles),
          sessionId: id,
          requestId: meta.requestId,
          ip: meta.ip,
        },
      };
    },

    async logout(actor: Actor): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (actor.sessionId) await authRepository(trx).deleteSession(actor.sessionId);
        await audit.record(trx, actor, { action: 'auth.logout', entityType: 'user', entityId: actor.userId });
      });
    },

    async setup(meta: RequestMeta, body: SetupBody): Promise<NewSession> {
      if (!tokensEqual(body.setupToken.trim(), deps.setupToken)) {
        throw Forbidden(
          'auth.setup_token_invalid',
          'The set-up token is not right. It is printed in the server log.',
        );
      }
      checkPasswordStrength(body.password, body.email);
      const passwordHash = await hashPassword(body.password);
      return db.transaction().execute(async (trx) => {
        const repo = authRepository(trx);
        await repo.lockUsers();
        if ((await repo.countUsers()) > 0) {
          throw new AppError('auth.setup_done', 409, 'Frontline is already set up.');
        }
        const root = await repo.rootUnit();
        const now = clock.now();
        const unit =
          root ??
          (await repo.insertOrgUnit({
            kind: 'company',
            code: 'ORG',
            nameEn: body.organisationName,
            nameZh: null,
            createdAt: now,
            updatedAt: now,
          }));
        const user = await repo.insertUser({
          email: body.email.toLowerCase(),
          displayName: body.displayName,
          passwordHash,
          personId: null,
          roles: ['admin'],
          lastLoginAt: null,
          createdAt: now,
          updatedAt: now,
        });
        const s = await startSession(trx, user.id, meta);
        await audit.record(trx, metaActor(meta, user.id), {
          action: 'auth.setup',
          entityType: 'user',
          entityId: user.id,
          after: { email: user.email, roles: user.roles, orgUnitId: unit.id },
        });
        return { ...s, me: toMe(user) };
      });
    },

    async changePassword(actor: Actor, body: ChangePasswordBody): Promise<void> {
      const repo = authRepository(db);
      const user = await repo.findUserById(actor.userId);
      if (!user) throw NotFound('user.not_found');
      if (!(await verifyPassword(user.passwordHash, body.currentPassword))) {
        throw new AppError('auth.wrong_password', 400, 'The current password is not right.');
      }
      checkPasswordStrength(body.newPassword, user.email);
      const hash = await hashPassword(body.newPassword);
      await db.transaction().execute(async (trx) => {
        await authRepository(trx).setPasswordHash(user.id, hash, clock.now());
        // Other sessions end: whoever knew the old password is signed out.
        await authRepository(trx).deleteSessionsOfUser(user.id, actor.sessionId ?? undefined);
        await audit.record(trx, actor, {
          action: 'auth.password_changed',
          entityType: 'user',
          entityId: user.id,
        });
      });
    },

    async listSessions(actor: Actor): Promise<SessionView[]> {
      const rows = await authRepository(db).listSessions(actor.userId);
      return rows.map((r) => ({
        id: r.id,
        createdAt: r.createdAt.toISOString(),
        lastSeenAt: r.lastSeenAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
        userAgent: r.userAgent,
        current: r.id === actor.sessionId,
      }));
    },

    async revokeSession(actor: Actor, sessionId: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const deleted = await authRepository(trx).deleteSessionOfUser(sessionId, actor.userId);
        if (deleted === 0) throw NotFound('not_found', 'No such session.');
        await audit.record(trx, actor, {
          action: 'auth.session_revoked',
          entityType: 'session',
          entityId: sessionId.slice(0, 12),
        });
      });
    },

    async setLocale(actor: Actor, locale: 'en' | 'zh-Hant'): Promise<Me> {
      return db.transaction().execute(async (trx) => {
        const before = await authRepository(trx).findUserById(actor.userId);
        if (!before) throw NotFound('user.not_found');
        await authRepository(trx).setLocale(actor.userId, locale, clock.now());
        await audit.record(trx, actor, {
          action: 'user.locale_changed',
          entityType: 'user',
          entityId: actor.userId,
          before: { locale: before.locale },
          after: { locale },
        });
        return toMe({ ...before, locale });
      });
    },

    async purgeExpiredSessions(): Promise<void> {
      const now = clock.now();
      await authRepository(db).deleteExpiredSessions(now, new Date(now.getTime() - deps.sessionIdleMs));
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
