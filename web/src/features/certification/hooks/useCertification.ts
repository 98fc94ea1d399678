import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  EvaluationCertificationMark,
  GrantCertificationBody,
  RevokeCertificationBody,
  UpdateCertificationSettingsBody,
} from '@frontline/contract';
import {
  certificationKeys,
  fetchAllMarks,
  fetchMarks,
  fetchOverview,
  fetchSettings,
  grantCertification,
  revokeCertification,
  updateSettings,
} from '../api';

export const useCertificationOverview = () =>
  useQuery({ queryKey: certificationKeys.overview, queryFn: fetchOverview });

export const useCertificationSettings = (enabled = true) =>
  useQuery({ queryKey: certificationKeys.settings, queryFn: fetchSettings, enabled });

/** The certification marks of these evaluations (only for those who may see them). */
export const useEvaluationMarks = (ids: readonly string[], enabled = true) =>
  useQuery({
    queryKey: certificationKeys.marks(ids),
    queryFn: () => fetchMarks(ids.slice(0, 100)),
    enabled: enabled && ids.length > 0,
  });

/** The marks of a list's evaluations by evaluation id (any number of them). */
export function useEvaluationMarksById(ids: readonly string[], enabled = true) {
  const q = useQuery({
    queryKey: certificationKeys.marks(ids),
    queryFn: () => fetchAllMarks(ids),
    enabled: enabled && ids.length > 0,
  });
  return new Map<string, EvaluationCertificationMark>((q.data ?? []).map((m) => [m.evaluationId, m]));
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: certificationKeys.all });
}

export function useGrantCertification() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: GrantCertificationBody) => grantCertification(body),
    onSuccess: invalidate,
  });
}

export function useRevokeCertification() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: string; body: RevokeCertificationBody }) => revokeCertification(v.id, v.body),
    onSuccess: invalidate,
  });
}

export function useUpdateCertificationSettings() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: UpdateCertificationSettingsBody) => updateSettings(body),
    onSuccess: invalidate,
  });
}
