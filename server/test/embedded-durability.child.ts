// Child process of embedded-durability.test.ts, in one of two modes:
//   write <dataDir> <firstId>  opens the embedded database (file-backed PGlite, through the app's
//                              own openDatabase and migrations), then commits rows one by one,
//                              each in its own transaction, and prints "C <id>" after each commit
//                              returns. It runs until it is killed.
//   check <dataDir> <idsFile>  reopens the directory, as a restarted server would, and prints one
//                              line of JSON: which of the ids in idsFile are missing, and whether
//                              the table and its primary-key index agree.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';

const [mode, dataDir, arg] = process.argv.slice(2);
if (!dataDir || !arg || (mode !== 'write' && mode !== 'check')) {
  console.error('usage: embedded-durability.child.ts write <dataDir> <firstId> | check <dataDir> <idsFile>');
  process.exit(2);
}

const t0 = performance.now();
const database = await openDatabase({ kind: 'pglite', dataDir });
const migrated = await migrateToLatest(database.db);
const openMs = Math.round(performance.now() - t0);

if (mode === 'write') {
  await sql`create table if not exists durab (id int primary key, filler text)`.execute(database.db);
  process.stdout.write(`READY ${openMs} ${migrated.length}\n`);
  for (let id = Number(arg); ; id++) {
    await database.db.transaction().execute(async (trx) => {
      await sql`insert into durab (id, filler) values (${id}, ${'x'.repeat(100 + (id % 400))})`.execute(trx);
    });
    process.stdout.write(`C ${id}\n`);
  }
} else {
  const ids = JSON.parse(fs.readFileSync(arg, 'utf8')) as number[];
  const rows = await sql<{ id: number }>`select id from durab`.execute(database.db);
  const present = new Set(rows.rows.map((r) => Number(r.id)));
  // The heap and the primary-key index must agree (a torn write shows up as a difference).
  const count = async (settings: string[]) =>
    database.db.transaction().execute(async (trx) => {
      for (const s of settings) await sql.raw(`set local ${s} = off`).execute(trx);
      const r = await sql<{ n: number }>`select count(*)::int as n from durab where id > 0`.execute(trx);
      return Number(r.rows[0]!.n);
    });
  const viaHeap = await count(['enable_indexscan', 'enable_bitmapscan', 'enable_indexonlyscan']);
  const viaIndex = await count(['enable_seqscan', 'enable_bitmapscan']);
  await database.close();
  process.stdout.write(
    `${JSON.stringify({
      openMs,
      migrationsApplied: migrated.length,
      rows: present.size,
      missing: ids.filter((id) => !present.has(id)),
      viaHeap,
      viaIndex,
    })}\n`,
  );
}
