import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportBatch, ImportSettings, ImportStatus, MatchStaffBody } from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
  commitImport,
  createApiToken,
  createPreset,
  deletePreset,
  discardImport,
  fetchApiTokens,
  fetchImport,
  fetchImports,
  fetchPresets,
  importKeys,
  matchStaff,
  revokeApiToken,
  undoImport,
  uploadImport,
  validateImport,
  type ImportListParams,
} from '../api';
import { monitoringKeys } from '../../monitoring/api';

/** A batch is being worked on by the server while it validates or commits. */
export const isRunning = (s: ImportStatus | undefined) => s === 'validating' || s === 'committing';
export const POLL_MS = 500;

export const useImports = (p: ImportListParams) =>
  useQuery({
    queryKey: importKeys.list(p),
    queryFn: () => fetchImports(p),
    placeholderData: keepPreviousData,
  });

/** One batch, polled every 500 ms while the server validates or commits it. */
export const useImport = (id: string | undefined) =>
  useQuery({
    queryKey: importKeys.detail(id ?? ''),
    queryFn: () => fetchImport(id ?? ''),
    enabled: isUuid(id),
    refetchInterval: (q) => (isRunning(q.state.data?.status) ? POLL_MS : false),
  });

/** The mutations of one batch; each answer replaces the cached batch (and polling takes over). */
export function useImportActions(id: string) {
  const qc = useQueryClient();
  const store = (b: ImportBatch) => {
    qc.setQueryData(importKeys.detail(b.id), b);
    void qc.invalidateQueries({ queryKey: importKeys.lists });
  };
  const afterData = async () => {
    await qc.invalidateQueries({ queryKey: monitoringKeys.dashboards });
    await qc.invalidateQueries({ queryKey: monitoringKeys.allAttention });
    await qc.invalidateQueries({ queryKey: monitoringKeys.allObservations });
  };
  return {
    validate: useMutation({ mutationFn: (s: ImportSettings) => validateImport(id, s), onSuccess: store }),
    match: useMutation({
      mutationFn: (m: MatchStaffBody['matches']) => matchStaff(id, m),
      onSuccess: store,
    }),
    commit: useMutation({ mutationFn: (skip: boolean) => commitImport(id, skip), onSuccess: store }),
    undo: useMutation({
      mutationFn: () => undoImport(id),
      onSuccess: async (b) => {
        store(b);
        await afterData();
      },
    }),
    discard: useMutation({
      mutationFn: () => discardImport(id),
      onSuccess: () => qc.invalidateQueries({ queryKey: importKeys.all }),
    }),
    afterData,
  };
}

export function useUploadImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (b) => {
      qc.setQueryData(importKeys.detail(b.id), b);
      void qc.invalidateQueries({ queryKey: importKeys.lists });
    },
  });
}

export const usePresets = () => useQuery({ queryKey: importKeys.presets, queryFn: fetchPresets });
export function useSavePreset() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ name, settings }: { name: string; settings: ImportSettings }) =>
      createPreset(name, settings),
    onSuccess: () => qc.invalidateQueries({ queryKey: importKeys.presets }),
  });
}
export function useDeletePreset() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deletePreset,
    onSuccess: () => qc.invalidateQueries({ queryKey: importKeys.presets }),
  });
}

export const useApiTokens = () => useQuery({ queryKey: importKeys.tokens, queryFn: fetchApiTokens });
export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => qc.invalidateQueries({ queryKey: importKeys.tokens }),
  });
}
export function useRevokeApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => qc.invalidateQueries({ queryKey: importKeys.tokens }),
  });
}
