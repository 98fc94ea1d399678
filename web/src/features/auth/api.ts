import {
  authEndpoints as e,
  type ChangePasswordBody,
  type LoginBody,
  type SessionState,
  type SetupBody,
} from '@frontline/contract';
import { setCsrfToken } from '../../lib/api-client';
import { call } from '../../lib/endpoint-client';
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

export const fetchSession = async () => keepToken(await call(e.session, {}));
export const login = async (body: LoginBody) => keepToken(await call(e.login, { body }));
export const setup = async (body: SetupBody) => keepToken(await call(e.setup, { body }));
export const logout = () => call(e.logout, {});
export const changePassword = (body: ChangePasswordBody) => call(e.changePassword, { body });
export const fetchSessions = () => call(e.listSessions, {});
export const revokeSession = (sessionId: string) => call(e.revokeSession, { params: { sessionId } });
export const saveLocale = (locale: Language) => call(e.setLocale, { body: { locale } });
