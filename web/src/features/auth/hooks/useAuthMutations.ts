import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody, LoginBody, SessionState, SetupBody } from '@frontline/contract';
import { applyLanguage, currentLanguage, isLanguage, languageChosenBeforeSignIn } from '../../../lib/i18n';
import {
  authKeys,
  changePassword,
  fetchSession,
  fetchSessions,
  login,
  logout,
  revokeSession,
  saveLocale,
  setup,
} from '../api';

/**
 * After signing in: a language picked on the sign-in page wins and is saved to the account;
 * otherwise the account's saved language is shown.
 */
async function adoptLanguage(state: SessionState): Promise<SessionState> {
  const user = state.user;
  if (!user) return state;
  const shown = currentLanguage();
  if (languageChosenBeforeSignIn() && user.locale !== shown) {
    const me = await saveLocale(shown).catch(() => null);
    return me ? { ...state, user: me } : state;
  }
  if (isLanguage(user.locale)) applyLanguage(user.locale);
  return state;
}

function useAcceptSession() {
  const qc = useQueryClient();
  return async (state: SessionState) => {
    const adopted = await adoptLanguage(state);
    qc.setQueryData(authKeys.session, adopted);
  };
}

export function useLogin() {
  const accept = useAcceptSession();
  return useMutation({
    mutationFn: (body: LoginBody) => login(body),
    onSuccess: accept,
  });
}

export function useSetup() {
  const accept = useAcceptSession();
  return useMutation({
    mutationFn: (body: SetupBody) => setup(body),
    onSuccess: accept,
  });
}

/** Signs out, forgets every cached answer, and fetches the new (signed-out) session and token. */
export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.session[0] });
      qc.setQueryData(authKeys.session, await fetchSession());
    },
  });
}

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordBody) => changePassword(body),
    onSuccess: () => qc.invalidateQueries({ queryKey: authKeys.sessions }),
  });
}

export function useSessions() {
  return useQuery({ queryKey: authKeys.sessions, queryFn: fetchSessions });
}

export function useRevokeSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeSession(id),
    onSuccess: () => qc.invalidateQueries({ queryKey: authKeys.sessions }),
  });
}
