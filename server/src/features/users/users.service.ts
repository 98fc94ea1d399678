import type { Kysely } from 'kysely';
import {
  ROLES_ONLY_ADMIN_GRANTS,
  type CreateUserBody,
  type Role,
  type UpdateUserBody,
  type User,
} from '@frontline/contract';
import type { AppUserRow, DB } from '../../db/schema.js';
import type { Actor, AnyActor } from '../../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import { Conflict, Forbidden, Invalid, NotFound, isUniqueViolation } from '../../lib/errors.js';
import { checkPasswordStrength, hashPassword } from '../auth/password.js';
import { usersRepository } from './users.repository.js';

const toUser = (r: AppUserRow & { personName: string | null }): User => ({
  id: r.id,
  email: r.email,
  displayName: r.displayName,
  personId: r.personId,
  personName: r.personName,
  roles: r.roles,
  disabled: r.disabled,
  locale: r.locale,
  lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

const auditView = (u: User) => ({
  email: u.email,
  displayName: u.displayName,
  personId: u.personId,
  roles: u.roles,
  disabled: u.disabled,
});

/** User accounts: sign-in identity, link to a person, roles. Only an admin grants or touches admin. */
export function createUsersService(deps: { db: Kysely<DB>; audit: AuditService; clock: Clock }) {
  const { db, audit, clock } = deps;

  const isAdmin = (actor: AnyActor) => actor.kind === 'system' || actor.roles.includes('admin');
  function checkGrant(actor: AnyActor, roles: readonly Role[] | undefined) {
    if (!roles || isAdmin(actor)) return;
    const bad = roles.find((r) => ROLES_ONLY_ADMIN_GRANTS.includes(r));
    if (bad) throw Forbidden('user.cannot_grant_role', `Only an administrator can grant the ${bad} role.`);
  }
  async function checkPerson(trx: Kysely<DB>, personId: string | null | undefined) {
    if (personId && !(await usersRepository(trx).findPerson(personId))) {
      throw Invalid('person.not_found', 'That person does not exist.', [
        { path: '/personId', message: 'not found' },
      ]);
    }
  }
  const uniqueness = (err: unknown): never => {
    if (isUniqueViolation(err, 'app_user_email_key')) {
      throw Conflict('user.email_taken', 'That e-mail already has an account.');
    }
    if (isUniqueViolation(err, 'app_user_person_key')) {
      throw Conflict('user.person_taken', 'That person already has an account.');
    }
    throw err;
  };
  async function load(trx: Kysely<DB>, id: string): Promise<User> {
    const row = await usersRepository(trx).findById(id);
    if (!row) throw NotFound('user.not_found');
    return toUser(row);
  }

  return {
    async list(_actor: Actor, limit = 100, offset = 0) {
      const { rows, total } = await usersRepository(db).list(limit, offset);
      return { items: rows.map(toUser), total, limit, offset };
    },

    get: (_actor: Actor, id: string) => load(db, id),

    async create(actor: AnyActor, body: CreateUserBody, opts: { passwordHash?: string } = {}): Promise<User> {
      checkGrant(actor, body.roles);
      if (!opts.passwordHash) checkPasswordStrength(body.password, body.email);
      const passwordHash = opts.passwordHash ?? (await hashPassword(body.password));
      return db
        .transaction()
        .execute(async (trx) => {
          await checkPerson(trx, body.personId);
          const now = clock.now();
          const { id } = await usersRepository(trx).insert({
            email: body.email.toLowerCase(),
            displayName: body.displayName,
            passwordHash,
            personId: body.personId ?? null,
            roles: body.roles,
            lastLoginAt: null,
            createdAt: now,
            updatedAt: now,
          });
          const user = await load(trx, id);
          await audit.record(trx, actor, {
            action: 'user.created',
            entityType: 'user',
            entityId: id,
            subjectPersonId: user.personId,
            after: auditView(user),
          });
          return user;
        })
        .catch(uniqueness);
    },

    async update(actor: Actor, id: string, body: UpdateUserBody): Promise<User> {
      checkGrant(actor, body.roles);
      if (body.disabled === true && id === actor.userId) {
        throw Invalid('user.cannot_disable_self', 'You cannot disable your own account.');
      }
      const passwordHash = body.password ? await hashPassword(body.password) : undefined;
      return db
        .transaction()
        .execute(async (trx) => {
          const before = await load(trx, id);
          if (before.roles.includes('admin') && !isAdmin(actor)) {
            throw Forbidden(
              'user.cannot_grant_role',
              'Only an administrator can change an administrator account.',
            );
          }
          if (body.password) checkPasswordStrength(body.password, before.email);
          await checkPerson(trx, body.personId);
          const { password: _password, ...rest } = body;
          await usersRepository(trx).update(id, {
            ...rest,
            ...(passwordHash ? { passwordHash } : {}),
            updatedAt: clock.now(),
          });
          // Disabling, a password reset or a change of roles ends the user's sessions at once.
          if (body.disabled === true || passwordHash || body.roles) {
            await usersRepository(trx).deleteSessions(id);
          }
          const after = await load(trx, id);
          const diff = changedFields(auditView(before), auditView(after));
          await audit.record(trx, actor, {
            action: 'user.updated',
            entityType: 'user',
            entityId: id,
            subjectPersonId: after.personId,
            before: diff.before,
            after: { ...diff.after, ...(passwordHash ? { passwordReset: true } : {}) },
          });
          return after;
        })
        .catch(uniqueness);
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
