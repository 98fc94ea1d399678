/**
 * `solveRoster(model, { timeLimitSeconds, onProgress, signal })`: a roster solve in a worker thread,
 * so the caller's event loop never blocks on HiGHS or the heuristic. The worker gets the time limit
 * and returns the best legal roster found (see solve-here.ts). Cancel through `signal`: the worker is
 * asked to stop (it returns its best roster so far, status 'cancelled'); one that does not answer
 * within a grace period is terminated and the promise rejects with RosterSolveCancelledError. A
 * worker that overruns its time limit by far is stopped the same way.
 */
import { Worker } from 'node:worker_threads';
import { indexModel, type RosterModel } from './model.js';
import type { SolveOptions, SolveProgress, SolveResult } from './solve-here.js';
import type { FromRosterWorker, RosterWorkerData } from './worker.js';

export type { SolveProgress, SolveResult } from './solve-here.js';

export interface SolveRosterOptions extends SolveOptions {
  onProgress?: (p: SolveProgress) => void;
  signal?: AbortSignal;
  /** Heap of the worker (HiGHS's WebAssembly memory is outside it). */
  workerMemoryMb?: number;
}

export class RosterSolveCancelledError extends Error {
  constructor() {
    super('The roster solve was cancelled.');
    this.name = 'RosterSolveCancelledError';
  }
}

export class RosterSolveFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RosterSolveFailedError';
  }
}

const ENTRY = new URL('./roster-solve.worker.mjs', import.meta.url);
/** How long a stopped worker may take to send its best roster before it is terminated. */
const STOP_GRACE_MS = 5_000;
/** How far past its time limit a worker may run (conflict search, start-up) before it is stopped. */
const OVERRUN_MS = 60_000;

export function solveRoster(model: RosterModel, options: SolveRosterOptions): Promise<SolveResult> {
  indexModel(model); // a model with unknown ids fails here, in the caller, with RosterModelError
  const { onProgress, signal, workerMemoryMb, ...solveOptions } = options;
  return new Promise<SolveResult>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new RosterSolveCancelledError());
      return;
    }
    const stopBuffer = new SharedArrayBuffer(4);
    const stop = new Int32Array(stopBuffer);
    const data: RosterWorkerData = { model, options: solveOptions, stop: stopBuffer };
    const worker = new Worker(ENTRY, {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb ?? 1024, stackSizeMb: 4 },
    });
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(overrunTimer);
      clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const askToStop = () => {
      Atomics.store(stop, 0, 1);
      killTimer ??= setTimeout(() => finish(() => reject(new RosterSolveCancelledError())), STOP_GRACE_MS);
    };
    const onAbort = () => askToStop();
    signal?.addEventListener('abort', onAbort, { once: true });
    const overrunTimer = setTimeout(askToStop, options.timeLimitSeconds * 1000 + OVERRUN_MS);
    worker.on('message', (m: FromRosterWorker) => {
      switch (m.kind) {
        case 'progress':
          onProgress?.(m.progress);
          break;
        case 'result':
          finish(() => resolve(m.result));
          break;
        case 'error':
          finish(() => reject(new RosterSolveFailedError(`${m.name}: ${m.message}`)));
          break;
      }
    });
    worker.on('error', (err) => finish(() => reject(new RosterSolveFailedError(err.message))));
    worker.on('exit', (code) =>
      finish(() => reject(new RosterSolveFailedError(`The solver's worker stopped (exit code ${code}).`))),
    );
  });
}
