import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Me, Permission, SessionState } from '@frontline/contract';
import { get, setCsrfToken } from './api-client';
import { applyLanguage } from './i18n';

interface SessionValue {
  state: SessionState | null;
  me: Me | null;
  refresh(): Promise<void>;
  accept(state: SessionState): void;
  can(p: Permission): boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState | null>(null);
  const accept = useCallback((s: SessionState) => {
    setCsrfToken(s.csrfToken);
    setState(s);
    if (s.user && (s.user.locale === 'en' || s.user.locale === 'zh-Hant')) applyLanguage(s.user.locale);
  }, []);
  const refresh = useCallback(async () => {
    accept(await get<SessionState>('/api/v1/auth/session'));
  }, [accept]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const me = state?.user ?? null;
  const value: SessionValue = {
    state,
    me,
    refresh,
    accept,
    can: (p) => !!me?.permissions.includes(p),
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
