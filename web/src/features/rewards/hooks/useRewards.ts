import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateAwardBody,
  CreateRewardSchemeBody,
  LeaderboardQuery,
  PointsLeaderboardQuery,
  UpdateRewardSchemeBody,
} from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
  createAward,
  createScheme,
  deleteScheme,
  evaluateScheme,
  fetchLeaderboard,
  fetchPersonAwards,
  fetchPointsLeaderboard,
  fetchSchemes,
  rewardKeys,
  updateScheme,
} from '../api';
import { feedbackKeys } from '../../feedback/api';

export const useSchemes = () => useQuery({ queryKey: rewardKeys.schemes, queryFn: fetchSchemes });
export const usePersonAwards = (personId: string | undefined) =>
  useQuery({
    queryKey: rewardKeys.person(personId ?? ''),
    queryFn: () => fetchPersonAwards(personId ?? ''),
    enabled: isUuid(personId),
  });
export const useLeaderboard = (q: LeaderboardQuery | null) =>
  useQuery({
    queryKey: rewardKeys.leaderboard(q ?? { indicatorId: '', from: '', to: '' }),
    queryFn: () => fetchLeaderboard(q as LeaderboardQuery),
    enabled: q !== null,
    placeholderData: keepPreviousData,
  });
export const usePointsLeaderboard = (q: PointsLeaderboardQuery | null) =>
  useQuery({
    queryKey: rewardKeys.points(q ?? { from: '', to: '' }),
    queryFn: () => fetchPointsLeaderboard(q as PointsLeaderboardQuery),
    enabled: q !== null,
    placeholderData: keepPreviousData,
  });

function useInvalidate() {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: rewardKeys.all });
    await qc.invalidateQueries({ queryKey: feedbackKeys.walls });
  };
}

export function useSaveScheme() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (
      v: { id: string; body: UpdateRewardSchemeBody } | { id: null; body: CreateRewardSchemeBody },
    ) => (v.id !== null ? updateScheme(v.id, v.body) : createScheme(v.body)),
    onSuccess: invalidate,
  });
}

export function useDeleteScheme() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => deleteScheme(id), onSuccess: invalidate });
}

export function useEvaluateScheme() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, periodStart }: { id: string; periodStart: string }) => evaluateScheme(id, periodStart),
    onSuccess: invalidate,
  });
}

export function useCreateAward() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreateAwardBody) => createAward(body), onSuccess: invalidate });
}
