#!/usr/bin/env node
// Cold and warm `npm start` (scripts/start.mjs) on a fresh embedded data directory: seconds until
// the first page (GET /) and the session API answer. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_PORT ?? 3911);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-start-'));

async function startOnce(label) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      FRONTLINE_DATA_DIR: path.join(dataDir, 'data'),
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  let firstPage = null;
  for (;;) {
    try {
      const page = await fetch(`http://127.0.0.1:${port}/`);
      const html = await page.text();
      const session = await fetch(`http://127.0.0.1:${port}/api/v1/auth/session`);
      if (page.ok && html.includes('<div id="root">') && session.ok) {
        firstPage = (performance.now() - t0) / 1000;
        break;
      }
    } catch {
      /* not up yet */
    }
    if (performance.now() - t0 > 180_000) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  console.log(`${label.padEnd(44)} ${firstPage === null ? 'did not start' : `${firstPage.toFixed(2)} s`}`);
}

const built = fs.existsSync(path.join(root, 'web/dist/index.html'));
console.log(
  `npm start to first page (web build ${built ? 'already present' : 'built during the first start'})`,
);
await startOnce('cold: empty data dir (initdb, migrate, demo seed)');
await startOnce('warm: same data dir');
fs.rmSync(dataDir, { recursive: true, force: true });
