import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.js';
import { migrateToLatest } from './migrate.js';
import { PGliteInWorker } from './pglite-worker-client.js';

/**
 * The embedded database on disk runs in a worker thread (issue 10 item 5): the same values and
 * errors as in process, transactions that hold, and a server thread that keeps running while a
 * long statement does.
 */
describe('embedded database in a worker thread', () => {
  let dir: string;
  let database: Database;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-worker-db-'));
    database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') });
    await migrateToLatest(database.db);
  }, 120_000);
  afterAll(async () => {
    await database?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is the worker engine, with the value shapes of the in-process one', async () => {
    expect(database.pglite).toBeInstanceOf(PGliteInWorker);
    const r = await sql<{ d: string; n: number; big: number; at: Date; j: { a: number[] } }>`
      select date '2026-12-05' as d, 1.5::numeric as n, 9007199254740991::bigint as big,
             timestamptz '2026-12-05 10:00:00+08' as at, '{"a":[1,2]}'::jsonb as j`.execute(database.db);
    expect(r.rows[0]).toEqual({
      d: '2026-12-05',
      n: 1.5,
      big: 9007199254740991,
      at: new Date('2026-12-05T02:00:00Z'),
      j: { a: [1, 2] },
    });
  });

  it('passes database errors through with their SQLSTATE, and rolls a failed transaction back', async () => {
    await sql`create table worker_t (id int primary key)`.execute(database.db);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`insert into worker_t values (1)`.execute(trx);
        await sql`insert into worker_t values (1)`.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    const n = await sql<{ n: number }>`select count(*)::int as n from worker_t`.execute(database.db);
    expect(n.rows[0]!.n).toBe(0);
    const ins = await database.db
      .insertInto('worker_t' as never)
      .values({ id: 2 } as never)
      .executeTakeFirst();
    expect(Number(ins.numInsertedOrUpdatedRows)).toBe(1);
  });

  it('keeps the server thread running while a long statement runs', async () => {
    let last = performance.now();
    let gap = 0;
    const timer = setInterval(() => {
      const t = performance.now();
      gap = Math.max(gap, t - last);
      last = t;
    }, 5);
    const started = performance.now();
    await sql`select count(*) from generate_series(1, 3000000) g join generate_series(1, 3) h on true`.execute(
      database.db,
    );
    const took = performance.now() - started;
    gap = Math.max(gap, performance.now() - last);
    clearInterval(timer);
    // The statement takes far longer than any gap the timer saw (in process, the gap is the statement).
    expect(took).toBeGreaterThan(300);
    expect(gap).toBeLessThan(took / 3);
  });

  it('dumps its data directory for backups', async () => {
    const blob = await database.pglite!.dumpDataDir('gzip');
    expect(blob.size).toBeGreaterThan(100_000);
  });
});
