import type {
  ChangePasswordBody,
  LoginBody,
  Me,
  SessionState,
  SessionView,
  SetupBody,
} from '@frontline/contract';
import { del, get, post, put, SESSION_PATH, setCsrfToken } from '../../lib/api-client';
import type { Language } from '../../lib/i18n';
import { setServerClock } from '../../lib/dates';

export const authKeys = {
  session: ['session'] as const,
  sessions: ['sessions'] as const,
};

/** Keeps the CSRF token of a session answer in memory, and returns the answer. */
export function keepToken(state: SessionState): SessionState {
  setCsrfToken(state.csrfToken);
  setServerClock(state.clock);
  return state;
}

export const fetchSession = async () => keepToken(await get<SessionState>(SESSION_PATH));
export const login = async (body: LoginBody) =>
  keepToken(await post<SessionState>('/api/v1/auth/login', body));
export const setup = async (body: SetupBody) =>
  keepToken(await post<SessionState>('/api/v1/auth/setup', body));
export const logout = () => post<void>('/api/v1/auth/logout');
export const changePassword = (body: ChangePasswordBody) => post<void>('/api/v1/auth/password', body);
export const fetchSessions = () => get<SessionView[]>('/api/v1/auth/sessions');
export const revokeSession = (id: string) => del(`/api/v1/auth/sessions/${id}`);
export const saveLocale = (locale: Language) => put<Me>('/api/v1/me/locale', { locale });
