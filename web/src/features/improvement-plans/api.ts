import {
  improvementPlanEndpoints as e,
  type CloseImprovementPlanBody,
  type CreateImprovementPlanBody,
  type ExtendImprovementPlanBody,
  type ImprovementPlanQuery,
  type ImprovementReviewBody,
  type SignOffImprovementPlanBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const improvementPlanKeys = {
  all: ['improvement-plans'] as const,
  list: (q: ImprovementPlanQuery) => ['improvement-plans', 'list', q] as const,
  detail: (id: string) => ['improvement-plans', 'detail', id] as const,
};

export const fetchImprovementPlans = (query: ImprovementPlanQuery) => call(e.list, { query });
export const fetchImprovementPlan = (id: string) => call(e.get, { params: { id } });
export const createImprovementPlan = (body: CreateImprovementPlanBody) => call(e.create, { body });
export const acknowledgePlan = (id: string) => call(e.acknowledge, { params: { id } });
export const reviewPlan = (id: string, body: ImprovementReviewBody) =>
  call(e.review, { params: { id }, body });
export const extendPlan = (id: string, body: ExtendImprovementPlanBody) =>
  call(e.extend, { params: { id }, body });
export const closePlan = (id: string, body: CloseImprovementPlanBody) =>
  call(e.close, { params: { id }, body });
export const signOffPlan = (id: string, body: SignOffImprovementPlanBody) =>
  call(e.signOff, { params: { id }, body });
