import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatePersonBody } from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
  createPerson,
  fetchEveryone,
  fetchPeople,
  fetchPerson,
  importRoster,
  peopleKeys,
  updatePerson,
  type PeopleParams,
} from '../api';
import { orgKeys } from '../../org/api';
import { auditKeys } from '../../audit/api';

export const usePeople = (params: PeopleParams) =>
  useQuery({
    queryKey: peopleKeys.list(params),
    queryFn: () => fetchPeople(params),
    placeholderData: keepPreviousData,
  });

export const useEveryone = (enabled = true) =>
  useQuery({ queryKey: peopleKeys.everyone, queryFn: fetchEveryone, enabled });

export const usePerson = (id: string | null | undefined) =>
  useQuery({
    queryKey: peopleKeys.detail(id ?? ''),
    queryFn: () => fetchPerson(id ?? ''),
    enabled: isUuid(id),
  });

/** Creates (no id) or updates a person; every people query refreshes. */
export function useSavePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CreatePersonBody }) =>
      id ? updatePerson(id, body) : createPerson(body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
      await qc.invalidateQueries({ queryKey: orgKeys.units });
    },
  });
}

/** A roster import: a dry run to check, then the real one, which refreshes every people query. */
export function useRosterImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) => importRoster(csv, dryRun),
    onSuccess: async (result) => {
      if (!result.dryRun) {
        await qc.invalidateQueries({ queryKey: peopleKeys.all });
        await qc.invalidateQueries({ queryKey: orgKeys.units });
        await qc.invalidateQueries({ queryKey: auditKeys.all });
      }
    },
  });
}
