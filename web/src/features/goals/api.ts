import type {
  CreateGoalBody,
  Goal,
  GoalQuery,
  SmartCheckBody,
  SmartResult,
  TeamGoalsFromStandardBody,
  UpdateGoalBody,
} from '@frontline/contract';
import { get, patch, post, qs } from '../../lib/api-client';

export interface GoalVersionView {
  version: number;
  agreedAt: string;
  snapshot: { target: number | null; title: string };
}
export type GoalAction = 'propose' | 'accept' | 'decline' | 'activate' | 'close' | 'cancel';

export const goalKeys = {
  all: ['goals'] as const,
  list: (q: GoalQuery) => ['goals', 'list', q] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
  versions: (id: string) => ['goals', 'versions', id] as const,
  smart: (body: string) => ['goals', 'smart', body] as const,
};

export const fetchGoals = (q: GoalQuery) => get<Goal[]>(`/api/v1/goals${qs({ ...q })}`);
export const fetchGoal = (id: string) => get<Goal>(`/api/v1/goals/${id}`);
export const fetchGoalVersions = (id: string) => get<GoalVersionView[]>(`/api/v1/goals/${id}/versions`);
export const createGoal = (body: CreateGoalBody) => post<Goal>('/api/v1/goals', body);
export const updateGoal = (id: string, body: UpdateGoalBody) => patch<Goal>(`/api/v1/goals/${id}`, body);
export const goalAction = (id: string, action: GoalAction, body?: unknown) =>
  post<Goal>(`/api/v1/goals/${id}/${action}`, body);
export const smartCheck = (body: SmartCheckBody) => post<SmartResult>('/api/v1/goals/smart-check', body);
export const teamGoalsFromStandard = (body: TeamGoalsFromStandardBody) =>
  post<{ created: unknown[]; skipped: unknown[] }>('/api/v1/goals/team-from-standard', body);
