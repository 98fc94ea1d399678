// The observation import at scale (issue #4 item 6). Generates a generic CSV of BENCH_ROWS rows
// (default 1,000,000: CSAT 0/1 per survey, AHT seconds and FRT minutes per contact, FCR 0/1, over
// 2026, unique keys, 500 people) in a temp dir, then on a fresh database per engine:
//   upload (file stream) → validate (generic mapping) → commit, each timed, then a re-import of the
//   same file (must insert 0 rows);
// and, on PostgreSQL, in the same run and cluster, psql `\copy` of the same rows into
//   a plain unindexed table with the CSV's columns (the floor), a table shaped like observation
//   with its indexes, the same plus the observation_daily trigger, and the real observation table.
// Prints a table: path | seconds | rows/s | × of COPY floor | × of COPY into observation itself, and
// the slowest statements (summed per statement shape) of each phase.
//   node --import tsx bench/import-observations.ts
//   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres node --import tsx bench/import-observations.ts
// BENCH_ROWS (default 1000000), BENCH_ENGINES (default "pglite,postgres"; PostgreSQL parts need
// DATABASE_URL, a user that may create databases), BENCH_AUTO_EXPLAIN=<ms> (PostgreSQL: log the plans
// of statements slower than that in the server log). Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { ImportSettings } from '@frontline/contract';
import { createServices, type Services } from '../server/src/app.js';
import { testConfig } from '../server/src/config.js';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { migrateToLatest } from '../server/src/db/migrate.js';
import { createParser } from '../server/src/features/imports/sources/index.js';
import { readRecords } from '../server/src/features/imports/sources/readers.js';
import { employeeNumber, fmt, PEOPLE, scratchDatabase, seedOrg, type BenchOrg } from './lib/org.js';
import { statementTimer } from './lib/timer.js';
import { writeCsv, writeGenericCsv } from './lib/observations-csv.js';
import { emit } from './lib/result.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((s) => s.trim());
const ADMIN_URL = process.env.DATABASE_URL ?? null;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-import-'));
const csvPath = path.join(tmp, 'observations.csv');

const SETTINGS: ImportSettings = {
  source: 'generic',
  timeZone: 'Asia/Hong_Kong',
  dateOrder: 'ymd',
  mapping: {
    staff: 'employee_number',
    date: 'date',
    indicatorColumn: 'indicator',
    numerator: 'numerator',
    denominator: 'denominator',
    key: 'key',
  },
};

// ---------------------------------------------------------------- helpers
const now = () => performance.now();
const secs = (ms: number) => ms / 1000;
interface Result {
  path: string;
  seconds: number;
  note?: string;
}
const results: Result[] = [];

async function freshServices(database: Database, uploadDir: string) {
  await migrateToLatest(database.db);
  const timer = statementTimer();
  const timed: Database = { ...database, db: database.db.withPlugin(timer.plugin) };
  const config = testConfig({ uploadDir, maxImportBytes: 4 * 1024 * 1024 * 1024 });
  const services = createServices(config, {
    database: timed,
    onJobError: (job, err) => console.error(`job ${job} failed:`, err),
  });
  return { services, timer };
}

function printTop(timer: ReturnType<typeof statementTimer>, title: string) {
  console.log(`    slowest statements in ${title} (total ${fmt(secs(timer.totalMs()), 2)} s in SQL):`);
  for (const s of timer.top(7)) {
    console.log(`      ${fmt(secs(s.ms), 2).padStart(7)} s  ${String(s.calls).padStart(4)}×  ${s.label}`);
  }
}

/** upload → validate → commit through the service; returns the seconds of each phase. */
async function importOnce(
  services: Services,
  timer: ReturnType<typeof statementTimer>,
  org: BenchOrg,
  label: string,
) {
  const actor = org.admin;
  timer.reset();
  let t = now();
  const uploaded = await services.imports.upload(actor, 'observations.csv', createReadStream(csvPath));
  const upload = now() - t;
  timer.reset();
  t = now();
  await services.imports.validate(actor, uploaded.id, SETTINGS);
  await services.imports.idle();
  const validate = now() - t;
  const validated = await services.imports.get(actor, uploaded.id);
  if (validated.status !== 'validated') {
    throw new Error(
      `${label}: validation ended ${validated.status}: ${JSON.stringify(validated.issues.slice(0, 3))}`,
    );
  }
  printTop(timer, `${label} validate`);
  timer.reset();
  t = now();
  await services.imports.commit(actor, uploaded.id, { skipUnmatched: false });
  await services.imports.idle();
  const commit = now() - t;
  const committed = await services.imports.get(actor, uploaded.id);
  if (committed.status !== 'committed') {
    throw new Error(`${label}: commit ended ${committed.status} (${committed.phase})`);
  }
  printTop(timer, `${label} commit`);
  const total = upload + validate + commit;
  const c = committed.counts;
  console.log(
    `  ${label}: upload ${fmt(secs(upload), 2)} s, validate ${fmt(secs(validate), 2)} s, commit ${fmt(secs(commit), 2)} s, ` +
      `total ${fmt(secs(total), 2)} s = ${fmt(ROWS / secs(total), 0)} rows/s; ` +
      `inserted ${c.inserted}, updated ${c.updated}, unchanged ${c.unchanged}, records ${c.records}`,
  );
  return { upload, validate, commit, total, counts: c };
}

