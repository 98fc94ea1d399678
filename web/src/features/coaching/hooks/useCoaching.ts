import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CancelCoachingBody,
  CoachingQuery,
  CoachingSessionBody,
  CompleteCoachingBody,
  CreateCoachingBody,
  UpdateCoachingBody,
} from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
  addSession,
  cancelPlan,
  coachingKeys,
  completePlan,
  createPlan,
  fetchEffect,
  fetchPlan,
  fetchPlans,
  updatePlan,
} from '../api';
import { checkinKeys } from '../../checkins/api';

export const usePlans = (q: CoachingQuery) =>
  useQuery({ queryKey: coachingKeys.list(q), queryFn: () => fetchPlans(q) });
export const usePlan = (id: string | undefined) =>
  useQuery({
    queryKey: coachingKeys.detail(id ?? ''),
    queryFn: () => fetchPlan(id ?? ''),
    enabled: isUuid(id),
  });
export const useCoachingEffect = (id: string, weeks: number, enabled: boolean) =>
  useQuery({ queryKey: coachingKeys.effect(id, weeks), queryFn: () => fetchEffect(id, weeks), enabled });

export function useCreatePlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCoachingBody) => createPlan(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: coachingKeys.all }),
  });
}

export type PlanChange =
  | { kind: 'update'; body: UpdateCoachingBody }
  | { kind: 'session'; body: CoachingSessionBody }
  | { kind: 'complete'; body: CompleteCoachingBody }
  | { kind: 'cancel'; body: CancelCoachingBody };

/** Every change to one plan: edits, a session, completing or cancelling it. */
export function usePlanChange(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: PlanChange) => {
      switch (c.kind) {
        case 'update':
          return updatePlan(id, c.body);
        case 'session':
          return addSession(id, c.body);
        case 'complete':
          return completePlan(id, c.body);
        case 'cancel':
          return cancelPlan(id, c.body);
      }
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: coachingKeys.all });
      await qc.invalidateQueries({ queryKey: checkinKeys.all });
    },
  });
}
