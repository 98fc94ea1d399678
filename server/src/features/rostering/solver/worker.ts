/**
 * Worker thread of a roster solve (started by solve.ts through roster-solve.worker.mjs, or the bundle's server/dist/roster-solve.worker.mjs): runs solve-here.ts once
 * for the model in its workerData, posts progress messages, then the result. Cancel: the parent sets
 * the shared stop flag, which the heuristic and HiGHS poll; if that is not enough it terminates us.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RosterModel } from './model.js';
import { solveHere, type SolveOptions, type SolveProgress, type SolveResult } from './solve-here.js';

export interface RosterWorkerData {
  model: RosterModel;
  options: SolveOptions;
  /** Int32Array over a SharedArrayBuffer: [0] becomes 1 to ask the solve to stop. */
  stop: SharedArrayBuffer;
}

export type FromRosterWorker =
  | { kind: 'progress'; progress: SolveProgress }
  | { kind: 'result'; result: SolveResult }
  | { kind: 'error'; message: string; name: string };

const port = parentPort!;
const data = workerData as RosterWorkerData;
const stop = new Int32Array(data.stop);
const post = (m: FromRosterWorker) => port.postMessage(m);

try {
  const result = await solveHere(data.model, data.options, {
    shouldStop: () => Atomics.load(stop, 0) === 1,
    onProgress: (progress) => post({ kind: 'progress', progress }),
  });
  post({ kind: 'result', result });
} catch (err) {
  const e = err instanceof Error ? err : new Error(String(err));
  post({ kind: 'error', message: e.message, name: e.name });
}
