// Value shapes the embedded engine returns, the same as node-postgres gives in database.ts:
// `date` stays 'YYYY-MM-DD' (no local-midnight Date), bigint and numeric become numbers.
// Plain JavaScript so the PGlite worker thread (pglite-worker.mjs) can use it without tsx.
export const DATE = 1082;
export const INT8 = 20;
export const NUMERIC = 1700;
export const parseDate = (v) => v;
export const parseNumber = (v) => Number(v);
export const PGLITE_PARSERS = { [DATE]: parseDate, [INT8]: parseNumber, [NUMERIC]: parseNumber };
export const PGLITE_CONF = ['max_wal_size=256MB'];
