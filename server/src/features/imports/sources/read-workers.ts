/**
 * Uploaded files are read in worker threads (read.worker.ts) with their own heap limit: decoding,
 * CSV parsing and spreadsheet XML never hold the server's event loop, and a hostile file can fail
 * its import but never exhaust the server's heap. Starting a worker costs about half a second (it
 * loads TypeScript through tsx), so up to two idle workers are kept for the next file; one that
 * failed or was stopped mid-file is ended, never reused.
 */
import { Worker } from 'node:worker_threads';
import { ImportFileError, type FileRecord, type HereOptions } from './readers.js';
import type { FromReadWorker, ToReadWorker } from './read.worker.js';

/** Heap of a file reader's worker. */
export const READ_WORKER_MEMORY_MB = 512;
const MAX_IDLE = 2;
/** How long a worker may take to stop a cancelled file before it is ended instead. */
const CANCEL_GRACE_MS = 5000;
const ENTRY = new URL('./read.worker.mjs', import.meta.url);

export interface WorkerOptions {
  /** Heap limit of the worker (tests lower it); a worker of its own, not from the pool. */
  workerMemoryMb?: number;
}

const idle: Worker[] = [];

function spawn(memoryMb: number): Worker {
  const worker = new Worker(ENTRY, {
    resourceLimits: {
      maxOldGenerationSizeMb: memoryMb,
      maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.floor(memoryMb / 8))),
      stackSizeMb: 4,
    },
  });
  worker.on('exit', () => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
  });
  // Errors are handled by the job that owns the worker; an idle one that fails just exits.
  worker.on('error', () => undefined);
  return worker;
}

function release(worker: Worker, pooled: boolean) {
  if (pooled && idle.length < MAX_IDLE) {
    worker.unref();
    idle.push(worker);
  } else void worker.terminate();
}

/** Records of a file, read in a worker. Stopping early cancels the worker's read. */
export async function* readInWorker(
  path: string,
  fileName: string,
  here: HereOptions,
  options: WorkerOptions = {},
): AsyncGenerator<FileRecord> {
  const pooled = options.workerMemoryMb === undefined;
  const memory = options.workerMemoryMb ?? READ_WORKER_MEMORY_MB;
  const worker = (pooled ? idle.pop() : undefined) ?? spawn(memory);
  worker.ref();
  const queue: FromReadWorker[] = [];
  let failure: Error | null = null;
  let exited = false;
  let notify: (() => void) | null = null;
  const poke = () => {
    const n = notify;
    notify = null;
    n?.();
  };
  const onMessage = (m: FromReadWorker) => {
    queue.push(m);
    poke();
  };
  const onError = (err: Error) => {
    failure = err;
    poke();
  };
  const onExit = () => {
    exited = true;
    poke();
  };
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.on('exit', onExit);
  const detach = () => {
    worker.off('message', onMessage);
    worker.off('error', onError);
    worker.off('exit', onExit);
  };
  const send = (m: ToReadWorker) => worker.postMessage(m);
  send({ kind: 'read', path, fileName, options: here });
  // Two batches in flight: the worker reads the next while this one is consumed.
  send({ kind: 'more' });
  send({ kind: 'more' });
  let finished = false;
  try {
    for (;;) {
      const m = queue.shift();
      if (!m) {
        if (failure) {
          const oom = (failure as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
          throw new ImportFileError(
            oom ? 'sheet_too_large' : 'unsupported_file',
            oom
              ? `${fileName} needs more than ${memory} MB of memory to read: split it into smaller files`
              : `${fileName}: not a readable file (${(failure as Error).message})`,
          );
        }
        if (exited) throw new ImportFileError('unsupported_file', `${fileName}: the file reader stopped`);
        await new Promise<void>((resolve) => (notify = resolve));
        continue;
      }
      if (m.kind === 'end') {
        finished = true;
        return;
      }
      if (m.kind === 'error') {
        finished = true;
        throw new ImportFileError(m.code, m.message, {
          ...(m.errorCode !== undefined ? { errorCode: m.errorCode } : {}),
          ...(m.params !== undefined ? { params: m.params } : {}),
        });
      }
      send({ kind: 'more' });
      yield* m.records;
    }
  } finally {
    if (finished) {
      detach();
      release(worker, pooled);
    } else if (failure || exited) {
      detach();
      void worker.terminate();
    } else {
      // Stopped early: let the worker stop its read, then reuse it; end it if it does not.
      send({ kind: 'cancel' });
      const timer = setTimeout(() => {
        detach();
        void worker.terminate();
      }, CANCEL_GRACE_MS);
      timer.unref();
      const wait = () => {
        if (failure || exited) {
          clearTimeout(timer);
          detach();
          return;
        }
        const last = queue.findIndex((m) => m.kind !== 'records');
        if (last < 0) {
          queue.length = 0;
          notify = wait;
          return;
        }
        clearTimeout(timer);
        detach();
        release(worker, pooled);
      };
      wait();
    }
  }
}
