// Reopens the data directory in a fresh process (as a restarted server would) and prints how many
// of the ids listed in the file are missing: "MISSING <n> PRESENT <rows>".
import fs from 'node:fs';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';

const [dataDir, idsFile] = process.argv.slice(2) as [string, string];
const ids = JSON.parse(fs.readFileSync(idsFile, 'utf8')) as number[];
const database = await openDatabase({ kind: 'pglite', dataDir });
const rows = await sql<{ id: number }>`select id from durab`.execute(database.db);
const present = new Set(rows.rows.map((r) => Number(r.id)));
await database.close();
process.stdout.write(`MISSING ${ids.filter((id) => !present.has(id)).length} PRESENT ${present.size}\n`);
