import type {
  CreateJobRoleBody,
  CreateOrgUnitBody,
  JobRole,
  OrgUnit,
  UpdateJobRoleBody,
  UpdateOrgUnitBody,
} from '@frontline/contract';
import { del, get, patch, post } from '../../lib/api-client';

export const orgKeys = {
  units: ['org-units'] as const,
  roles: ['job-roles'] as const,
};

export const fetchOrgUnits = () => get<OrgUnit[]>('/api/v1/org-units');
export const createOrgUnit = (body: CreateOrgUnitBody) => post<OrgUnit>('/api/v1/org-units', body);
export const updateOrgUnit = (id: string, body: UpdateOrgUnitBody) =>
  patch<OrgUnit>(`/api/v1/org-units/${id}`, body);
export const deleteOrgUnit = (id: string) => del(`/api/v1/org-units/${id}`);

export const fetchJobRoles = () => get<JobRole[]>('/api/v1/job-roles');
export const createJobRole = (body: CreateJobRoleBody) => post<JobRole>('/api/v1/job-roles', body);
export const updateJobRole = (id: string, body: UpdateJobRoleBody) =>
  patch<JobRole>(`/api/v1/job-roles/${id}`, body);
export const deleteJobRole = (id: string) => del(`/api/v1/job-roles/${id}`);
