// The embedded database in a worker thread (pglite-worker-client.ts starts it): PGlite runs
// its queries synchronously in WebAssembly, so on the server's own thread a long statement (an
// import's merge) held every request. Here only this thread waits. Messages are handled one at a
// time, in order; the client hands the one connection out one task at a time (pglite-dialect.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_CONF, PGLITE_PARSERS } from './pglite-types.mjs';

/** A database error as plain data: code, detail, constraint… survive the thread boundary. */
function plain(err) {
  const out = { message: String(err?.message ?? err), name: err?.name ?? 'Error' };
  for (const k of [
    'code',
    'detail',
    'hint',
    'constraint',
    'table',
    'column',
    'schema',
    'severity',
    'where',
    'position',
  ]) {
    if (err && err[k] !== undefined) out[k] = err[k];
  }
  return out;
}

let pg;
try {
  pg = await PGlite.create({
    dataDir: workerData.dataDir,
    ...(workerData.loadDataDir ? { loadDataDir: workerData.loadDataDir } : {}),
    parsers: PGLITE_PARSERS,
    postgresqlconf: PGLITE_CONF,
  });
  parentPort.postMessage({ ready: true });
} catch (err) {
  parentPort.postMessage({ ready: false, error: plain(err) });
  process.exit(1);
}

let queue = Promise.resolve();
parentPort.on('message', (m) => {
  queue = queue.then(async () => {
    try {
      let result;
      if (m.op === 'query') {
        const r = await pg.query(m.sql, m.params, { rowMode: 'object' });
        result = { rows: r.rows, affectedRows: r.affectedRows };
      } else if (m.op === 'exec') {
        const rs = await pg.exec(m.sql, { rowMode: 'object' });
        result = rs.map((r) => ({ rows: r.rows, affectedRows: r.affectedRows }));
      } else if (m.op === 'dump') {
        result = await pg.dumpDataDir(m.compression);
      } else if (m.op === 'close') {
        if (!pg.closed) await pg.close();
        result = null;
      } else throw new Error(`unknown op ${m.op}`);
      parentPort.postMessage({ id: m.id, ok: true, result });
    } catch (err) {
      parentPort.postMessage({ id: m.id, ok: false, error: plain(err) });
    }
  });
});
