import type { Me, Person, PersonSummary, SessionState } from '@frontline/contract';
import { baseUrl } from './browser';

export const DEMO_PASSWORD = 'frontline-demo';
export const demoEmail = (who: string) => (who.includes('@') ? who : `${who}@demo.frontline.test`);

export interface ApiSession {
  me: Me;
  call<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** Signs in through the API the way the web app does (session → CSRF token → login), for test set-up. */
export async function apiAs(who: string): Promise<ApiSession> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      const k = pair.slice(0, eq);
      const v = pair.slice(eq + 1);
      if (v && !/max-age=0|expires=thu, 01 jan 1970/i.test(c)) jar.set(k, v);
      else jar.delete(k);
    }
  };
  const first = await fetch(`${baseUrl()}/api/v1/auth/session`);
  keep(first);
  const { csrfToken } = (await first.json()) as SessionState;
  const login = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: cookie() },
    body: JSON.stringify({ email: demoEmail(who), password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login as ${who}: ${login.status} ${await login.text()}`);
  keep(login);
  const state = (await login.json()) as SessionState;
  if (!state.user) throw new Error(`login as ${who}: no user in the answer`);
  const csrf = state.csrfToken;
  return {
    me: state.user,
    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${baseUrl()}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          'x-csrf-token': csrf,
          cookie: cookie(),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (res.status === 204 ? undefined : await res.json()) as T;
    },
  };
}

/** The person record of a demo login. */
export async function personOf(who: string): Promise<Person> {
  const s = await apiAs(who);
  if (!s.me.personId) throw new Error(`${who} has no person record`);
  return s.call<Person>('GET', `/api/v1/people/${s.me.personId}`);
}

/** Everyone a demo login may see, as the server scopes it. */
export async function visiblePeople(who: string): Promise<PersonSummary[]> {
  const s = await apiAs(who);
  const page = await s.call<{ items: PersonSummary[]; total: number }>('GET', '/api/v1/people?limit=500');
  return page.items;
}