/** The COPY floors, in their own fresh database on the same cluster (same org, own ids). */
async function runCopies() {
  const scratch = await scratchDatabase(ADMIN_URL!, `frontline_bench_copy_${process.pid}`);
  const database = await openDatabase({ kind: 'postgres', url: scratch.url });
  try {
    const { services } = await freshServices(database, path.join(tmp, 'uploads-copy'));
    const org = await seedOrg(services);
    await copyFloors(services, org, scratch.url);
  } finally {
    await database.close();
    await scratch.drop();
  }
}

async function runEngine(kind: 'pglite' | 'postgres') {
  const uploadDir = path.join(tmp, `uploads-${kind}`);
  let database: Database;
  let drop: (() => Promise<void>) | null = null;
  let url: string | null = null;
  if (kind === 'pglite') {
    database = await openDatabase({ kind: 'pglite', dataDir: path.join(tmp, 'pglite') });
  } else {
    const scratch = await scratchDatabase(ADMIN_URL!, `frontline_bench_import_${process.pid}`);
    url = scratch.url;
    drop = scratch.drop;
    database = await openDatabase({ kind: 'postgres', url });
  }
  try {
    const { services, timer } = await freshServices(database, uploadDir);
    const t = now();
    const org = await seedOrg(services);
    console.log(`\n${kind}: organisation and presets in ${fmt(secs(now() - t), 1)} s`);

    const first = await importOnce(services, timer, org, `${kind} import`);
    const name = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
    results.push({ path: `Frontline import, ${name}: upload`, seconds: secs(first.upload) });
    results.push({
      path: `Frontline import, ${name}: validate (parse, check, stage, match)`,
      seconds: secs(first.validate),
    });
    results.push({
      path: `Frontline import, ${name}: commit (merge + observation_daily)`,
      seconds: secs(first.commit),
    });
    results.push({
      path: `**Frontline import, ${name}: total**`,
      seconds: secs(first.total),
      note: `inserted ${first.counts.inserted}`,
    });
    const again = await importOnce(services, timer, org, `${kind} re-import of the same file`);
    results.push({
      path: `Re-import of the same file, ${name} (total)`,
      seconds: secs(again.total),
      note: `inserted ${again.counts.inserted}, updated ${again.counts.updated}, unchanged ${again.counts.unchanged}`,
    });
    if (kind === 'postgres') {
      const size = await sql<{ obs: string; daily: string }>`
        select pg_size_pretty(pg_total_relation_size('observation')) as obs,
               pg_size_pretty(pg_total_relation_size('observation_daily')) as daily`.execute(services.db);
      console.log(`  sizes: observation ${size.rows[0]!.obs}, observation_daily ${size.rows[0]!.daily}`);
    }
  } finally {
    await database.close();
    await drop?.();
  }
}

// ---------------------------------------------------------------- COPY floors (PostgreSQL)
function psql(url: string, command: string): number {
  const t = now();
  const r = spawnSync('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', command], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
  return now() - t;
}

/** A statement's rows grouped and upserted into a roll-up table, as the migrations' triggers did. */
function rollupUpsert(table: string, column: 'day' | 'week') {
  const period = column === 'day' ? 'occurred_on' : "date_trunc('week', occurred_on::timestamp)::date";
  return sql.raw(`
      insert into ${table} (indicator_id, ${column}, person_id, num, den, sq, n)
      select indicator_id, ${period}, person_id, sum(numerator), sum(denominator),
             sum(case when denominator > 0 then numerator * numerator / denominator else 0 end), count(*)
        from new_rows group by indicator_id, ${period}, person_id
      on conflict (indicator_id, ${column}, person_id) do update
        set num = ${table}.num + excluded.num, den = ${table}.den + excluded.den,
            sq = ${table}.sq + excluded.sq, n = ${table}.n + excluded.n;`);
}

