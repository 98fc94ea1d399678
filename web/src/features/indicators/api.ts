import {
  indicatorsEndpoints as e,
  type CreateIndicatorBody,
  type CreatePolicyBody,
  type CreateTargetBody,
  type NewPolicyVersionBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const indicatorKeys = {
  indicators: ['indicators'] as const,
  policies: ['policies'] as const,
  policyVersions: (id: string) => ['policies', 'versions', id] as const,
  targets: ['targets'] as const,
};

export const fetchIndicators = () => call(e.listIndicators, { query: {} });
export const createIndicator = (body: CreateIndicatorBody) => call(e.createIndicator, { body });
export const fetchPolicies = () => call(e.listPolicies, {});
export const fetchPolicyVersions = (id: string) => call(e.policyVersions, { params: { id } });
export const createPolicy = (body: CreatePolicyBody) => call(e.createPolicy, { body });
export const newPolicyVersion = (id: string, body: NewPolicyVersionBody) =>
  call(e.addPolicyVersion, { params: { id }, body });
export const fetchTargets = () => call(e.listTargets, { query: {} });
export const createTarget = (body: CreateTargetBody) => call(e.createTarget, { body });
export const deleteTarget = (id: string) => call(e.deleteTarget, { params: { id } });
