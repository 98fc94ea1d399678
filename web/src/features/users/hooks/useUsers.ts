import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserBody, UpdateUserBody } from '@frontline/contract';
import { createUser, fetchUsers, updateUser, userKeys } from '../api';
import { peopleKeys } from '../../people/api';

export const useUsers = (p: { limit: number; offset: number }) =>
  useQuery({ queryKey: userKeys.list(p), queryFn: () => fetchUsers(p), placeholderData: keepPreviousData });

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => createUser(body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: userKeys.all });
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserBody }) => updateUser(id, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: userKeys.all });
      await qc.invalidateQueries({ queryKey: peopleKeys.all });
    },
  });
}
