#!/usr/bin/env node
// Request latency of GET /api/v1/people with the demo organisation, on loopback with autocannon:
// as admin (everyone, no scope) and as a supervisor (scoped by the recursive reporting line).
// Embedded PGlite by default; PostgreSQL when DATABASE_URL is set. Prints figures only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'server/package.json'));
const autocannon = require('autocannon');
const port = Number(process.env.BENCH_PORT ?? 3912);
const base = `http://127.0.0.1:${port}`;
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-api-'));

const server = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'server/src/main.ts')], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    FRONTLINE_DATA_DIR: path.join(dataDir, 'data'),
    FRONTLINE_DEMO: 'true',
    LOG_LEVEL: 'warn',
  },
  stdio: 'ignore',
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* starting */
    }
    if (i > 1200) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const health = await (await fetch(`${base}/api/health`)).json();

  async function cookieFor(email) {
    const s = await fetch(`${base}/api/v1/auth/session`);
    const csrfCookie = s.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = await s.json();
    const r = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: csrfCookie },
      body: JSON.stringify({ email, password: 'frontline-demo' }),
    });
    if (!r.ok) throw new Error(`login ${email}: ${r.status}`);
    return r.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .filter((c) => c.startsWith('fl_session='))
      .join('; ');
  }

  const run = (opts) =>
    new Promise((resolve, reject) => autocannon(opts, (err, res) => (err ? reject(err) : resolve(res))));
  console.log(
    `GET /api/v1/people?limit=50 — database: ${health.database}; 10 connections, ${duration} s after a 3 s warm-up`,
  );
  console.log('who                       req/s     p50 ms  p90 ms  p97.5 ms  p99 ms  non-2xx  errors');
  for (const who of ['admin', 'supervisor']) {
    const cookie = await cookieFor(`${who}@demo.frontline.test`);
    const url = `${base}/api/v1/people?limit=50`;
    await run({ url, connections: 10, duration: 3, headers: { cookie } });
    const r = await run({ url, connections: 10, duration, headers: { cookie } });
    const l = r.latency;
    console.log(
      `${`${who}@demo`.padEnd(24)} ${String(Math.round(r.requests.average)).padStart(7)} ${String(l.p50).padStart(9)} ${String(l.p90).padStart(7)} ${String(l.p97_5).padStart(9)} ${String(l.p99).padStart(7)} ${String(r.non2xx).padStart(8)} ${String(r.errors).padStart(7)}`,
    );
  }
  console.log('(autocannon reports p50/p90/p97.5/p99, not p95; p95 lies between the p90 and p97.5 columns)');
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
