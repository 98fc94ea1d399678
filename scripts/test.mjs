#!/usr/bin/env node
// `npm test`: unit and web tests, database tests on PGlite, and the same database tests on
// PostgreSQL when TEST_DATABASE_URL is set. Prints one closing line: "Tests: N passed, M failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules/.bin/vitest');
const extra = process.argv.slice(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let anyFailed = false;

function run(label, projects, flags = []) {
  const out = path.join(tmp, `${label}.json`);
  const args = [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...flags,
    ...extra,
  ];
  console.log(`\n== ${label}: vitest ${projects.join(', ')}`);
  const r = spawnSync(vitest, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) anyFailed = true;
  if (fs.existsSync(out)) {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    totals.passed += j.numPassedTests ?? 0;
    totals.failed += j.numFailedTests ?? 0;
    totals.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  } else if (r.status !== 0) {
    totals.failed += 1;
  }
}

run('unit-and-web', ['server', 'web'], ['--passWithNoTests']);
run('database-pglite', ['server-db']);
if (process.env.TEST_DATABASE_URL) {
  run('database-postgresql', ['server-db-pg']);
} else {
  console.log(
    '\nPostgreSQL database tests NOT run: TEST_DATABASE_URL is not set.\n' +
      '  .ci/run starts a throwaway PostgreSQL 15 and sets it; locally: eval "$(bash scripts/pg-throwaway.sh start)"',
  );
}
fs.rmSync(tmp, { recursive: true, force: true });
const total = totals.passed + totals.failed;
if (total === 0) anyFailed = true;
console.log(
  `\nTests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(anyFailed ? 1 : 0);
