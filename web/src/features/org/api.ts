import {
  orgEndpoints as e,
  type CreateJobRoleBody,
  type CreateOrgUnitBody,
  type UpdateJobRoleBody,
  type UpdateOrgUnitBody,
} from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const orgKeys = {
  units: ['org-units'] as const,
  roles: ['job-roles'] as const,
};

export const fetchOrgUnits = () => call(e.listUnits, {});
export const createOrgUnit = (body: CreateOrgUnitBody) => call(e.createUnit, { body });
export const updateOrgUnit = (id: string, body: UpdateOrgUnitBody) =>
  call(e.updateUnit, { params: { id }, body });
export const deleteOrgUnit = (id: string) => call(e.deleteUnit, { params: { id } });

export const fetchJobRoles = () => call(e.listRoles, {});
export const createJobRole = (body: CreateJobRoleBody) => call(e.createRole, { body });
export const updateJobRole = (id: string, body: UpdateJobRoleBody) =>
  call(e.updateRole, { params: { id }, body });
export const deleteJobRole = (id: string) => call(e.deleteRole, { params: { id } });
