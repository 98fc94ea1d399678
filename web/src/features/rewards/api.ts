import {
  rewardsEndpoints as e,
  type CreateAwardBody,
  type CreateRewardSchemeBody,
  type LeaderboardQuery,
  type PointsLeaderboardQuery,
  type UpdateRewardSchemeBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const rewardKeys = {
  all: ['rewards'] as const,
  schemes: ['rewards', 'schemes'] as const,
  person: (personId: string) => ['rewards', 'person', personId] as const,
  leaderboard: (q: LeaderboardQuery) => ['rewards', 'leaderboard', q] as const,
  points: (q: PointsLeaderboardQuery) => ['rewards', 'points', q] as const,
};

export const fetchSchemes = () => call(e.listSchemes, { query: {} });
export const createScheme = (body: CreateRewardSchemeBody) => call(e.createScheme, { body });
export const updateScheme = (id: string, body: UpdateRewardSchemeBody) =>
  call(e.updateScheme, { params: { id }, body });
export const deleteScheme = (id: string) => call(e.deleteScheme, { params: { id } });
export const evaluateScheme = (id: string, periodStart: string) =>
  call(e.evaluateScheme, { params: { id }, body: { periodStart } });
export const createAward = (body: CreateAwardBody) => call(e.award, { body });
export const fetchPersonAwards = (personId: string) => call(e.personAwards, { params: { id: personId } });
export const fetchLeaderboard = (query: LeaderboardQuery) => call(e.leaderboard, { query });
export const fetchPointsLeaderboard = (query: PointsLeaderboardQuery) => call(e.pointsLeaderboard, { query });
