import { Type } from 'typebox';
import { IdParams } from './common.contract.js';
import { PerformanceFileQuery } from './checkins.contract.js';
import { endpoint, FileResponse } from './endpoint.js';

/** A person's performance file as PDF (A4): a download. */
export const PerformanceFilePdf = FileResponse(
  'application/pdf',
  'The performance file (PDF, A4)',
  Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary' }),
);

/** A person's performance file as one CSV table: a download. */
export const PerformanceFileCsv = FileResponse(
  'text/csv',
  'The performance file as one CSV table',
  Type.String(),
);

/**
 * A person's performance file, for the person themself and anyone who sees them (404 otherwise).
 * Downloads: the server registers them by hand (content type, file name), the web links to them.
 */
export const peopleFileEndpoints = {
  pdf: endpoint({
    method: 'GET',
    path: '/api/v1/people/:id/file.pdf',
    access: 'authenticated',
    summary: "Download a person's performance file as PDF",
    params: IdParams,
    query: PerformanceFileQuery,
    response: PerformanceFilePdf,
  }),
  csv: endpoint({
    method: 'GET',
    path: '/api/v1/people/:id/file.csv',
    access: 'authenticated',
    summary: "Download a person's performance file as CSV",
    params: IdParams,
    query: PerformanceFileQuery,
    response: PerformanceFileCsv,
  }),
};
