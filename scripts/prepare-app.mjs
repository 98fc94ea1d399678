#!/usr/bin/env node
// Makes what `npm start` runs, so that a start does no building (issue 19 item 6):
//   - the web app (web/dist, Vite);
//   - the server as a bundle (server/dist/main.mjs, esbuild) instead of compiling TypeScript
//     through tsx at every start: main.mjs, cli.mjs and the worker threads, each found beside
//     main.mjs as the source finds them beside its own files (`new URL('./….mjs', import.meta.url)`).
//     Our code and the contract are bundled; packages stay imports (PGlite, argon2 and others
//     load files of their own);
//   - the embedded database's template (server/dist/db-template.tar.gz, server/src/db/template.ts):
//     a new data directory starts from it instead of running initdb.
// `npm install` runs it (postinstall: everything, never failing the install); `npm start` runs
// what is missing or older than its sources.
//   node scripts/prepare-app.mjs [--force] [--postinstall]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WEB_INDEX = path.join(root, 'web/dist/index.html');
const SERVER_DIST = path.join(root, 'server/dist');
export const SERVER_BUNDLE = path.join(SERVER_DIST, 'main.mjs');
/** The entry `npm start` runs: opens the embedded database while it loads main.mjs. */
export const SERVER_ENTRY = path.join(SERVER_DIST, 'boot.mjs');
const TEMPLATE = path.join(SERVER_DIST, 'db-template.tar.gz');

const SERVER_ENTRIES = {
  main: 'server/src/main.ts',
  boot: 'server/src/boot.ts',
  cli: 'server/src/cli.ts',
  'read.worker': 'server/src/features/imports/sources/read.worker.ts',
  'pglite-worker': 'server/src/db/pglite-worker.mjs',
  'roster-solve.worker': 'server/src/features/rostering/solver/worker.ts',
};

function walkNewest(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? walkNewest(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

// Each source tree is walked once per run of this module's checks (npm start asks about the same
// trees for the web app, the bundle and its entry): the walk is most of a later start's check.
const newestOf = new Map();
function newestMtime(dir) {
  if (!newestOf.has(dir)) newestOf.set(dir, walkNewest(dir));
  return newestOf.get(dir);
}

/** True when `output` is missing or older than a file under one of `dirs`. */
function stale(output, dirs) {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return dirs.some((d) => newestMtime(path.join(root, d)) > built);
}

export const webStale = () => stale(WEB_INDEX, ['web/src', 'contract/src']);
const bundleStale = () =>
  stale(SERVER_BUNDLE, ['server/src', 'contract/src']) || stale(SERVER_ENTRY, ['server/src', 'contract/src']);
/** The template follows the migrations and the PGlite release, not every source change. */
const templateStale = () =>
  stale(TEMPLATE, ['server/src/db/migrations']) ||
  fs.statSync(TEMPLATE).mtimeMs <
    fs.statSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json')).mtimeMs;
export const serverStale = () => bundleStale() || templateStale();

export function buildWeb() {
  console.log('Building the web app…');
  const r = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the web build failed (exit ${r.status})`);
}

/**
 * Pure-ESM packages of hundreds of small modules, bundled in: loading them file by file was a large
 * part of every start (issue #19 item 6).
 */
const INLINED = ['kysely', 'typebox'];

/** Packages stay imports, except our own workspace packages (TypeScript sources) and INLINED. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@frontline/') ||
      INLINED.some((p) => args.path === p || args.path.startsWith(`${p}/`))
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

/** The bundle, and the template when asked (the template needs the bundle's cli.mjs). */
export async function buildServer({ template = true } = {}) {
  const started = performance.now();
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: SERVER_ENTRIES,
    outdir: SERVER_DIST,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [externalPackages],
  });
  if (template) {
    const r = spawnSync(process.execPath, [path.join(SERVER_DIST, 'cli.mjs'), 'make-template', TEMPLATE], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error(`the database template failed (exit ${r.status})`);
  }
  console.log(`Server bundled into server/dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Builds what is stale (everything with force). */
export async function prepareApp({ force = false } = {}) {
  newestOf.clear();
  if (force || webStale()) buildWeb();
  const template = force || templateStale();
  if (template || bundleStale()) await buildServer({ template });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const postinstall = process.argv.includes('--postinstall');
  try {
    await prepareApp({ force: process.argv.includes('--force') || postinstall });
  } catch (err) {
    if (!postinstall) throw err;
    // An install never fails for this: `npm start` builds what is missing.
    console.warn(
      `Frontline: could not prepare the app at install time (${err.message}); npm start will try again.`,
    );
  }
}
