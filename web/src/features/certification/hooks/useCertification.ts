import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RevokeCertificationBody } from '@frontline/contract';
import { certificationKeys, fetchMarks, fetchOverview, revokeCertification } from '../api';

export const useCertificationOverview = () =>
  useQuery({ queryKey: certificationKeys.overview, queryFn: fetchOverview });

/** The certification marks of these evaluations (only for those who may see them). */
export const useEvaluationMarks = (ids: readonly string[], enabled = true) =>
  useQuery({
    queryKey: certificationKeys.marks(ids),
    queryFn: () => fetchMarks(ids.slice(0, 100)),
    enabled: enabled && ids.length > 0,
  });

export function useRevokeCertification() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RevokeCertificationBody }) =>
      revokeCertification(id, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: certificationKeys.all }),
  });
}
