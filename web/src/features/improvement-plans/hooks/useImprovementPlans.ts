import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CloseImprovementPlanBody,
  CreateImprovementPlanBody,
  ExtendImprovementPlanBody,
  ImprovementPlanQuery,
  ImprovementReviewBody,
  SignOffImprovementPlanBody,
} from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
  acknowledgePlan,
  closePlan,
  createImprovementPlan,
  extendPlan,
  fetchImprovementPlan,
  fetchImprovementPlans,
  improvementPlanKeys,
  reviewPlan,
  signOffPlan,
} from '../api';
import { checkinKeys } from '../../checkins/api';

export const useImprovementPlans = (q: ImprovementPlanQuery, enabled = true) =>
  useQuery({ queryKey: improvementPlanKeys.list(q), queryFn: () => fetchImprovementPlans(q), enabled });
export const useImprovementPlan = (id: string | undefined) =>
  useQuery({
    queryKey: improvementPlanKeys.detail(id ?? ''),
    queryFn: () => fetchImprovementPlan(id ?? ''),
    enabled: isUuid(id),
  });

export function useCreateImprovementPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateImprovementPlanBody) => createImprovementPlan(body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: improvementPlanKeys.all });
      await qc.invalidateQueries({ queryKey: checkinKeys.all });
    },
  });
}

export type ImprovementPlanChange =
  | { kind: 'acknowledge' }
  | { kind: 'review'; body: ImprovementReviewBody }
  | { kind: 'extend'; body: ExtendImprovementPlanBody }
  | { kind: 'close'; body: CloseImprovementPlanBody }
  | { kind: 'signOff'; body: SignOffImprovementPlanBody };

/** Every step of one plan: acknowledge, review, extend, propose the outcome, sign it off. */
export function useImprovementPlanChange(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: ImprovementPlanChange) => {
      switch (c.kind) {
        case 'acknowledge':
          return acknowledgePlan(id);
        case 'review':
          return reviewPlan(id, c.body);
        case 'extend':
          return extendPlan(id, c.body);
        case 'close':
          return closePlan(id, c.body);
        case 'signOff':
          return signOffPlan(id, c.body);
      }
    },
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: improvementPlanKeys.all });
    },
  });
}
