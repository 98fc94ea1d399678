import type {
  AttentionList,
  DashboardQuery,
  ListObservationsQuery,
  ObservationView,
  OrgDashboard,
  PersonDashboard,
  TeamDashboard,
} from '@frontline/contract';
import { get, qs, type Page } from '../../lib/api-client';

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

export const fetchOrgDashboard = (q: DashboardQuery) =>
  get<OrgDashboard>(`/api/v1/dashboards/org${qs({ ...q })}`);
export const fetchTeamDashboard = (q: DashboardQuery) =>
  get<TeamDashboard>(`/api/v1/dashboards/team${qs({ ...q })}`);
export const fetchPersonDashboard = (id: string, q: DashboardQuery) =>
  get<PersonDashboard>(`/api/v1/dashboards/person/${id}${qs({ from: q.from, to: q.to, grain: q.grain })}`);
export const fetchObservations = (id: string, q: ListObservationsQuery) =>
  get<Page<ObservationView>>(`/api/v1/people/${id}/observations${qs({ ...q })}`);
export const fetchAttention = (q: { from: string; to: string }) =>
  get<AttentionList>(`/api/v1/attention${qs({ ...q })}`);
