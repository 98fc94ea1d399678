/**
 * The server's entry (`npm start` runs its bundle, server/dist/boot.mjs): starts opening the embedded
 * database in its worker thread first, then loads the server (main.ts), so PGlite starts while the
 * modules load (issue #19 item 6). main.ts alone still works (tests, tsx), opening the database itself.
 */
import path from 'node:path';
import { startEarlyEngine } from './db/early-open.js';

startEarlyEngine(process.env, path.resolve(import.meta.dirname, '../..'));
// Not a literal: the bundler must leave main to load after the engine has started.
const main = import.meta.url.endsWith('.mjs') ? './main.mjs' : './main.ts';
await import(main);
