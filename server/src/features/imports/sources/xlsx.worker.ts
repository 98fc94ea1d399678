/**
 * Worker thread that reads XLSX files (xlsx.ts) for the parent, one job at a time: the records
 * go back in batches, one batch per credit the parent grants, so a fast reader never queues a
 * whole sheet. Started by xlsx-workers.ts (through xlsx.worker.mjs) with a heap limit: if a file
 * still exhausts it, only this thread dies and the import fails with a clear issue.
 */
import { parentPort } from 'node:worker_threads';
import { ImportFileError, type FileRecord } from './readers.js';
import { readXlsxRecords, type XlsxLimits } from './xlsx.js';

export type ToXlsxWorker =
  | { kind: 'read'; path: string; fileName: string; limits?: XlsxLimits }
  | { kind: 'more' }
  | { kind: 'cancel' };

/** After `end` or `error` the worker is free for the next job. */
export type FromXlsxWorker =
  | { kind: 'records'; records: FileRecord[] }
  | { kind: 'end' }
  | { kind: 'error'; code: ImportFileError['code']; message: string };

const BATCH = 1000;
const port = parentPort!;
let job: { credit: number; cancelled: boolean; wake: (() => void) | null } | null = null;

const post = (m: FromXlsxWorker) => port.postMessage(m);

port.on('message', (m: ToXlsxWorker) => {
  if (m.kind === 'read') void run(m);
  else if (job) {
    if (m.kind === 'more') job.credit++;
    else job.cancelled = true;
    job.wake?.();
    job.wake = null;
  }
});

async function run(m: Extract<ToXlsxWorker, { kind: 'read' }>) {
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
    for await (const record of readXlsxRecords(m.path, m.fileName, m.limits)) {
      batch.push(record);
      if (batch.length >= BATCH) {
        if (!(await send(batch))) break;
        batch = [];
      }
    }
    if (batch.length) await send(batch);
    post({ kind: 'end' });
  } catch (err) {
    const known = err instanceof ImportFileError;
    if (state.cancelled) post({ kind: 'end' });
    else {
      post({
        kind: 'error',
        code: known ? err.code : 'unsupported_file',
        message: known ? err.message : `${m.fileName}: not a readable XLSX file (${(err as Error).message})`,
      });
    }
  } finally {
    job = null;
  }
}
