#!/usr/bin/env node
// Latency and throughput of GET /api/v1/people?limit=50 with the demo organisation, on loopback
// with autocannon (10 connections, no pipelining, 10 s after a 3 s warm-up): as the administrator
// (everyone, no scope) and as a supervisor (scoped through the recursive reporting line).
// Embedded PGlite in a fresh temp data directory by default. With DATABASE_URL (a PostgreSQL URL
// whose user may create databases) it creates a scratch database on that server, runs there and
// drops it afterwards. Prints figures; asserts nothing.
//   node bench/people-api.mjs
//   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres node bench/people-api.mjs
// BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 10) change the run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import { emit } from './lib/result.mjs';
import { prepareApp, SERVER_BUNDLE } from '../scripts/prepare-app.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// autocannon is a devDependency of server/ (npm may hoist it to the root node_modules).
const requireFromServer = createRequire(path.join(root, 'server/package.json'));
const autocannon = requireFromServer('autocannon');
const pg = requireFromServer('pg');
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const port = Number(process.env.PORT || (await freePort()));
const base = `http://127.0.0.1:${port}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-api-'));
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  FRONTLINE_DATA_DIR: path.join(tmp, 'data'),
  FRONTLINE_DEMO: 'true',
  LOG_LEVEL: 'warn',
};

// PostgreSQL: a scratch database, so the demo organisation is seeded into an empty one.
let scratch = null;
if (process.env.DATABASE_URL) {
  const adminUrl = process.env.DATABASE_URL;
  scratch = { adminUrl, name: `frontline_bench_${process.pid}` };
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${scratch.name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${scratch.name}`;
  env.DATABASE_URL = u.toString();
}

// The server as `npm start` runs it: the bundle (made or refreshed first, as npm install does).
// BENCH_PROFILE=dir writes the server's CPU profiles there.
await prepareApp();
const nodeFlags = process.env.BENCH_PROFILE
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
  : [];
const server = spawn(process.execPath, [...nodeFlags, '--enable-source-maps', SERVER_BUNDLE], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

/** Nearest-rank percentile of a sorted array. */
const pct = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function signIn(email) {
  const s = await fetch(`${base}/api/v1/auth/session`);
  const csrfCookie = s.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => c.startsWith('fl_csrf='))
    .join('; ');
  const { csrfToken } = await s.json();
  if (!csrfCookie || !csrfToken)
    throw new Error('GET /api/v1/auth/session gave no fl_csrf cookie or csrfToken');
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
    body: JSON.stringify({ email, password: 'frontline-demo' }),
  });
  if (!r.ok) throw new Error(`sign-in as ${email}: HTTP ${r.status} ${await r.text()}`);
  const cookies = r.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!cookies.some((c) => c.startsWith('fl_session=')))
    throw new Error(`sign-in as ${email}: no session cookie`);
  // Keep the CSRF cookie too, as a browser would (GET does not need it).
  return [...cookies, csrfCookie].join('; ');
}

/** One autocannon run; response times come from autocannon's own `response` event (ms), so p95 is exact. */
function run(opts) {
  return new Promise((resolve, reject) => {
    const times = [];
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve({ result, times })));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

try {
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited:\n${serverLog}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 300 s:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const health = await (await fetch(`${base}/api/health`)).json();
  const dbLabel =
    health.database === 'postgres'
      ? `PostgreSQL (scratch database ${scratch?.name} on ${new URL(scratch.adminUrl).host})`
      : 'embedded PGlite (fresh temp data directory)';

  console.log(
    `GET /api/v1/people?limit=50, demo organisation; database: ${dbLabel}\n` +
      `autocannon ${requireFromServer('autocannon/package.json').version}: ${connections} connections, no pipelining, ` +
      `${duration} s after a 3 s warm-up; Node ${process.version}, ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
  );
  const header = [
    'who',
    'people',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'non-2xx',
    'errors',
    'timeouts',
  ];
  const widths = [31, 7, 7, 7, 7, 7, 7, 8, 7, 9];
  const row = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' ');
  console.log(row(header));
  // The reference in the same run: /api/health on the same server (no session, no database).
  const healthOpts = { url: `${base}/api/health`, connections, pipelining: 1 };
  await run({ ...healthOpts, duration: 3 });
  const { result: hr, times: healthTimes } = await run({ ...healthOpts, duration });
  healthTimes.sort((a, b) => a - b);
  const healthP95 = pct(healthTimes, 95);
  console.log(
    row([
      'reference: GET /api/health',
      '-',
      Math.round(hr.requests.average),
      pct(healthTimes, 50)?.toFixed(1) ?? '-',
      healthP95?.toFixed(1) ?? '-',
      pct(healthTimes, 99)?.toFixed(1) ?? '-',
      healthTimes.at(-1)?.toFixed(1) ?? '-',
      hr.non2xx,
      hr.errors,
      hr.timeouts,
    ]),
  );
  for (const email of ['admin@demo.frontline.test', 'supervisor@demo.frontline.test']) {
    const cookie = await signIn(email);
    const url = `${base}/api/v1/people?limit=50`;
    const probe = await fetch(url, { headers: { cookie } });
    if (!probe.ok) throw new Error(`GET people as ${email}: HTTP ${probe.status} ${await probe.text()}`);
    const body = await probe.json();
    const total =
      body.total ?? body.page?.total ?? (Array.isArray(body.items) ? `${body.items.length}+` : '?');
    const opts = { url, connections, pipelining: 1, headers: { cookie } };
    await run({ ...opts, duration: 3 });
    const { result: r, times } = await run({ ...opts, duration });
    times.sort((a, b) => a - b);
    const ms = (v) => (v === undefined ? '-' : v.toFixed(1));
    console.log(
      row([
        email,
        total,
        Math.round(r.requests.average),
        ms(pct(times, 50)),
        ms(pct(times, 95)),
        ms(pct(times, 99)),
        ms(times.at(-1)),
        r.non2xx,
        r.errors,
        r.timeouts,
      ]),
    );
    emit({
      bench: 'people API',
      figure: `GET /people?limit=50 p95, ${email.split('@')[0]}, ${health.database}, ${connections} connections`,
      value: pct(times, 95),
      unit: 'ms',
      reference: 'GET /api/health p95, same server',
      referenceValue: healthP95 ?? null,
      goal: health.database === 'postgres' ? '' : '≤ 50 ms on PGlite (issue 19 item 9)',
    });
    console.log(
      `${' '.repeat(32)}(autocannon's own histogram: p50 ${r.latency.p50}, p90 ${r.latency.p90}, p97.5 ${r.latency.p97_5}, p99 ${r.latency.p99} ms; ${times.length} responses timed)`,
    );
  }
  console.log(
    '\np50/p95/p99 are nearest-rank percentiles of every response time autocannon reported in the measured run.',
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => (server.exitCode !== null ? r() : server.once('close', r)));
  fs.rmSync(tmp, { recursive: true, force: true });
  if (scratch) {
    const admin = new pg.Client({ connectionString: scratch.adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${scratch.name} with (force)`);
    await admin.end();
  }
}
