import {
  importsEndpoints as e,
  type CreateApiTokenBody,
  type ImportSettings,
  type ListImportsQuery,
  type MatchStaffBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export type ImportListParams = Required<ListImportsQuery>;

export const importKeys = {
  all: ['imports'] as const,
  lists: ['imports', 'list'] as const,
  list: (p: ImportListParams) => ['imports', 'list', p] as const,
  detail: (id: string) => ['imports', 'detail', id] as const,
  presets: ['import-presets'] as const,
  tokens: ['api-tokens'] as const,
};

export const IMPORT_ACCEPT =
  '.csv,.txt,.xlsx,.zip,text/csv,text/plain,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the file's bytes as they are (streamed by the browser, never read into memory here). */
export const uploadImport = (file: File) => call(e.upload, { query: { fileName: file.name }, body: file });
export const fetchImports = (query: ImportListParams) => call(e.list, { query });
export const fetchImport = (id: string) => call(e.get, { params: { id } });
export const validateImport = (id: string, settings: ImportSettings) =>
  call(e.validate, { params: { id }, body: settings });
export const matchStaff = (id: string, matches: MatchStaffBody['matches']) =>
  call(e.match, { params: { id }, body: { matches } });
export const commitImport = (id: string, skipUnmatched: boolean) =>
  call(e.commit, { params: { id }, body: { skipUnmatched } });
export const undoImport = (id: string) => call(e.undo, { params: { id } });
export const discardImport = (id: string) => call(e.discard, { params: { id } });

export const fetchPresets = () => call(e.listPresets, {});
export const createPreset = (name: string, settings: ImportSettings) =>
  call(e.createPreset, { body: { name, settings } });
export const deletePreset = (id: string) => call(e.deletePreset, { params: { id } });

export const fetchApiTokens = () => call(e.listTokens, {});
export const createApiToken = (name: CreateApiTokenBody['name']) => call(e.createToken, { body: { name } });
export const revokeApiToken = (id: string) => call(e.revokeToken, { params: { id } });

/** Where integrations push observations with a bearer token. */
export const PUSH_PATH = e.push.path;
