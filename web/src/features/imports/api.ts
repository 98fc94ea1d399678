import type {
  ApiToken,
  CreatedApiToken,
  ImportBatch,
  ImportBatchSummary,
  ImportPreset,
  ImportSettings,
  MatchStaffBody,
} from '@frontline/contract';
import { api, del, get, post, qs, type Page } from '../../lib/api-client';

export interface ImportListParams {
  limit: number;
  offset: number;
}

export const importKeys = {
  all: ['imports'] as const,
  lists: ['imports', 'list'] as const,
  list: (p: ImportListParams) => ['imports', 'list', p] as const,
  detail: (id: string) => ['imports', 'detail', id] as const,
  presets: ['import-presets'] as const,
  tokens: ['api-tokens'] as const,
};

/** The largest file the server takes (it answers 413 `import.too_large` above it). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
export const IMPORT_ACCEPT =
  '.csv,.txt,.xlsx,.zip,text/csv,text/plain,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the file's bytes as they are (streamed by the browser, never read into memory here). */
export const uploadImport = (file: File) =>
  api<ImportBatch>('POST', `/api/v1/imports${qs({ fileName: file.name })}`, file, {
    contentType: 'application/octet-stream',
  });
export const fetchImports = (p: ImportListParams) =>
  get<Page<ImportBatchSummary>>(`/api/v1/imports${qs({ ...p })}`);
export const fetchImport = (id: string) => get<ImportBatch>(`/api/v1/imports/${id}`);
export const validateImport = (id: string, settings: ImportSettings) =>
  post<ImportBatch>(`/api/v1/imports/${id}/validate`, settings);
export const matchStaff = (id: string, matches: MatchStaffBody['matches']) =>
  post<ImportBatch>(`/api/v1/imports/${id}/matches`, { matches });
export const commitImport = (id: string, skipUnmatched: boolean) =>
  post<ImportBatch>(`/api/v1/imports/${id}/commit`, { skipUnmatched });
export const undoImport = (id: string) => post<ImportBatch>(`/api/v1/imports/${id}/undo`);
export const discardImport = (id: string) => del(`/api/v1/imports/${id}`);

export const fetchPresets = () => get<ImportPreset[]>('/api/v1/import-presets');
export const createPreset = (name: string, settings: ImportSettings) =>
  post<ImportPreset>('/api/v1/import-presets', { name, settings });
export const deletePreset = (id: string) => del(`/api/v1/import-presets/${id}`);

export const fetchApiTokens = () => get<ApiToken[]>('/api/v1/api-tokens');
export const createApiToken = (name: string) => post<CreatedApiToken>('/api/v1/api-tokens', { name });
export const revokeApiToken = (id: string) => del(`/api/v1/api-tokens/${id}`);

/** Where integrations push observations with a bearer token. */
export const PUSH_PATH = '/api/v1/push/observations';
