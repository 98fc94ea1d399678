import type {
  CancelCoachingBody,
  CoachingEffect,
  CoachingPlan,
  CoachingQuery,
  CoachingSessionBody,
  CompleteCoachingBody,
  CreateCoachingBody,
  UpdateCoachingBody,
} from '@frontline/contract';
import { get, patch, post, qs } from '../../lib/api-client';

export const coachingKeys = {
  all: ['coaching'] as const,
  list: (q: CoachingQuery) => ['coaching', 'list', q] as const,
  detail: (id: string) => ['coaching', 'detail', id] as const,
  effect: (id: string, weeks: number) => ['coaching', 'effect', id, weeks] as const,
};

export const fetchPlans = (q: CoachingQuery) => get<CoachingPlan[]>(`/api/v1/coaching${qs({ ...q })}`);
export const fetchPlan = (id: string) => get<CoachingPlan>(`/api/v1/coaching/${id}`);
export const createPlan = (body: CreateCoachingBody) => post<CoachingPlan>('/api/v1/coaching', body);
export const updatePlan = (id: string, body: UpdateCoachingBody) =>
  patch<CoachingPlan>(`/api/v1/coaching/${id}`, body);
export const addSession = (id: string, body: CoachingSessionBody) =>
  post<CoachingPlan>(`/api/v1/coaching/${id}/sessions`, body);
export const completePlan = (id: string, body: CompleteCoachingBody) =>
  post<CoachingPlan>(`/api/v1/coaching/${id}/complete`, body);
export const cancelPlan = (id: string, body: CancelCoachingBody) =>
  post<CoachingPlan>(`/api/v1/coaching/${id}/cancel`, body);
export const fetchEffect = (id: string, weeks: number) =>
  get<CoachingEffect>(`/api/v1/coaching/${id}/effect${qs({ weeks })}`);
