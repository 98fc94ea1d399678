import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActionItemQuery,
  CheckinDueQuery,
  CheckinQuery,
  CreateActionItemBody,
  CreateCheckinBody,
  UpdateActionItemBody,
  UpdateCheckinBody,
} from '@frontline/contract';
import { isUuid } from '../../../lib/api-client';
import {
  checkinAction,
  checkinKeys,
  createActionItem,
  createCheckin,
  fetchActionItems,
  fetchCheckin,
  fetchCheckins,
  fetchDue,
  putCadence,
  updateActionItem,
  updateCheckin,
  type CheckinAction,
} from '../api';
import { coachingKeys } from '../../coaching/api';

export const useCheckins = (q: CheckinQuery, enabled = true) =>
  useQuery({ queryKey: checkinKeys.list(q), queryFn: () => fetchCheckins(q), enabled });
export const useCheckinsDue = (q: CheckinDueQuery, enabled = true) =>
  useQuery({ queryKey: checkinKeys.due(q), queryFn: () => fetchDue(q), enabled });
export const useCheckin = (id: string | undefined) =>
  useQuery({
    queryKey: checkinKeys.detail(id ?? ''),
    queryFn: () => fetchCheckin(id ?? ''),
    enabled: isUuid(id),
  });
export const useActionItems = (q: ActionItemQuery) =>
  useQuery({ queryKey: checkinKeys.items(q), queryFn: () => fetchActionItems(q) });

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: checkinKeys.all });
}

export function useCreateCheckin() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreateCheckinBody) => createCheckin(body), onSuccess: invalidate });
}

export function useUpdateCheckin(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: UpdateCheckinBody) => updateCheckin(id, body),
    onSuccess: invalidate,
  });
}

export function useCheckinAction(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (action: CheckinAction) => checkinAction(id, action),
    onSuccess: invalidate,
  });
}

export function useSetCadence() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ personId, everyDays }: { personId: string; everyDays: number }) =>
      putCadence(personId, everyDays),
    onSuccess: invalidate,
  });
}

export function useCreateActionItem() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateActionItemBody) => createActionItem(body),
    onSuccess: invalidate,
  });
}

export function useUpdateActionItem() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateActionItemBody }) => updateActionItem(id, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: checkinKeys.all });
      await qc.invalidateQueries({ queryKey: coachingKeys.all });
    },
  });
}
