import {
  coachingEndpoints as e,
  type CancelCoachingBody,
  type CoachingQuery,
  type CoachingSessionBody,
  type CompleteCoachingBody,
  type CreateCoachingBody,
  type UpdateCoachingBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const coachingKeys = {
  all: ['coaching'] as const,
  list: (q: CoachingQuery) => ['coaching', 'list', q] as const,
  detail: (id: string) => ['coaching', 'detail', id] as const,
  effect: (id: string, weeks: number) => ['coaching', 'effect', id, weeks] as const,
};

export const fetchPlans = (query: CoachingQuery) => call(e.list, { query });
export const fetchPlan = (id: string) => call(e.get, { params: { id } });
export const createPlan = (body: CreateCoachingBody) => call(e.create, { body });
export const updatePlan = (id: string, body: UpdateCoachingBody) => call(e.update, { params: { id }, body });
export const addSession = (id: string, body: CoachingSessionBody) =>
  call(e.addSession, { params: { id }, body });
export const completePlan = (id: string, body: CompleteCoachingBody) =>
  call(e.complete, { params: { id }, body });
export const cancelPlan = (id: string, body: CancelCoachingBody) => call(e.cancel, { params: { id }, body });
export const fetchEffect = (id: string, weeks: number) =>
  call(e.effect, { params: { id }, query: { weeks } });
