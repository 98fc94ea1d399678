import {
  qaReportEndpoints as e,
  type QaExportQuery,
  type QaReportQuery,
  type QaXlsxQuery,
} from '@frontline/contract';
import { call, endpointUrl } from '../../lib/endpoint-client';

export const qaReportKeys = {
  all: ['qaReport'] as const,
  report: (q: QaReportQuery) => ['qaReport', q] as const,
};

export const fetchQaReport = (query: QaReportQuery) => call(e.report, { query });
/** The CSV download's address (the view, or the evaluations item by item). */
export const qaCsvUrl = (query: QaExportQuery) => endpointUrl(e.csv, { query });
/** The XLSX workbook's address (team, people, items and assessors sheets). */
export const qaXlsxUrl = (query: QaXlsxQuery) => endpointUrl(e.xlsx, { query });
