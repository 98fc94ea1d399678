/**
 * Worker thread that reads uploaded files (CSV, zipped CSV, XLSX: readers.ts `readRecordsHere`)
 * for the parent, one job at a time: the records go back in batches, one batch per credit the
 * parent grants, so a fast reader never queues a whole file. Started by read-workers.ts (through
 * read.worker.mjs) with a heap limit: decoding, CSV parsing and spreadsheet XML all run here, off
 * the server's event loop, and a file that exhausts the heap only ends this thread.
 */
import { parentPort } from 'node:worker_threads';
import { ImportFileError, readRecordsHere, type FileRecord, type HereOptions } from './readers.js';

export type ToReadWorker =
  | { kind: 'read'; path: string; fileName: string; options: HereOptions }
  | { kind: 'more' }
  | { kind: 'cancel' };

/** A refusal as it crosses the thread boundary (ImportFileError's fields). */
export interface ReadFailure {
  code: ImportFileError['code'];
  message: string;
  errorCode?: ImportFileError['errorCode'];
  params?: Record<string, string | number>;
}

/** After `end` or `error` the worker is free for the next job. */
export type FromReadWorker =
  { kind: 'records'; records: FileRecord[] } | { kind: 'end' } | ({ kind: 'error' } & ReadFailure);

const BATCH = 1000;
const port = parentPort!;
let job: { credit: number; cancelled: boolean; wake: (() => void) | null } | null = null;

const post = (m: FromReadWorker) => port.postMessage(m);

port.on('message', (m: ToReadWorker) => {
  if (m.kind === 'read') void run(m);
  else if (job) {
    if (m.kind === 'more') job.credit++;
    else job.cancelled = true;
    job.wake?.();
    job.wake = null;
  }
});

function failure(err: unknown, fileName: string): ReadFailure {
  if (!(err instanceof ImportFileError)) {
    return {
      code: 'unsupported_file',
      message: `${fileName}: not a readable file (${(err as Error).message})`,
    };
  }
  return {
    code: err.code,
    message: err.message,
    ...(err.errorCode !== undefined ? { errorCode: err.errorCode } : {}),
    ...(err.params !== undefined ? { params: err.params } : {}),
  };
}

async function run(m: Extract<ToReadWorker, { kind: 'read' }>) {
  const state = (job = { credit: 0, cancelled: false, wake: null as (() => void) | null });
  const send = async (records: FileRecord[]): Promise<boolean> => {
    while (!state.cancelled && state.credit === 0) {
      await new Promise<void>((resolve) => (state.wake = resolve));
    }
    if (state.cancelled) return false;
    state.credit--;
    post({ kind: 'records', records });
    return true;
  };
  try {
    let batch: FileRecord[] = [];
    for await (const record of readRecordsHere({ path: m.path, fileName: m.fileName }, m.options)) {
      batch.push(record);
      if (batch.length >= BATCH) {
        if (!(await send(batch))) break;
        batch = [];
      }
    }
    if (batch.length) await send(batch);
    post({ kind: 'end' });
  } catch (err) {
    if (state.cancelled) post({ kind: 'end' });
    else post({ kind: 'error', ...failure(err, m.fileName) });
  } finally {
    job = null;
  }
}
