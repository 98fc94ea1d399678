import type {
  Award,
  CreateAwardBody,
  CreateRewardSchemeBody,
  EvaluationResult,
  Leaderboard,
  LeaderboardQuery,
  PersonAwards,
  PointsLeaderboard,
  PointsLeaderboardQuery,
  RewardScheme,
  UpdateRewardSchemeBody,
} from '@frontline/contract';
import { del, get, patch, post, qs } from '../../lib/api-client';

export const rewardKeys = {
  all: ['rewards'] as const,
  schemes: ['rewards', 'schemes'] as const,
  person: (personId: string) => ['rewards', 'person', personId] as const,
  leaderboard: (q: LeaderboardQuery) => ['rewards', 'leaderboard', q] as const,
  points: (q: PointsLeaderboardQuery) => ['rewards', 'points', q] as const,
};

export const fetchSchemes = () => get<RewardScheme[]>('/api/v1/reward-schemes');
export const createScheme = (body: CreateRewardSchemeBody) =>
  post<RewardScheme>('/api/v1/reward-schemes', body);
export const updateScheme = (id: string, body: UpdateRewardSchemeBody) =>
  patch<RewardScheme>(`/api/v1/reward-schemes/${id}`, body);
export const deleteScheme = (id: string) => del(`/api/v1/reward-schemes/${id}`);
export const evaluateScheme = (id: string, periodStart: string) =>
  post<EvaluationResult>(`/api/v1/reward-schemes/${id}/evaluate`, { periodStart });
export const createAward = (body: CreateAwardBody) => post<Award>('/api/v1/awards', body);
export const fetchPersonAwards = (personId: string) => get<PersonAwards>(`/api/v1/people/${personId}/awards`);
export const fetchLeaderboard = (q: LeaderboardQuery) =>
  get<Leaderboard>(`/api/v1/leaderboard${qs({ ...q })}`);
export const fetchPointsLeaderboard = (q: PointsLeaderboardQuery) =>
  get<PointsLeaderboard>(`/api/v1/leaderboard/points${qs({ ...q })}`);
