import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { mayOpen, type PagePath } from '../../../page-access';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useSession } from '../hooks/useSession';

/** Signed-in pages: anyone else is sent to sign in (or to first-run set-up), then brought back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state, isPending, error } = useSession();
  const location = useLocation();
  if (isPending) return <Loading />;
  if (!state) return <ErrorAlert error={error} />;
  if (!state.user) {
    if (state.needsSetup) return <Navigate to="/setup" replace />;
    const here = `${location.pathname}${location.search}`;
    return <Navigate to={here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`} replace />;
  }
  return children;
}

/** Sign-in and set-up pages: a signed-in user goes home instead. */
export function PublicOnly() {
  const { state, isPending, error } = useSession();
  if (isPending) return <Loading />;
  if (!state) return <ErrorAlert error={error} />;
  if (state.user) return <Navigate to="/" replace />;
  return <Outlet />;
}

/** A page the user may open only as the page table says (page-access.ts); else they are told so. */
export function RequirePage({ path, denied }: { path: PagePath; denied: ReactNode }) {
  const { me } = useSession();
  return mayOpen(me, path) ? <Outlet /> : denied;
}

/** Where to go after signing in: the page asked for, if it is one of ours. */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
