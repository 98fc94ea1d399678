// Child of embedded-durability.test.ts: commits rows one by one and prints each id once committed.
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';

const dataDir = process.argv[2]!;
const start = Number(process.argv[3] ?? 1);
const database = await openDatabase({ kind: 'pglite', dataDir });
await sql`create table if not exists durab (id int primary key, filler text not null)`.execute(database.db);
process.stdout.write('READY\n');
for (let id = start; ; id++) {
  await database.db.transaction().execute(async (trx) => {
    await sql`insert into durab (id, filler) values (${id}, ${'x'.repeat(200 + (id % 50))})`.execute(trx);
  });
  process.stdout.write(`C ${id}\n`);
}