async function copyFloors(services: Services, org: BenchOrg, url: string) {
  const db = services.db;
  // The same rows with ids resolved, for the tables shaped like observation.
  const idsPath = path.join(tmp, 'observations-ids.csv');
  const personIds = Array.from(
    { length: PEOPLE },
    (_, i) => org.people.find((p) => p.employeeNumber === employeeNumber(i))!.id,
  );
  await writeCsv(
    idsPath,
    ROWS,
    'person_id,indicator_id,occurred_on,numerator,denominator,source,external_key',
    (r) =>
      [
        personIds[r.person],
        org.indicators.get(r.indicator),
        r.date,
        r.numerator,
        r.denominator,
        'generic',
        `generic:${r.key}`,
      ].join(','),
  );
  await sql`
    create table bench_copy_plain (employee_number text, date date, indicator text,
                                   numerator double precision, denominator double precision, key text);
    create table bench_copy_obs (like observation including defaults including identity including indexes including constraints);
    create table bench_copy_trig (like observation including defaults including identity including indexes including constraints);
    create table bench_daily (like observation_daily including all);
    create function bench_daily_add() returns trigger language plpgsql as $fn$
    begin
      ${rollupUpsert('bench_daily', 'day')}
      return null;
    end $fn$;
    create trigger bench_daily_ins after insert on bench_copy_trig
      referencing new table as new_rows for each statement execute function bench_daily_add();
  `.execute(db);
  // observation as it was before #19 item 7 (migrations up to 202612091400): 5 indexes, 2 per-row
  // foreign keys, roll-ups with 3 indexes each, the statement's rows grouped twice.
  await sql`
    create table bench_copy_old (like observation including defaults including identity including indexes including constraints,
      foreign key (person_id) references person(id), foreign key (indicator_id) references indicator(id));
    create index on bench_copy_old(indicator_id, occurred_on);
    create table bench_old_daily (indicator_id uuid not null, day date not null, person_id uuid not null,
      num float8 not null, den float8 not null, sq float8 not null, n int not null, primary key (indicator_id, day, person_id));
    create index on bench_old_daily(person_id, indicator_id, day);
    create index on bench_old_daily(day);
    create table bench_old_weekly (indicator_id uuid not null, week date not null, person_id uuid not null,
      num float8 not null, den float8 not null, sq float8 not null, n int not null, primary key (indicator_id, week, person_id));
    create index on bench_old_weekly(week);
    create index on bench_old_weekly(person_id, week) include (indicator_id, num, den, sq, n);
    create function bench_old_add() returns trigger language plpgsql as $fn$
    begin
      ${rollupUpsert('bench_old_daily', 'day')}
      ${rollupUpsert('bench_old_weekly', 'week')}
      return null;
    end $fn$;
    create trigger bench_old_ins after insert on bench_copy_old
      referencing new table as new_rows for each statement execute function bench_old_add();
  `.execute(db);
  const cols = '(person_id, indicator_id, occurred_on, numerator, denominator, source, external_key)';
  const opts = `with (format csv, header true)`;
  const plain = psql(url, `\\copy bench_copy_plain from '${csvPath}' ${opts}`);
  const shaped = psql(url, `\\copy bench_copy_obs ${cols} from '${idsPath}' ${opts}`);
  const trig = psql(url, `\\copy bench_copy_trig ${cols} from '${idsPath}' ${opts}`);
  const real = psql(url, `\\copy observation ${cols} from '${idsPath}' ${opts}`);
  const before = psql(url, `\\copy bench_copy_old ${cols} from '${idsPath}' ${opts}`);
  console.log(
    `  COPY: plain ${fmt(secs(plain), 2)} s, observation-shaped + indexes ${fmt(secs(shaped), 2)} s, ` +
      `+ daily trigger ${fmt(secs(trig), 2)} s, real observation ${fmt(secs(real), 2)} s, ` +
      `observation as before #19 item 7 ${fmt(secs(before), 2)} s`,
  );
  results.push({ path: '**psql \\copy into a plain unindexed table (the floor)**', seconds: secs(plain) });
  results.push({
    path: 'psql \\copy into a table shaped like observation, with its indexes (4)',
    seconds: secs(shaped),
  });
  results.push({ path: '… plus the observation_daily statement trigger', seconds: secs(trig) });
  results.push({
    path: 'psql \\copy into observation itself (indexes, reference check, roll-up trigger)',
    seconds: secs(real),
  });
  results.push({
    path: 'psql \\copy into observation as it was before #19 item 7 (5 indexes, 2 FKs, 3-index roll-ups)',
    seconds: secs(before),
  });
  rmSync(idsPath, { force: true });
}

