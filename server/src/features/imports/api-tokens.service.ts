import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ApiToken, CreatedApiToken } from '@frontline/contract';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import { NotFound } from '../../lib/errors.js';
import { apiTokensRepository } from './api-tokens.repository.js';

const PREFIX = 'flt_';
const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Integration tokens for the push API: 256 random bits shown once; only the SHA-256 is stored,
 * so a database leak does not leak working tokens. Revoked tokens stop at once.
 */
export function createApiTokensService(deps: { db: Kysely<DB>; audit: AuditService; clock: Clock }) {
  const { db, audit, clock } = deps;
  const toView = (r: {
    id: string;
    name: string;
    prefix: string;
    createdAt: Date;
    lastUsedAt: Date | null;
    revokedAt: Date | null;
  }): ApiToken => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  });
  return {
    async list(_actor: Actor): Promise<ApiToken[]> {
      const rows = await apiTokensRepository(db).list();
      return rows.map(toView);
    },

    async create(actor: Actor, name: string): Promise<CreatedApiToken> {
      const secret = PREFIX + randomBytes(32).toString('base64url');
      return db.transaction().execute(async (trx) => {
        const row = await apiTokensRepository(trx).insert({
          name,
          prefix: secret.slice(0, 10),
          tokenHash: hashOf(secret),
          createdBy: actor.userId,
        });
        await audit.record(trx, actor, {
          action: 'api_token.created',
          entityType: 'api_token',
          entityId: row.id,
          after: { name, prefix: row.prefix },
        });
        return { token: toView(row), secret };
      });
    },

    async revoke(actor: Actor, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = await apiTokensRepository(trx).revoke(id, clock.now());
        if (!row) throw NotFound('api_token.not_found');
        await audit.record(trx, actor, {
          action: 'api_token.revoked',
          entityType: 'api_token',
          entityId: id,
          before: { name: row.name },
        });
      });
    },

    /** The token a bearer secret names, when it is valid and not revoked. */
    async resolve(secret: string): Promise<{ id: string; name: string } | null> {
      if (!secret.startsWith(PREFIX) || secret.length > 200) return null;
      const row = await apiTokensRepository(db).touchByHash(hashOf(secret), clock.now());
      return row ?? null;
    },
  };
}
export type ApiTokensService = ReturnType<typeof createApiTokensService>;
