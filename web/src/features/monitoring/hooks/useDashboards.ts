import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardQuery, ListObservationsQuery } from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
  fetchAttention,
  fetchObservations,
  fetchOrgDashboard,
  fetchPersonDashboard,
  fetchTeamDashboard,
  monitoringKeys,
} from '../api';

export const useOrgDashboard = (q: DashboardQuery) =>
  useQuery({
    queryKey: monitoringKeys.org(q),
    queryFn: () => fetchOrgDashboard(q),
    placeholderData: keepPreviousData,
  });

export const useTeamDashboard = (q: DashboardQuery) =>
  useQuery({
    queryKey: monitoringKeys.team(q),
    queryFn: () => fetchTeamDashboard(q),
    placeholderData: keepPreviousData,
  });

export const usePersonDashboard = (id: string | undefined, q: DashboardQuery) =>
  useQuery({
    queryKey: monitoringKeys.person(id ?? '', q),
    queryFn: () => fetchPersonDashboard(id ?? '', q),
    enabled: isUuid(id),
    placeholderData: keepPreviousData,
  });

export const useObservations = (id: string, q: ListObservationsQuery) =>
  useQuery({
    queryKey: monitoringKeys.observations(id, q),
    queryFn: () => fetchObservations(id, q),
    placeholderData: keepPreviousData,
  });

export const useAttention = (q: { from: string; to: string }) =>
  useQuery({ queryKey: monitoringKeys.attention(q), queryFn: () => fetchAttention(q) });
