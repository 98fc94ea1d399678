import { Worker } from 'node:worker_threads';
import type { EmbeddedEngine } from './pglite-dialect.js';

type Reply =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: Record<string, unknown> };

function toError(e: Record<string, unknown>): Error {
  const err = new Error(String(e.message));
  Object.assign(err, e);
  return err;
}

/**
 * PGlite on disk in a worker thread (pglite-worker.mjs), with the part of PGlite's interface
 * the dialect, backups and tests use. The server's event loop stays free while a statement runs;
 * other requests that need the database still wait their turn for the one connection.
 */
export class PGliteInWorker implements EmbeddedEngine {
  #worker: Worker;
  #next = 1;
  #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  #closed = false;
  readonly waitReady: Promise<void>;

  private constructor(worker: Worker) {
    this.#worker = worker;
    this.waitReady = new Promise<void>((resolve, reject) => {
      const first = (m: { ready?: boolean; error?: Record<string, unknown> }) => {
        if (m.ready === undefined) return;
        worker.off('message', first);
        if (m.ready) resolve();
        else reject(toError(m.error ?? { message: 'PGlite did not start' }));
      };
      worker.on('message', first);
    });
    worker.on('message', (m: Reply | { ready: boolean }) => {
      if (!('id' in m)) return;
      const p = this.#pending.get(m.id);
      if (!p) return;
      this.#pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else p.reject(toError(m.error));
    });
    const fail = (err: Error) => {
      this.#closed = true;
      for (const p of this.#pending.values()) p.reject(err);
      this.#pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the database thread ended (exit ${code})`)));
  }

  static async create(opts: { dataDir: string; loadDataDir?: Blob }): Promise<PGliteInWorker> {
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
      workerData: { dataDir: opts.dataDir, ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}) },
    });
    const engine = new PGliteInWorker(worker);
    await engine.waitReady;
    return engine;
  }

  get closed(): boolean {
    return this.#closed;
  }

  #call<T>(msg: Record<string, unknown>): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('the database is closed'));
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.#worker.postMessage({ ...msg, id });
    });
  }

  query<R>(sql: string, params: unknown[] = []): Promise<{ rows: R[]; affectedRows?: number }> {
    return this.#call({ op: 'query', sql, params });
  }

  exec(sql: string): Promise<{ rows: Record<string, unknown>[]; affectedRows?: number }[]> {
    return this.#call({ op: 'exec', sql });
  }

  dumpDataDir(compression: 'none' | 'gzip' | 'auto' = 'auto'): Promise<Blob> {
    return this.#call({ op: 'dump', compression });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#call({ op: 'close' });
    this.#closed = true;
    await this.#worker.terminate();
  }
}
