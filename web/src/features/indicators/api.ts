import type {
  CreateIndicatorBody,
  CreatePolicyBody,
  CreateTargetBody,
  Indicator,
  NewPolicyVersionBody,
  Policy,
  PolicyVersion,
  Target,
} from '@frontline/contract';
import { del, get, post } from '../../lib/api-client';

export const indicatorKeys = {
  indicators: ['indicators'] as const,
  policies: ['policies'] as const,
  policyVersions: (id: string) => ['policies', 'versions', id] as const,
  targets: ['targets'] as const,
};

export const fetchIndicators = () => get<Indicator[]>('/api/v1/indicators');
export const createIndicator = (body: CreateIndicatorBody) => post<Indicator>('/api/v1/indicators', body);
export const fetchPolicies = () => get<Policy[]>('/api/v1/policies');
export const fetchPolicyVersions = (id: string) => get<PolicyVersion[]>(`/api/v1/policies/${id}/versions`);
export const createPolicy = (body: CreatePolicyBody) => post<Policy>('/api/v1/policies', body);
export const newPolicyVersion = (id: string, body: NewPolicyVersionBody) =>
  post<Policy>(`/api/v1/policies/${id}/versions`, body);
export const fetchTargets = () => get<Target[]>('/api/v1/targets');
export const createTarget = (body: CreateTargetBody) => post<Target>('/api/v1/targets', body);
export const deleteTarget = (id: string) => del(`/api/v1/targets/${id}`);
