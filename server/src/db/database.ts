import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';
import { PGliteDialect, type EmbeddedEngine } from './pglite-dialect.js';
import { DATE, INT8, NUMERIC, parseDate, parseNumber, PGLITE_CONF, PGLITE_PARSERS } from './pglite-types.mjs';
import { lockDataDir } from './data-dir-lock.js';
import { openWorkerEngine, type LockedEngine } from './early-open.js';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  /**
   * On disk, in a worker thread so a long statement never holds the server's event loop;
   * `inProcess` keeps it on the calling thread (tools that only migrate or copy).
   */
  | { kind: 'pglite'; dataDir: string; loadDataDir?: Blob; inProcess?: boolean }
  | { kind: 'pglite-memory'; loadDataDir?: Blob };

export interface Database {
  db: Kysely<DB>;
  kind: 'postgres' | 'pglite';
  /** The embedded engine, when embedded (for backups and test templates). */
  pglite: EmbeddedEngine | null;
  close(): Promise<void>;
}

// Same value shapes from both engines (pglite-types.mjs): `date` stays 'YYYY-MM-DD' (no
// local-midnight Date), bigint and numeric become numbers (counts and sums; ids stay under 2^53).

/**
 * Opens the database. An embedded one on disk is locked and opened in a worker thread, unless
 * `opened` is that engine already open (early-open.ts: started before the server loaded).
 */
export async function openDatabase(target: DatabaseTarget, opened?: LockedEngine): Promise<Database> {
  const plugins = [new CamelCasePlugin()];
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
          if (oid === DATE) return parseDate;
          if (oid === INT8 || oid === NUMERIC) return parseNumber;
          return pg.types.getTypeParser(oid, format);
        }) as typeof pg.types.getTypeParser,
      },
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, kind: 'postgres', pglite: null, close: () => db.destroy() };
  }

  if (target.kind === 'pglite' && !target.inProcess) {
    const { pglite, release } = opened ?? (await openWorkerEngine(target.dataDir, target.loadDataDir));
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite), plugins });
    return {
      db,
      kind: 'pglite',
      pglite,
      close: async () => {
        await db.destroy();
        await release();
      },
    };
  }
  const release = target.kind === 'pglite' ? await lockDataDir(target.dataDir) : null;
  try {
    const pglite: EmbeddedEngine = await PGlite.create({
      ...(target.kind === 'pglite' ? { dataDir: target.dataDir } : {}),
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
      parsers: PGLITE_PARSERS,
      postgresqlconf: PGLITE_CONF,
    });
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite), plugins });
    return {
      db,
      kind: 'pglite',
      pglite,
      close: async () => {
        await db.destroy();
        await release?.();
      },
    };
  } catch (err) {
    await release?.();
    throw err;
  }
}
