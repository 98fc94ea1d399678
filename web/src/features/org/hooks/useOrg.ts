import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateJobRoleBody,
  CreateOrgUnitBody,
  UpdateJobRoleBody,
  UpdateOrgUnitBody,
} from '@frontline/contract';
import {
  createJobRole,
  createOrgUnit,
  deleteJobRole,
  deleteOrgUnit,
  fetchJobRoles,
  fetchOrgUnits,
  orgKeys,
  updateJobRole,
  updateOrgUnit,
} from '../api';
import { peopleKeys } from '../../people/api';

export const useOrgUnits = () => useQuery({ queryKey: orgKeys.units, queryFn: fetchOrgUnits });
export const useJobRoles = () => useQuery({ queryKey: orgKeys.roles, queryFn: fetchJobRoles });

/** Creates (no id) or updates an org unit; people lists show unit names, so they refresh too. */
export function useSaveOrgUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateOrgUnitBody }) =>
      id ? updateOrgUnit(id, body satisfies UpdateOrgUnitBody) : createOrgUnit(body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: orgKeys.units });
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}

export function useDeleteOrgUnit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteOrgUnit,
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.units }),
  });
}

export function useSaveJobRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreateJobRoleBody }) =>
      id ? updateJobRole(id, body satisfies UpdateJobRoleBody) : createJobRole(body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: orgKeys.roles });
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}

export function useDeleteJobRole() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteJobRole,
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.roles }),
  });
}
