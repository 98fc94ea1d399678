/**
 * The embedded database's template: a data directory made at install time (PGlite's initdb and
 * the migrations of that moment), packed as one gzipped tar (scripts/build-server.mjs makes it).
 * A new data directory starts from it instead of running initdb, which is most of a first start
 * (issue 19 item 6); migrations newer than the template are applied after, as on any start. A
 * directory that already holds a database never takes it.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';

export { templateFor } from './early-open.js';

/** Makes the template file: a fresh database, migrated, dumped (written whole or not at all). */
export async function makeTemplate(file: string): Promise<{ bytes: number; migrations: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'frontline-template-'));
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data'), inProcess: true });
    let migrations: string[];
    let blob: Blob;
    try {
      migrations = await migrateToLatest(database.db);
      blob = await database.pglite!.dumpDataDir('gzip');
    } finally {
      await database.close();
    }
    const bytes = Buffer.from(await blob.arrayBuffer());
    const partial = `${file}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, file);
    return { bytes: bytes.length, migrations: migrations.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
