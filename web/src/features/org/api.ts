import { useQuery } from '@tanstack/react-query';
import type { JobRole, OrgUnit } from '@frontline/contract';
import { get } from '../../lib/api-client';

export const useOrgUnits = () =>
  useQuery({ queryKey: ['org-units'], queryFn: () => get<OrgUnit[]>('/api/v1/org-units') });
export const useJobRoles = () =>
  useQuery({ queryKey: ['job-roles'], queryFn: () => get<JobRole[]>('/api/v1/job-roles') });
