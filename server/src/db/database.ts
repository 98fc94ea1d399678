import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.js';
import { PGliteDialect } from './pglite-dialect.js';
import { lockDataDir } from './data-dir-lock.js';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string; loadDataDir?: Blob }
  | { kind: 'pglite-memory'; loadDataDir?: Blob };

export interface Database {
  db: Kysely<DB>;
  kind: 'postgres' | 'pglite';
  /** The embedded engine, when embedded (for backups and test templates). */
  pglite: PGlite | null;
  close(): Promise<void>;
}

// Same value shapes from both engines: `date` stays 'YYYY-MM-DD' (no local-midnight Date),
// bigint and numeric become numbers (counts and sums; ids stay well under 2^53).
const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;
const parseDate = (v: string) => v;
const parseNumber = (v: string) => Number(v);

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
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

  const release = target.kind === 'pglite' ? await lockDataDir(target.dataDir) : null;
  try {
    const pglite = await PGlite.create({
      ...(target.kind === 'pglite' ? { dataDir: target.dataDir } : {}),
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
      parsers: { [DATE]: parseDate, [INT8]: parseNumber, [NUMERIC]: parseNumber },
      postgresqlconf: ['max_wal_size=256MB'],
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
