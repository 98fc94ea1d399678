import {
  monitoringEndpoints as e,
  type AttentionQuery,
  type DashboardQuery,
  type ListObservationsQuery,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const monitoringKeys = {
  /** Every dashboard (org, team, person), every observation list and every "needs attention" list. */
  dashboards: ['dashboards'] as const,
  allObservations: ['observations'] as const,
  allAttention: ['attention'] as const,
  org: (q: DashboardQuery) => ['dashboards', 'org', q] as const,
  team: (q: DashboardQuery) => ['dashboards', 'team', q] as const,
  person: (id: string, q: DashboardQuery) => ['dashboards', 'person', id, q] as const,
  observations: (id: string, q: ListObservationsQuery) => ['observations', id, q] as const,
  attention: (q: { from: string; to: string }) => ['attention', q] as const,
};

export const fetchOrgDashboard = (query: DashboardQuery) => call(e.org, { query });
export const fetchTeamDashboard = (query: DashboardQuery) => call(e.team, { query });
/** A person's dashboard: the period and grain only (a unit does not apply). */
export const fetchPersonDashboard = (id: string, q: DashboardQuery) =>
  call(e.person, { params: { id }, query: { from: q.from, to: q.to, grain: q.grain } });
export const fetchObservations = (id: string, query: ListObservationsQuery) =>
  call(e.observations, { params: { id }, query });
export const fetchAttention = (query: AttentionQuery) => call(e.attention, { query });
