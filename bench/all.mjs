#!/usr/bin/env node
// `npm run bench`: every benchmark in a short mode, one after another, then one table of each
// figure, its reference measured in the same run, and the ratio. The short mode is for seeing
// where things stand in a few minutes; the figures quoted in bench/README.md come from the
// full runs (each script on its own, see the README).
//
// PostgreSQL: with DATABASE_URL (a user that may create databases) the benchmarks use that
// server; without it, a throwaway PostgreSQL 15 cluster is started (scripts/pg-throwaway.sh)
// when PostgreSQL 15 is installed, else the PostgreSQL parts are left out and say so.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESULT_PREFIX } from './lib/result.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = ['--import', 'tsx'];
const BENCHES = [
  { name: 'start-time', args: ['bench/start-time.mjs'], env: {} },
  { name: 'people-api', args: ['bench/people-api.mjs'], env: { BENCH_SECONDS: '3' } },
  {
    name: 'people-api-postgres',
    args: ['bench/people-api.mjs'],
    env: { BENCH_SECONDS: '3' },
    pg: true,
    needsPg: true,
  },
  { name: 'import', args: [...tsx, 'bench/import-observations.ts'], env: { BENCH_ROWS: '50000' }, pg: true },
  { name: 'import-stall', args: [...tsx, 'bench/import-stall.ts'], env: { BENCH_MB: '3' }, pg: true },
  {
    name: 'dashboards',
    args: [...tsx, 'bench/dashboards.ts'],
    env: { BENCH_OBS: '300000', BENCH_RUNS: '15' },
    pg: true,
    needsPg: true,
  },
  {
    name: 'calibration-stats',
    args: [...tsx, 'bench/calibration-stats.ts'],
    env: { BENCH_RUNS: '10' },
  },
  {
    name: 'qa-report',
    args: [...tsx, 'bench/qa-report.ts'],
    env: { BENCH_EVALS: '20000', BENCH_RUNS: '10' },
    pg: true,
  },
  { name: 'roster', args: [...tsx, 'bench/roster.ts'], env: { BENCH_QUICK: '1' } },
  { name: 'roster-gen', args: [...tsx, 'bench/roster-generated.ts'], env: { BENCH_QUICK: '1' } },
  {
    name: 'review-cycle',
    args: [...tsx, 'bench/review-cycle.ts'],
    env: { BENCH_CYCLES: '2', BENCH_RUNS: '10' },
    pg: true,
  },
];
const only = process.argv.slice(2);

let pgUrl = process.env.DATABASE_URL ?? null;
let stopPg = null;
if (!pgUrl && fs.existsSync('/usr/lib/postgresql/15/bin/initdb')) {
  const state = path.join(os.tmpdir(), `frontline-bench-pg-${process.pid}.state`);
  const env = { ...process.env, FRONTLINE_PG_STATE: state, PGPORT_TEST: '55329' };
  const out = execFileSync('bash', ['scripts/pg-throwaway.sh', 'start'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  pgUrl = /TEST_DATABASE_URL=(\S+)/.exec(out)?.[1] ?? null;
  stopPg = () =>
    execFileSync('bash', ['scripts/pg-throwaway.sh', 'stop'], { cwd: root, env, stdio: 'ignore' });
}

function run(b) {
  return new Promise((resolve) => {
    const env = { ...process.env, ...b.env };
    delete env.DATABASE_URL;
    if (b.pg && pgUrl) env.DATABASE_URL = pgUrl;
    const child = spawn(process.execPath, b.args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    const results = [];
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) !== -1) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.startsWith(RESULT_PREFIX)) results.push(JSON.parse(line.slice(RESULT_PREFIX.length)));
        else process.stdout.write(`  ${line}\n`);
      }
    });
    child.on('close', (code) => resolve({ code, results }));
  });
}

const rows = [];
const failed = [];
try {
  for (const b of BENCHES) {
    if (only.length && !only.includes(b.name)) continue;
    if (b.needsPg && !pgUrl) {
      failed.push(`${b.name}: left out (needs PostgreSQL: set DATABASE_URL or install PostgreSQL 15)`);
      continue;
    }
    console.log(
      `\n== ${b.name} (${
        Object.entries(b.env)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ') || 'full'
      })`,
    );
    const { code, results } = await run(b);
    if (code !== 0) failed.push(`${b.name}: exited with ${code}`);
    rows.push(...results);
  }
} finally {
  stopPg?.();
}

const fmt = (v, unit) =>
  v === null || v === undefined
    ? '–'
    : `${v >= 100 ? Math.round(v).toLocaleString('en-GB') : v.toFixed(v >= 10 ? 1 : 2)} ${unit}`;
console.log(
  `\nSummary (short mode; Node ${process.version}, ${os.cpus().length} CPUs, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )}; PostgreSQL: ${pgUrl ? (process.env.DATABASE_URL ? 'DATABASE_URL' : 'throwaway 15 cluster') : 'none'})\n`,
);
console.log('| bench | figure | value | reference (same run) | reference value | ratio | goal |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  const ratio = r.referenceValue ? `${(r.value / r.referenceValue).toFixed(2)}×` : '–';
  console.log(
    `| ${r.bench} | ${r.figure} | ${fmt(r.value, r.unit)} | ${r.reference} | ${fmt(r.referenceValue, r.unit)} | ${ratio} | ${r.goal ?? ''} |`,
  );
}
for (const f of failed) console.log(`\n${f}`);
process.exitCode = failed.some((f) => f.includes('exited')) ? 1 : 0;
