import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateGoalBody,
  GoalQuery,
  SmartCheckBody,
  TeamGoalsFromStandardBody,
  UpdateGoalBody,
} from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
  createGoal,
  fetchGoal,
  fetchGoals,
  fetchGoalVersions,
  goalAction,
  goalKeys,
  smartCheck,
  teamGoalsFromStandard,
  updateGoal,
  type GoalActionInput,
} from '../api';
import { notificationKeys } from '../../notifications/api';

export const useGoals = (q: GoalQuery) =>
  useQuery({ queryKey: goalKeys.list(q), queryFn: () => fetchGoals(q) });
export const useGoal = (id: string | undefined) =>
  useQuery({ queryKey: goalKeys.detail(id ?? ''), queryFn: () => fetchGoal(id ?? ''), enabled: isUuid(id) });
export const useGoalVersions = (id: string) =>
  useQuery({ queryKey: goalKeys.versions(id), queryFn: () => fetchGoalVersions(id) });

/** The live SMART check of a draft; `body` is the JSON of the draft (already debounced). */
export const useSmartCheck = (body: string, enabled: boolean) =>
  useQuery({
    queryKey: goalKeys.smart(body),
    queryFn: () => smartCheck(JSON.parse(body) as SmartCheckBody),
    enabled,
  });

export function useSaveGoal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; body: UpdateGoalBody } | { id: null; body: CreateGoalBody }) =>
      v.id !== null ? updateGoal(v.id, v.body) : createGoal(v.body),
    onSuccess: () => qc.invalidateQueries({ queryKey: goalKeys.all }),
  });
}

export function useGoalAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: GoalActionInput) => goalAction(id, a),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: goalKeys.all });
      await qc.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}

export function useTeamGoalsFromStandard() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TeamGoalsFromStandardBody) => teamGoalsFromStandard(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: goalKeys.all }),
  });
}