// ---------------------------------------------------------------- parse only
async function parseOnly() {
  const t = now();
  const parser = createParser('generic', {
    timeZone: SETTINGS.timeZone,
    dateOrder: SETTINGS.dateOrder,
    mapping: SETTINGS.mapping!,
  });
  let first = true;
  let n = 0;
  for await (const rec of readRecords({ path: csvPath, fileName: 'observations.csv' })) {
    if (first) {
      parser.header(rec.values, rec.line);
      first = false;
      continue;
    }
    n += parser.row(rec.values, rec.line).observations.length;
  }
  const ms = now() - t;
  console.log(
    `parse only (readRecords + generic parser, no database): ${fmt(secs(ms), 2)} s for ${n} observations`,
  );
  results.push({
    path: 'parse only: readRecords + generic parser, no database (part of validate)',
    seconds: secs(ms),
  });
}

// ---------------------------------------------------------------- main
try {
  console.log(
    `Frontline import bench: ${ROWS.toLocaleString('en-GB')} rows, Node ${process.version}, ${os.cpus().length} CPUs, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const t = now();
  await writeGenericCsv(csvPath, ROWS);
  console.log(
    `CSV ${csvPath}: ${fmt(statSync(csvPath).size / 1048576, 1)} MB, written in ${fmt(secs(now() - t), 1)} s`,
  );
  await parseOnly();
  for (const e of ENGINES) {
    if (e === 'postgres' && !ADMIN_URL) {
      console.log(
        '\npostgres: skipped (set DATABASE_URL to a PostgreSQL URL whose user may create databases)',
      );
      continue;
    }
    if (e !== 'pglite' && e !== 'postgres') throw new Error(`unknown engine ${e}`);
    if (e === 'postgres') {
      console.log('\npostgres: COPY floors in a scratch database');
      await runCopies();
    }
    await runEngine(e);
  }
  const floor = results.find((r) => r.path.includes('the floor'))?.seconds ?? null;
  const intoObservation = results.find((r) => r.path.includes('into observation itself'))?.seconds ?? null;
  console.log(
    `\n${ROWS.toLocaleString('en-GB')} rows, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  console.log('| path | seconds | rows/s | × of COPY floor | × of COPY into observation | note |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    console.log(
      `| ${r.path} | ${fmt(r.seconds, 2)} | ${fmt(ROWS / r.seconds, 0)} | ${floor ? fmt(r.seconds / floor, 1) + '×' : '–'} | ` +
        `${intoObservation ? fmt(r.seconds / intoObservation, 2) + '×' : '–'} | ${r.note ?? ''} |`,
    );
  }
  const parse = results.find((r) => r.path.startsWith('parse only'))?.seconds ?? null;
  const asBefore = results.find((r) => r.path.includes('as it was before'))?.seconds ?? null;
  if (intoObservation !== null && asBefore !== null) {
    emit({
      bench: 'import',
      figure: `psql \\copy into observation, ${ROWS.toLocaleString('en-GB')} rows`,
      value: intoObservation,
      unit: 's',
      reference: 'the same COPY into observation as it was before #19 item 7',
      referenceValue: asBefore,
      goal: 'the table costs less per row',
    });
  }
  for (const name of ['PostgreSQL', 'PGlite']) {
    const total = results.find((r) => r.path === `**Frontline import, ${name}: total**`)?.seconds;
    const again = results.find((r) => r.path === `Re-import of the same file, ${name} (total)`)?.seconds;
    if (total === undefined) continue;
    const rows = `${ROWS.toLocaleString('en-GB')} rows`;
    emit({
      bench: 'import',
      figure: `${name}: upload + validate + commit, ${rows}`,
      value: total,
      unit: 's',
      reference: intoObservation ? 'psql \\copy into observation' : 'parsing the file alone',
      referenceValue: intoObservation ?? parse,
      goal: name === 'PostgreSQL' ? '≤ 20 s at 1M rows, below the COPY' : '≤ 40 s at 1M rows',
    });
    if (again !== undefined) {
      emit({
        bench: 'import',
        figure: `${name}: re-import of the same file, ${rows}`,
        value: again,
        unit: 's',
        reference: 'the first import, same run',
        referenceValue: total,
        goal: '≤ 8 s at 1M rows',
      });
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
