import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lockDataDir } from './data-dir-lock.js';
import type { EmbeddedEngine } from './pglite-dialect.js';
import { PGliteInWorker } from './pglite-worker-client.js';

/** An embedded engine open in its worker, with the data directory's lock held. */
export interface LockedEngine {
  pglite: EmbeddedEngine;
  release: () => Promise<void>;
  /** Made from the install-time template (the data directory was new). */
  fromTemplate: boolean;
}

/**
 * The install-time template for a new data directory (PGlite's `loadDataDir`): none when the
 * directory already holds a database or there is no template file.
 */
export async function templateFor(dataDir: string, template: string | null): Promise<Blob | undefined> {
  if (!template || existsSync(path.join(dataDir, 'PG_VERSION')) || !existsSync(template)) return undefined;
  return new Blob([await readFile(template)]);
}

/** Locks the data directory, then opens PGlite on it in a worker thread (from the template when given). */
export async function openWorkerEngine(dataDir: string, loadDataDir?: Blob): Promise<LockedEngine> {
  const release = await lockDataDir(dataDir);
  try {
    const pglite = await PGliteInWorker.create({ dataDir, ...(loadDataDir ? { loadDataDir } : {}) });
    return { pglite, release, fromTemplate: loadDataDir !== undefined };
  } catch (err) {
    await release();
    throw err;
  }
}

/** What `startEarlyEngine` began: for which directory and template, and the engine to come. */
export interface EarlyEngine {
  dataDir: string;
  template: string;
  engine: Promise<LockedEngine>;
}

// Handed from the entry (boot.ts, its own bundle) to main.ts (another bundle): a global, not a module variable.
const EARLY = Symbol.for('frontline.earlyEngine');
type WithEarly = typeof globalThis & { [EARLY]?: EarlyEngine };

/**
 * Starts opening the embedded database before the server's modules load (issue #19 item 6): the
 * worker starts PGlite while the main thread loads and builds the app. Only for the embedded default
 * (no DATABASE_URL); main.ts uses it when its configuration names the same directory and template,
 * and opens as usual otherwise. A failure (e.g. the directory locked by another server) is reported
 * by main.ts, where it awaits the engine.
 */
export function startEarlyEngine(env: NodeJS.ProcessEnv, repoRoot: string): void {
  if (env.DATABASE_URL) return;
  const dataDir = path.resolve(env.FRONTLINE_DATA_DIR ?? './data');
  const template = path.join(repoRoot, 'server/dist/db-template.tar.gz');
  const engine = templateFor(dataDir, template).then((blob) => openWorkerEngine(dataDir, blob));
  engine.catch(() => undefined); // handled where main.ts awaits it
  (globalThis as WithEarly)[EARLY] = { dataDir, template, engine };
}

/** The engine the entry started, once (undefined when it started none). */
export function takeEarlyEngine(): EarlyEngine | undefined {
  const g = globalThis as WithEarly;
  const early = g[EARLY];
  delete g[EARLY];
  return early;
}
