import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Me, Permission, SessionState } from '@frontline/contract';
import { authKeys, fetchSession } from '../api';

export interface SessionValue {
  state: SessionState | null;
  me: Me | null;
  isPending: boolean;
  error: unknown;
  can: (p: Permission) => boolean;
}

/** The session (who is signed in, their permissions, the CSRF token) as one cached query. */
export function useSession(): SessionValue {
  const q = useQuery({
    queryKey: authKeys.session,
    queryFn: fetchSession,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
  const me = q.data?.user ?? null;
  const can = useCallback((p: Permission) => !!me?.permissions.includes(p), [me]);
  return { state: q.data ?? null, me, isPending: q.isPending, error: q.error, can };
}
