#!/usr/bin/env node
// `npm start`: build what is missing (the web app, the server bundle and the embedded database's
// template: prepare-app.mjs; `npm install` already made them), then run the server bundle on the
// embedded database with the demo organisation (seeded on first run). Set FRONTLINE_DEMO=0 for a
// real first-run set-up. Without a bundle (esbuild unavailable), the server runs from its
// TypeScript sources through tsx.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prepareApp, SERVER_ENTRY } from './prepare-app.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let bundled = true;
try {
  await prepareApp();
} catch (err) {
  if (!fs.existsSync(path.join(root, 'web/dist/index.html'))) throw err;
  console.warn(`Could not bundle the server (${err.message}); running it from its sources.`);
  bundled = false;
}

const env = process.env;
if (env.FRONTLINE_DEMO === undefined) env.FRONTLINE_DEMO = '1';
if (env.FRONTLINE_DEMO === '0') env.FRONTLINE_DEMO = 'false';
if (bundled) {
  // The bundle runs in this process (no second Node to start). No --enable-source-maps: reading the
  // 4 MB map costs about a sixth of loading the bundle. The bundle is not minified (traces name its
  // functions and source files); for traces in the TypeScript sources run with
  // NODE_OPTIONS=--enable-source-maps.
  process.chdir(root); // as npm start does: relative paths (the data directory) are the project's
  await import(pathToFileURL(SERVER_ENTRY).href);
} else {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const child = spawn(tsx, [path.join(root, 'server/src/main.ts')], { cwd: root, env, stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
