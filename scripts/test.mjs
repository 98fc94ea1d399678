#!/usr/bin/env node
// `npm test`: the server unit tests and the web tests (one vitest run), the database tests on
// PGlite, and the same database tests on PostgreSQL when TEST_DATABASE_URL is set (otherwise it
// says clearly that they did NOT run). Extra arguments go to every vitest run, e.g.
// `npm test -- people` (a file filter). The very last line is the count:
//   Tests: 123 passed, 0 failed            (", N skipped" is added only when N > 0)
// Exits non-zero when any run failed or when no test ran at all.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vitest = path.join(root, 'node_modules/.bin/vitest');
const extra = process.argv.slice(2);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-test-json-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
/** Each failed test by name with the first line of its error: the end of the output (which is all
 *  a CI summary may keep) says what failed, not only how many. */
const failures = [];
let anyFailed = false;

/** Counts from vitest's json reporter (Jest-compatible shape). A file that fails to load has no
 *  test results but is a failure, so it counts as one failed test. */
function count(file) {
  const j = JSON.parse(fs.readFileSync(file, 'utf8'));
  let failed = j.numFailedTests ?? 0;
  for (const f of j.testResults ?? []) {
    if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) failed += 1;
  }
  for (const f of j.testResults ?? []) {
    const where = path.relative(root, f.name ?? '');
    if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) {
      failures.push(`${where}: ${firstLine(f.message)}`);
    }
    for (const a of f.assertionResults ?? []) {
      if (a.status === 'failed')
        failures.push(`${where} > ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    }
  }
  return {
    passed: j.numPassedTests ?? 0,
    failed,
    skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
  };
}

function firstLine(text) {
  return (
    (text ?? '')
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim()
      .slice(0, 300) ?? '(no message)'
  );
}

function run(label, projects, { allowEmpty = false } = {}) {
  const out = path.join(tmp, `${label}.json`);
  const before = failures.length;
  const args = [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    // A file filter may match files of only some projects: the zero-tests check below still holds.
    ...(allowEmpty || extra.length > 0 ? ['--passWithNoTests'] : []),
    ...extra,
  ];
  console.log(`\n== ${label}: vitest --project ${projects.join(' --project ')}\n`);
  const r = spawnSync(vitest, args, { cwd: root, stdio: 'inherit', env: process.env });
  let c = { passed: 0, failed: 0, skipped: 0 };
  if (fs.existsSync(out)) c = count(out);
  for (let i = before; i < failures.length; i += 1) failures[i] = `[${label}] ${failures[i]}`;
  const ok = r.status === 0 && c.failed === 0;
  if (!ok) {
    anyFailed = true;
    // vitest died before writing its report (or failed outside any test): still a failure.
    if (c.failed === 0) c.failed = 1;
  }
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  summary.push(
    `  ${label.padEnd(22)} ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}` +
      (r.status === 0 ? '' : `  (vitest exit ${r.status ?? r.signal})`),
  );
}

try {
  // The web project may have no test files yet: that is not a failure of the run.
  run('unit-and-web', ['server', 'web'], { allowEmpty: true });
  run('database-pglite', ['server-db']);
  if (process.env.TEST_DATABASE_URL) {
    run('database-postgresql', ['server-db-pg']);
  } else {
    summary.push('  database-postgresql    NOT run (TEST_DATABASE_URL is not set)');
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

console.log('\n== summary');
for (const line of summary) console.log(line);
if (!process.env.TEST_DATABASE_URL) {
  console.log(
    '\nPostgreSQL database tests NOT run: TEST_DATABASE_URL is not set (.ci/run starts a throwaway ' +
      'PostgreSQL 15 and sets it; or run: eval "$(scripts/pg-throwaway.sh start)")',
  );
}
if (failures.length > 0) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  ${f}`);
}
if (totals.passed + totals.failed === 0) {
  anyFailed = true;
  console.log('\nNo test ran at all: that counts as a failure.');
}
console.log(
  `\nTests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(anyFailed ? 1 : 0);
