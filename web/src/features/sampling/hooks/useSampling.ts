import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateSamplingPlanBody, DrawSampleBody, UpdateSamplingPlanBody } from '@frontline/contract';
import {
  createPlan,
  drawSample,
  fetchAssessors,
  fetchPlan,
  fetchPlans,
  fetchPrecision,
  fetchQueue,
  samplingKeys,
  updatePlan,
} from '../api';

export const useSamplingPlans = () => useQuery({ queryKey: samplingKeys.plans, queryFn: fetchPlans });
export const useSamplingAssessors = () =>
  useQuery({ queryKey: samplingKeys.assessors, queryFn: fetchAssessors });
export const useSamplingPrecision = (scorecardId: string | null, n: number) =>
  useQuery({
    queryKey: samplingKeys.precision(scorecardId ?? '', n),
    queryFn: () => fetchPrecision(scorecardId!, n),
    enabled: !!scorecardId && n >= 1 && n <= 50,
  });
export const useSamplingPlan = (id: string, period?: string) =>
  useQuery({ queryKey: samplingKeys.plan(id, period), queryFn: () => fetchPlan(id, period) });
export const useQaQueue = (period?: string) =>
  useQuery({ queryKey: samplingKeys.queue(period), queryFn: () => fetchQueue(period) });

export function useCreatePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSamplingPlanBody) => createPlan(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: samplingKeys.all }),
  });
}

export function useUpdatePlan(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSamplingPlanBody) => updatePlan(id, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: samplingKeys.all }),
  });
}

export function useDrawSample(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DrawSampleBody) => drawSample(id, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: samplingKeys.all }),
  });
}
