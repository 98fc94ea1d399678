import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateIndicatorBody,
  CreatePolicyBody,
  CreateTargetBody,
  NewPolicyVersionBody,
} from '@frontline/contract';
import {
  createIndicator,
  createPolicy,
  createTarget,
  deleteTarget,
  fetchIndicators,
  fetchPolicies,
  fetchPolicyVersions,
  fetchTargets,
  indicatorKeys,
  newPolicyVersion,
} from '../api';

export const useIndicators = () => useQuery({ queryKey: indicatorKeys.indicators, queryFn: fetchIndicators });
export const usePolicies = () => useQuery({ queryKey: indicatorKeys.policies, queryFn: fetchPolicies });
export const usePolicyVersions = (id: string) =>
  useQuery({ queryKey: indicatorKeys.policyVersions(id), queryFn: () => fetchPolicyVersions(id) });
export const useTargets = () => useQuery({ queryKey: indicatorKeys.targets, queryFn: fetchTargets });

export function useCreateIndicator() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateIndicatorBody) => createIndicator(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: indicatorKeys.indicators }),
  });
}

/** A new policy (no id) or a new version of one. */
export function useSavePolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; body: NewPolicyVersionBody } | { id: null; body: CreatePolicyBody }) =>
      v.id !== null ? newPolicyVersion(v.id, v.body) : createPolicy(v.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: indicatorKeys.policies }),
  });
}

export function useCreateTarget() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTargetBody) => createTarget(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: indicatorKeys.targets }),
  });
}

export function useDeleteTarget() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteTarget,
    onSuccess: () => qc.invalidateQueries({ queryKey: indicatorKeys.targets }),
  });
}
