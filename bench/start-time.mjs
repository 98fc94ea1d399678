#!/usr/bin/env node
// How long `npm start` (node scripts/start.mjs) takes until Frontline is usable: GET / answers 200
// with the HTML page and GET /api/v1/auth/session answers. Cold: a fresh, empty embedded data
// directory (PGlite initdb, migrations, preset indicators, demo seed). Warm: a restart on the same
// directory. As after `npm install`, the web app, the server bundle and the database template are
// made first when missing or stale (scripts/prepare-app.mjs, the postinstall step), timed apart.
// Prints figures; asserts nothing. Usage: node bench/start-time.mjs  (PORT optional)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { emit } from './lib/result.mjs';
import { prepareApp, serverStale, webStale } from '../scripts/prepare-app.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-start-'));
const dataDir = path.join(tmp, 'data');

async function startOnce(label) {
  const t0 = performance.now();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', FRONTLINE_DATA_DIR: dataDir };
  delete env.DATABASE_URL; // this measures the embedded default
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let pageAt = null;
  let readyAt = null;
  while (readyAt === null && child.exitCode === null && performance.now() - t0 < 300_000) {
    try {
      if (pageAt === null) {
        const page = await fetch(`${base}/`);
        const html = await page.text();
        if (page.ok && /<html/i.test(html) && html.includes('id="root"')) pageAt = performance.now() - t0;
      }
      if (pageAt !== null) {
        const session = await fetch(`${base}/api/v1/auth/session`);
        await session.arrayBuffer();
        if (session.ok) readyAt = performance.now() - t0;
      }
    } catch {
      /* not listening yet */
    }
    if (readyAt === null) await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('close', r)));
  const serverSays = /ready in ([\d.]+) s/.exec(log)?.[1];
  const built = log.includes('Building the web app') || log.includes('Server bundled');
  if (readyAt === null) {
    console.log(`${label}: did not start. Output:\n${log.slice(-3000)}`);
    return null;
  }
  console.log(
    `${label.padEnd(52)} ${(readyAt / 1000).toFixed(2).padStart(6)} s` +
      `   (page ${(pageAt / 1000).toFixed(2)} s; server's own "ready in" ${serverSays ?? '?'} s` +
      `${built ? '; includes building' : ''})`,
  );
  return readyAt;
}

/** The reference in the same run: a bare Node process answering HTTP on the same port (the floor). */
async function bareNode() {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    ['-e', `require('http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`],
    { stdio: 'ignore' },
  );
  let at = null;
  while (at === null && performance.now() - t0 < 30_000) {
    try {
      if ((await fetch(`${base}/`)).ok) at = performance.now() - t0;
    } catch {
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('close', r)));
  console.log(
    `${'reference: a bare Node HTTP server answering'.padEnd(52)} ${(at / 1000).toFixed(2).padStart(6)} s`,
  );
  return at;
}

console.log(
  `npm start (node scripts/start.mjs) until GET / serves the page and GET /api/v1/auth/session answers` +
    `\nNode ${process.version}, ${os.cpus().length} CPUs, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
);
{
  const t0 = performance.now();
  const needed = webStale() || serverStale();
  await prepareApp();
  console.log(
    needed
      ? `install-time preparation (postinstall: web app, server bundle, database template) ${((performance.now() - t0) / 1000).toFixed(1)} s, not counted below`
      : 'web app, server bundle and database template already prepared (as npm install leaves them)',
  );
}
try {
  const bare = await bareNode();
  const cold = await startOnce('cold: empty data dir (template, migrate, presets, demo)');
  const warm = await startOnce('warm: restart on the same data dir');
  const reference = 'a bare Node HTTP server answering';
  const s = (ms) => (ms === null ? null : ms / 1000);
  if (cold !== null) {
    emit({
      bench: 'start',
      figure: 'first npm start until page + session answer',
      value: s(cold),
      unit: 's',
      reference,
      referenceValue: s(bare),
      goal: '≤ 10 s (issue 19 item 6)',
    });
  }
  if (warm !== null) {
    emit({
      bench: 'start',
      figure: 'later npm start (same data dir)',
      value: s(warm),
      unit: 's',
      reference,
      referenceValue: s(bare),
      goal: '≤ 2 s',
    });
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
