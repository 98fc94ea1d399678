import type { Insertable, Kysely } from 'kysely';
import type { ApiTokenTable, DB } from '../../db/schema.js';

/** Data access for integration tokens (only the hash of a secret is stored). */
export function apiTokensRepository(db: Kysely<DB>) {
  return {
    list: () => db.selectFrom('apiToken').selectAll().orderBy('createdAt', 'desc').execute(),
    insert: (row: Insertable<ApiTokenTable>) =>
      db.insertInto('apiToken').values(row).returningAll().executeTakeFirstOrThrow(),
    /** Revokes a token that is not revoked yet; undefined when there is none. */
    revoke: (id: string, at: Date) =>
      db
        .updateTable('apiToken')
        .set({ revokedAt: at })
        .where('id', '=', id)
        .where('revokedAt', 'is', null)
        .returningAll()
        .executeTakeFirst(),
    /** Marks the unrevoked token with this hash used at `at`; undefined when there is none. */
    touchByHash: (tokenHash: string, at: Date) =>
      db
        .updateTable('apiToken')
        .set({ lastUsedAt: at })
        .where('tokenHash', '=', tokenHash)
        .where('revokedAt', 'is', null)
        .returning(['id', 'name'])
        .executeTakeFirst(),
  };
}
