// Child process of import-crash.test.ts, in one of two modes:
//   write <dataDir> <uploadDir> <round>  opens the embedded database, then imports batch after batch
//       through the real pipeline (upload → validate job → commit job), printing "C <batchId>" once
//       each commit has returned. Runs until it is killed.
//   check <dataDir> <idsFile>  reopens the directory and prints JSON: printed batches that are not
//       committed, committed batches whose rows are not all there, rows of batches that never
//       committed, and whether observation_daily still equals the sums of observation.
import fs from 'node:fs';
import { sql } from 'kysely';
import { permissionsOf } from '@frontline/contract';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createServices } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { systemActor } from '../src/access/actor.js';

const [mode, dataDir, a, b] = process.argv.slice(2);
if (!dataDir || !a || (mode !== 'write' && mode !== 'check')) {
  console.error(
    'usage: import-crash.child.ts write <dataDir> <uploadDir> <round> | check <dataDir> <idsFile>',
  );
  process.exit(2);
}
const database = await openDatabase({ kind: 'pglite', dataDir });
await migrateToLatest(database.db);
const db = database.db;

if (mode === 'write') {
  const services = createServices(testConfig({ uploadDir: a }), { database });
  await services.imports.recoverInterrupted();
  const sys = systemActor('crash test');
  if (!(await db.selectFrom('indicator').select('id').limit(1).executeTakeFirst())) {
    await services.indicators.installPresets(sys);
  }
  let unit = await db.selectFrom('orgUnit').select('id').executeTakeFirst();
  if (!unit) {
    unit = await services.org.createUnit(sys, { parentId: null, kind: 'company', code: 'C', nameEn: 'Co' });
    for (let i = 0; i < 50; i++) {
      await services.people.create(sys, {
        employeeNumber: `E${i}`,
        givenNameEn: `G${i}`,
        familyNameEn: `F${i}`,
        orgUnitId: unit.id,
      });
    }
  }
  const roles = ['admin' as const];
  const user =
    (await db.selectFrom('appUser').select('id').executeTakeFirst()) ??
    (await services.users.create(sys, {
      email: 'a@example.com',
      displayName: 'A',
      password: 'long-enough-pass',
      roles,
    }));
  const actor = {
    kind: 'user' as const,
    userId: user.id,
    personId: null,
    roles,
    permissions: permissionsOf(roles),
    sessionId: null,
    requestId: null,
    ip: null,
  };
  process.stdout.write('READY\n');
  for (let batch = 0; ; batch++) {
    const lines = ['employee,date,indicator,num,den,key'];
    for (let i = 0; i < 3000; i++) {
      lines.push(
        `E${i % 50},2026-11-${String(1 + (i % 28)).padStart(2, '0')},CSAT,${i % 2},1,r${b}-${batch}-${i}`,
      );
    }
    const up = await services.imports.upload(actor, `b${batch}.csv`, lines.join('\n'));
    await services.imports.validate(actor, up.id, {
      source: 'generic',
      timeZone: 'Asia/Hong_Kong',
      dateOrder: 'ymd',
      mapping: {
        staff: 'employee',
        date: 'date',
        indicatorColumn: 'indicator',
        numerator: 'num',
        denominator: 'den',
        key: 'key',
      },
    });
    await services.imports.idle();
    await services.imports.commit(actor, up.id, { skipUnmatched: false });
    await services.imports.idle();
    const done = await db
      .selectFrom('importBatch')
      .select('status')
      .where('id', '=', up.id)
      .executeTakeFirstOrThrow();
    if (done.status !== 'committed') throw new Error(`batch ${up.id} ended ${done.status}`);
    process.stdout.write(`C ${up.id}\n`);
  }
} else {
  const printed = JSON.parse(fs.readFileSync(a, 'utf8')) as string[];
  const batches = await db.selectFrom('importBatch').select(['id', 'status', 'counts']).execute();
  const rows = new Map(
    (
      await sql<{ batchId: string; n: number }>`
        select batch_id as "batchId", count(*)::int as n from observation group by batch_id`.execute(db)
    ).rows.map((r) => [r.batchId, r.n]),
  );
  const status = new Map(batches.map((x) => [x.id, x]));
  const daily = await sql<{ diff: number }>`
    select count(*)::int as diff from (
      select person_id, indicator_id, occurred_on as day, sum(numerator) num, sum(denominator) den, count(*) n
        from observation group by 1, 2, 3
    ) o full join observation_daily d
      on d.person_id = o.person_id and d.indicator_id = o.indicator_id and d.day = o.day
     where o.n is distinct from d.n or o.num is distinct from d.num or o.den is distinct from d.den`.execute(
    db,
  );
  await database.close();
  process.stdout.write(
    `${JSON.stringify({
      batches: batches.length,
      committed: batches.filter((x) => x.status === 'committed').length,
      notCommitted: printed.filter((id) => status.get(id)?.status !== 'committed'),
      incomplete: batches
        .filter((x) => x.status === 'committed' && (rows.get(x.id) ?? 0) !== (x.counts.inserted ?? -1))
        .map((x) => x.id),
      partial: batches.filter((x) => x.status !== 'committed' && (rows.get(x.id) ?? 0) > 0).map((x) => x.id),
      dailyMismatches: daily.rows[0]?.diff ?? -1,
    })}\n`,
  );
}
