// The longest event-loop stall while a large file is imported (issue #10 item 5; goal ≤ 100 ms).
// Generates a generic CSV of about BENCH_MB megabytes (default 50: ~1.1 million rows, the rows of
// import-observations), builds the bench organisation on a fresh database (PGlite in a temp dir;
// with DATABASE_URL also a scratch database on that PostgreSQL server) and imports the file as the
// admin through the services: upload (file stream) → validate → commit. During each phase the
// event loop's delay is sampled (perf_hooks.monitorEventLoopDelay, 10 ms resolution) and a 5 ms
// timer records the longest gap between its ticks; both are printed per phase against the goal.
// A 50 MB single line (no line breaks) is uploaded and validated too: it must fail fast
// (line_too_long) without a stall.
//   node --import tsx bench/import-stall.ts
//   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres node --import tsx bench/import-stall.ts
// BENCH_MB (default 50), BENCH_ENGINES (default "pglite,postgres"). Prints figures; asserts nothing.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ImportSettings } from '@frontline/contract';
import { createServices, type Services } from '../server/src/app.js';
import { testConfig } from '../server/src/config.js';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { migrateToLatest } from '../server/src/db/migrate.js';
import { writeGenericCsv } from './lib/observations-csv.js';
import { fmt, scratchDatabase, seedOrg, type BenchOrg } from './lib/org.js';
import { emit } from './lib/result.mjs';

const GOAL_MS = 100;
const MB = Number(process.env.BENCH_MB ?? 50);
const ROWS = Math.round((MB * 1048576) / 38); // a generated row is about 38 bytes
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((s) => s.trim());
const ADMIN_URL = process.env.DATABASE_URL ?? null;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-stall-'));
const csvPath = path.join(tmp, 'observations.csv');
const linePath = path.join(tmp, 'one-line.csv');

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

/** Watches the event loop during one phase: the histogram's maximum and the longest timer gap. */
function watch() {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    gap = Math.max(gap, t - last - 5);
    last = t;
  }, 5);
  const started = performance.now();
  return () => {
    clearInterval(timer);
    h.disable();
    gap = Math.max(gap, performance.now() - last - 5);
    return {
      seconds: (performance.now() - started) / 1000,
      maxDelayMs: h.max / 1e6,
      p99DelayMs: h.percentile(99) / 1e6,
      maxGapMs: gap,
    };
  };
}

type Phase = ReturnType<ReturnType<typeof watch>>;
const rowsOut: { engine: string; phase: string; r: Phase }[] = [];

async function phase<T>(engine: string, name: string, run: () => Promise<T>): Promise<T> {
  const stop = watch();
  const out = await run();
  const r = stop();
  rowsOut.push({ engine, phase: name, r });
  console.log(
    `  ${engine} ${name.padEnd(22)} ${fmt(r.seconds, 1).padStart(6)} s   longest stall ${fmt(r.maxGapMs, 0).padStart(6)} ms ` +
      `(histogram max ${fmt(r.maxDelayMs, 0)} ms, p99 ${fmt(r.p99DelayMs, 0)} ms)  ${r.maxGapMs <= GOAL_MS ? 'within' : 'OVER'} the ${GOAL_MS} ms goal`,
  );
  return out;
}

async function importFile(engine: string, services: Services, org: BenchOrg) {
  const actor = org.admin;
  const uploaded = await phase(engine, 'upload', () =>
    services.imports.upload(actor, 'observations.csv', createReadStream(csvPath)),
  );
  await phase(engine, 'validate', async () => {
    await services.imports.validate(actor, uploaded.id, SETTINGS);
    await services.imports.idle();
  });
  const validated = await services.imports.get(actor, uploaded.id);
  if (validated.status !== 'validated') throw new Error(`validation ended ${validated.status}`);
  await phase(engine, 'commit', async () => {
    await services.imports.commit(actor, uploaded.id, { skipUnmatched: false });
    await services.imports.idle();
  });
  const committed = await services.imports.get(actor, uploaded.id);
  console.log(`  ${engine}: ${committed.status}, inserted ${committed.counts.inserted}`);

  // The upload reads the first records to check the file: a 50 MB line is refused there.
  const refused = await phase(engine, `upload one ${MB} MB line`, () =>
    services.imports.upload(actor, 'one-line.csv', createReadStream(linePath)).then(
      (b) => `accepted (${b.status})`,
      (err: { code?: string }) => `refused: ${err.code ?? String(err)}`,
    ),
  );
  console.log(`  ${engine}: the one-line file is ${refused}`);
}

async function runEngine(engine: 'pglite' | 'postgres') {
  let database: Database;
  let drop: (() => Promise<void>) | null = null;
  if (engine === 'pglite') {
    database = await openDatabase({ kind: 'pglite', dataDir: path.join(tmp, 'pglite') });
  } else {
    const scratch = await scratchDatabase(ADMIN_URL!, `frontline_bench_stall_${process.pid}`);
    database = await openDatabase({ kind: 'postgres', url: scratch.url });
    drop = scratch.drop;
  }
  try {
    await migrateToLatest(database.db);
    const services = createServices(
      testConfig({ uploadDir: path.join(tmp, `uploads-${engine}`), maxImportBytes: 1024 * 1048576 }),
      { database, onJobError: (job, err) => console.error(`job ${job} failed:`, err) },
    );
    const org = await seedOrg(services);
    await importFile(engine, services, org);
  } finally {
    await database.close();
    await drop?.();
  }
}

try {
  console.log(
    `Import stall bench: ${MB} MB CSV, Node ${process.version}, ${os.cpus().length} CPUs, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await writeGenericCsv(csvPath, ROWS);
  const out = createWriteStream(linePath);
  const chunk = 'x,'.repeat(512 * 1024); // 1 MB without a line break
  for (let i = 0; i < MB; i++) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  console.log(
    `files: ${fmt(statSync(csvPath).size / 1048576, 1)} MB with ${ROWS.toLocaleString('en-GB')} rows; ` +
      `${fmt(statSync(linePath).size / 1048576, 1)} MB on one line`,
  );
  for (const e of ENGINES) {
    if (e === 'postgres' && !ADMIN_URL) {
      console.log('postgres: skipped (set DATABASE_URL to a PostgreSQL URL whose user may create databases)');
      continue;
    }
    await runEngine(e as 'pglite' | 'postgres');
  }
  // The reference in the same run: the longest stall while the process only waits (timer noise).
  const idle = watch();
  await new Promise((r) => setTimeout(r, 2000));
  const idleGap = idle().maxGapMs;
  console.log(
    `\nreference: longest stall while idle ${fmt(idleGap, 0)} ms; the goal is no stall over ${GOAL_MS} ms (issue #10 item 5)`,
  );
  for (const { engine, phase: p, r } of rowsOut) {
    emit({
      bench: 'import stall',
      figure: `${engine}: longest event-loop stall, ${p}, ${MB} MB`,
      value: r.maxGapMs,
      unit: 'ms',
      reference: 'longest stall while idle',
      referenceValue: idleGap,
      goal: `≤ ${GOAL_MS} ms`,
    });
  }
  console.log('engine   phase                  seconds  longest stall ms');
  for (const { engine, phase: p, r } of rowsOut) {
    console.log(
      `${engine.padEnd(8)} ${p.padEnd(22)} ${fmt(r.seconds, 1).padStart(7)}  ${fmt(r.maxGapMs, 0).padStart(8)}`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
