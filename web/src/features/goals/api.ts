import {
  goalsEndpoints as e,
  type CancelGoalBody,
  type CloseGoalBody,
  type CreateGoalBody,
  type DeclineGoalBody,
  type GoalQuery,
  type SmartCheckBody,
  type TeamGoalsFromStandardBody,
  type UpdateGoalBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

/** An action on a goal, with the body the contract asks for it. */
export type GoalActionInput =
  | { action: 'propose' | 'accept' | 'activate' }
  | { action: 'decline'; body: DeclineGoalBody }
  | { action: 'close'; body: CloseGoalBody }
  | { action: 'cancel'; body: CancelGoalBody };
export type GoalAction = GoalActionInput['action'];

export const goalKeys = {
  all: ['goals'] as const,
  list: (q: GoalQuery) => ['goals', 'list', q] as const,
  detail: (id: string) => ['goals', 'detail', id] as const,
  versions: (id: string) => ['goals', 'versions', id] as const,
  smart: (body: string) => ['goals', 'smart', body] as const,
};

export const fetchGoals = (query: GoalQuery) => call(e.list, { query });
export const fetchGoal = (id: string) => call(e.get, { params: { id } });
export const fetchGoalVersions = (id: string) => call(e.versions, { params: { id } });
export const createGoal = (body: CreateGoalBody) => call(e.create, { body });
export const updateGoal = (id: string, body: UpdateGoalBody) => call(e.update, { params: { id }, body });
export function goalAction(id: string, a: GoalActionInput) {
  const params = { id };
  switch (a.action) {
    case 'propose':
    case 'accept':
    case 'activate':
      return call(e[a.action], { params });
    case 'decline':
    case 'cancel':
      return call(e[a.action], { params, body: a.body });
    case 'close':
      return call(e.close, { params, body: a.body });
  }
}
export const smartCheck = (body: SmartCheckBody) => call(e.smartCheck, { body });
export const teamGoalsFromStandard = (body: TeamGoalsFromStandardBody) => call(e.teamFromStandard, { body });
