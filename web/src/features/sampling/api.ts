import {
  samplingEndpoints as e,
  type CreateSamplingPlanBody,
  type DrawSampleBody,
  type UpdateSamplingPlanBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const samplingKeys = {
  all: ['sampling'] as const,
  plans: ['sampling', 'plans'] as const,
  assessors: ['sampling', 'assessors'] as const,
  precision: (scorecardId: string, n: number) => ['sampling', 'precision', scorecardId, n] as const,
  plan: (id: string, period?: string) => ['sampling', 'plan', id, period ?? ''] as const,
  queue: (period?: string) => ['sampling', 'queue', period ?? ''] as const,
};

export const fetchPlans = () => call(e.listPlans, {});
export const fetchAssessors = () => call(e.listAssessors, {});
export const fetchPrecision = (scorecardId: string, perPerson: number) =>
  call(e.precision, { query: { scorecardId, perPerson } });
export const fetchPlan = (id: string, period?: string) =>
  call(e.getPlan, { params: { id }, query: period ? { period } : {} });
export const createPlan = (body: CreateSamplingPlanBody) => call(e.createPlan, { body });
export const updatePlan = (id: string, body: UpdateSamplingPlanBody) =>
  call(e.updatePlan, { params: { id }, body });
export const drawSample = (id: string, body: DrawSampleBody) => call(e.draw, { params: { id }, body });
export const fetchQueue = (period?: string) => call(e.queue, { query: period ? { period } : {} });
