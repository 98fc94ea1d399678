import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import { migrations as allMigrations } from './migrations/index.js';

export class MigrationError extends Error {
  constructor(
    readonly failed: string | undefined,
    override readonly cause: unknown,
  ) {
    super(`Migration ${failed ?? '(unknown)'} failed: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

/**
 * Runs every pending migration. On PostgreSQL (and PGlite) Kysely runs the whole batch in one
 * transaction under an advisory lock, so a failed migration leaves the database as it was.
 */
export async function migrateToLatest(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>,
  migrations: Record<string, Migration> = allMigrations,
): Promise<string[]> {
  // Most starts have nothing to apply: one query says so, without the migrator's lock and tables.
  const names = Object.keys(migrations);
  const done = await db
    .selectFrom('kysely_migration')
    .select('name')
    .execute()
    .catch(() => null);
  if (done && done.length === names.length && names.every((n) => done.some((d) => d.name === n))) return [];
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new MigrationError(failed, result.error);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
