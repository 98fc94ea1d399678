import { useQuery } from '@tanstack/react-query';
import { certificationKeys, fetchMarks, fetchOverview } from '../api';

export const useCertificationOverview = () =>
  useQuery({ queryKey: certificationKeys.overview, queryFn: fetchOverview });

/** The certification marks of these evaluations (only for those who may see them). */
export const useEvaluationMarks = (ids: readonly string[], enabled = true) =>
  useQuery({
    queryKey: certificationKeys.marks(ids),
    queryFn: () => fetchMarks(ids.slice(0, 100)),
    enabled: enabled && ids.length > 0,
  });
