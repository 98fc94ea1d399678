import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Leave, LeaveDecisionBody, LeaveInput, LeaveQuery } from '@frontline/contract';
import { cancelLeave, decideLeave, fetchLeave, requestLeave, rosteringKeys } from '../api';

/** Leave one may see: one's own and one's people's (narrowed by the query). */
export function useLeave(query: LeaveQuery = {}) {
  return useQuery({ queryKey: rosteringKeys.leave(query), queryFn: () => fetchLeave(query) });
}

export type LeaveChange =
  | { kind: 'request'; body: LeaveInput }
  | { kind: 'decide'; id: string; body: LeaveDecisionBody }
  | { kind: 'cancel'; id: string };

/** Requests, decides or cancels leave; leave changes plans' availability, so rostering is read again. */
export function useLeaveChange() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: LeaveChange): Promise<Leave> => {
      switch (c.kind) {
        case 'request':
          return requestLeave(c.body);
        case 'decide':
          return decideLeave(c.id, c.body);
        case 'cancel':
          return cancelLeave(c.id);
      }
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: rosteringKeys.all }),
  });
}
