import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddedEngine } from './pglite-dialect.js';
import type { Database } from './database.js';

/** A consistent copy of the embedded database as a .tar.gz (PGlite's own dump of its data dir). */
export async function backupEmbedded(pglite: EmbeddedEngine, file: string): Promise<number> {
  await pglite.exec('checkpoint');
  const blob = await pglite.dumpDataDir('gzip');
  const bytes = Buffer.from(await blob.arrayBuffer());
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.partial`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file); // never leave a half-written backup under the final name
  return bytes.length;
}

export function backupFileName(dir: string, at: Date): string {
  return path.join(dir, `frontline-${at.toISOString().replace(/[:.]/g, '-')}.tar.gz`);
}

/**
 * Backs up while holding the database connection, so no transaction is half-way through.
 */
export async function backupEmbeddedNow(
  database: Database,
  dir: string,
  keep: number,
  at: Date,
): Promise<string> {
  if (!database.pglite) {
    throw new Error('Scheduled backups are for the embedded database; use pg_dump for PostgreSQL.');
  }
  const pglite = database.pglite;
  const file = backupFileName(dir, at);
  await database.db.connection().execute(async () => {
    await backupEmbedded(pglite, file);
  });
  pruneBackups(dir, keep);
  return file;
}

/** Keeps the newest `keep` backups in `dir`. */
export function pruneBackups(dir: string, keep: number): void {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^frontline-.*\.tar\.gz$/.test(f))
    .sort()
    .reverse();
  for (const f of files.slice(keep)) fs.rmSync(path.join(dir, f));
}
