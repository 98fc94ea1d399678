import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousClient,
  createTestApp,
  loginClient,
  TEST_SETUP_TOKEN,
  type Client,
  type TestApp,
} from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';

describe('auth over HTTP', () => {
  const clock = fixedClock(new Date('2026-11-24T09:00:00Z'));
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp({ clock, config: { loginMaxAttempts: 5, maxImportBytes: 7 * 1024 * 1024 } });
    org = await makeOrg(t.services);
  });
  afterAll(() => t.close());

  it('signs in with the right password and sets an httpOnly SameSite session cookie', async () => {
    const c = await anonymousClient(t.app);
    const res = await c.request('POST', '/api/v1/auth/login', {
      email: org.people.staffA1.email.toUpperCase(),
      password: PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((k) => k.name === 'fl_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.json().user.personId).toBe(org.people.staffA1.id);
    expect(res.json().user.permissions).toContain('people.read');
  });

  it('sends the import limit the server enforces with every session answer', async () => {
    const c = await anonymousClient(t.app);
    expect((await c.request('GET', '/api/v1/auth/session')).json().maxImportBytes).toBe(7 * 1024 * 1024);
    const res = await c.request('POST', '/api/v1/auth/login', {
      email: org.people.staffA1.email,
      password: PASSWORD,
    });
    expect(res.json().maxImportBytes).toBe(7 * 1024 * 1024);
  });

  it('refuses a wrong password with 401 and a stable code, and audits the failure', async () => {
    const c = await anonymousClient(t.app);
    const res = await c.request('POST', '/api/v1/auth/login', {
      email: org.people.staffA2.email,
      password: 'wrong-password-1',
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('auth.invalid_credentials');
    const audit = await t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('action', '=', 'auth.login_failed')
      .execute();
    expect(audit.some((a) => a.entityId === org.people.staffA2.userId)).toBe(true);
  });

  it('rotates the session at sign-in: the old session id stops working', async () => {
    const c = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    const first = c.cookies.fl_session;
    const res = await c.request('POST', '/api/v1/auth/login', {
      email: org.people.staffA1.email,
      password: PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    expect(c.cookies.fl_session).not.toBe(first);
    const old = await t.app.inject({
      method: 'GET',
      url: '/api/v1/people',
      headers: { cookie: `fl_session=${first}` },
    });
    expect(old.statusCode).toBe(401);
  });

  it('logout kills the session on the server', async () => {
    const c = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    const token = c.cookies.fl_session;
    expect((await c.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/v1/people',
      headers: { cookie: `fl_session=${token}` },
    });
    expect(again.statusCode).toBe(401);
  });

  it('ends a session after the idle timeout, and after the absolute timeout even when active', async () => {
    const c = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    clock.advance(29 * 60_000);
    expect((await c.request('GET', '/api/v1/people')).statusCode).toBe(200);
    clock.advance(31 * 60_000);
    expect((await c.request('GET', '/api/v1/people')).statusCode).toBe(401);

    const d = await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    for (let h = 0; h < 12 * 4; h++) {
      clock.advance(15 * 60_000);
      const r = await d.request('GET', '/api/v1/people');
      if (h < 12 * 4 - 1) expect(r.statusCode).toBe(200);
      else expect(r.statusCode).toBe(401);
    }
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const c = await loginClient(t.app, org.people.hr.email, PASSWORD);
    const res = await c.request(
      'POST',
      '/api/v1/job-roles',
      { code: 'CSRF1', nameEn: 'x' },
      { 'x-csrf-token': 'forged' },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('auth.csrf');
    const noHeader = await t.app.inject({
      method: 'POST',
      url: '/api/v1/job-roles',
      headers: { cookie: `fl_session=${c.cookies.fl_session}` },
      payload: { code: 'CSRF1', nameEn: 'x' },
    });
    expect(noHeader.statusCode).toBe(403);
    expect(
      await t.database.db.selectFrom('jobRole').select('id').where('code', '=', 'CSRF1').execute(),
    ).toHaveLength(0);
    // and an anonymous login without the double-submit cookie is refused too
    const bare = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: org.people.hr.email, password: PASSWORD },
    });
    expect(bare.statusCode).toBe(403);
  });

  it('rate-limits sign-in attempts per address and account', async () => {
    const c = await anonymousClient(t.app);
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      codes.push(
        (
          await c.request('POST', '/api/v1/auth/login', {
            email: org.people.supX.email,
            password: `nope-${i}-xxxxx`,
          })
        ).statusCode,
      );
    }
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.slice(5)).toEqual([429, 429]);
    const limited = await c.request('POST', '/api/v1/auth/login', {
      email: org.people.supX.email,
      password: PASSWORD,
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
    clock.advance(15 * 60_000 + 1);
    expect(
      (await c.request('POST', '/api/v1/auth/login', { email: org.people.supX.email, password: PASSWORD }))
        .statusCode,
    ).toBe(200);
  });

  it('ends every session of a user who is disabled', async () => {
    const victim = await loginClient(t.app, org.people.staffB1.email, PASSWORD);
    const admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    const res = await admin.request('PATCH', `/api/v1/users/${org.people.staffB1.userId}`, {
      disabled: true,
    });
    expect(res.statusCode).toBe(200);
    expect((await victim.request('GET', '/api/v1/people')).statusCode).toBe(401);
    const again = await anonymousClient(t.app);
    const r = await again.request('POST', '/api/v1/auth/login', {
      email: org.people.staffB1.email,
      password: PASSWORD,
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().code).toBe('auth.account_disabled');
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const other = await loginClient(t.app, org.people.assessorA.email, PASSWORD);
    const c = await loginClient(t.app, org.people.assessorA.email, PASSWORD);
    const weak = await c.request('POST', '/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('auth.weak_password');
    const wrong = await c.request('POST', '/api/v1/auth/password', {
      currentPassword: 'not-it-at-all',
      newPassword: 'a-much-better-passphrase',
    });
    expect(wrong.json().code).toBe('auth.wrong_password');
    const ok = await c.request('POST', '/api/v1/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a-much-better-passphrase',
    });
    expect(ok.statusCode).toBe(204);
    expect((await other.request('GET', '/api/v1/people')).statusCode).toBe(401);
    expect((await c.request('GET', '/api/v1/people')).statusCode).toBe(200);
    await expect(loginClient(t.app, org.people.assessorA.email, PASSWORD)).rejects.toThrow(/401/);
  });

  it('lists my sessions and revokes one of them, but not somebody else’s', async () => {
    const a = await loginClient(t.app, org.people.supB.email, PASSWORD);
    const b = await loginClient(t.app, org.people.supB.email, PASSWORD);
    const list = (await a.request('GET', '/api/v1/auth/sessions')).json() as {
      id: string;
      current: boolean;
    }[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    const mine = list.find((s) => !s.current)!;
    const stranger = await loginClient(t.app, org.people.supX.email, PASSWORD).catch(() => null);
    if (stranger) {
      expect((await stranger.request('DELETE', `/api/v1/auth/sessions/${mine.id}`)).statusCode).toBe(404);
    }
    expect((await a.request('DELETE', `/api/v1/auth/sessions/${mine.id}`)).statusCode).toBe(204);
    expect((await b.request('GET', '/api/v1/people')).statusCode).toBe(401);
  });

  it('saves the language of the signed-in user', async () => {
    const c = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
    const res = await c.request('PUT', '/api/v1/me/locale', { locale: 'zh-Hant' });
    expect(res.json().locale).toBe('zh-Hant');
    expect((await c.request('PUT', '/api/v1/me/locale', { locale: 'fr' })).statusCode).toBe(400);
    const s = await c.request('GET', '/api/v1/auth/session');
    expect(s.json().user.locale).toBe('zh-Hant');
  });
});

describe('first-run set-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('needs the set-up token, creates the administrator once, then refuses', async () => {
    const c = await anonymousClient(t.app);
    expect((await c.request('GET', '/api/v1/auth/session')).json().needsSetup).toBe(true);
    const body = {
      setupToken: 'wrong-token',
      email: 'root@example.com',
      password: 'a-long-admin-passphrase',
      displayName: 'Root',
      organisationName: 'Acme Retail',
    };
    const bad = await c.request('POST', '/api/v1/auth/setup', body);
    expect(bad.statusCode).toBe(403);
    expect(bad.json().code).toBe('auth.setup_token_invalid');
    const weak = await c.request('POST', '/api/v1/auth/setup', {
      ...body,
      setupToken: TEST_SETUP_TOKEN,
      password: 'password1',
    });
    expect(weak.json().code).toBe('auth.weak_password');
    expect(await t.database.db.selectFrom('appUser').select('id').execute()).toHaveLength(0);
    const ok = await c.request('POST', '/api/v1/auth/setup', { ...body, setupToken: TEST_SETUP_TOKEN });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.roles).toEqual(['admin']);
    const units = await t.database.db.selectFrom('orgUnit').selectAll().execute();
    expect(units.map((u) => u.nameEn)).toEqual(['Acme Retail']);
    const again = await (
      await anonymousClient(t.app)
    ).request('POST', '/api/v1/auth/setup', {
      ...body,
      setupToken: TEST_SETUP_TOKEN,
      email: 'x@example.com',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('auth.setup_done');
  });
});

describe('Secure __Host- cookies', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await createTestApp({ config: { cookieSecure: true } });
    org = await makeOrg(t.services);
  });
  afterAll(() => t.close());

  /** A clearing Set-Cookie a browser obeys: the attributes the cookie was set with, and already expired. */
  function expectCleared(res: Awaited<ReturnType<Client['request']>>, name: string) {
    const c = res.cookies.find((k) => k.name === name);
    expect(c, `${name} is cleared`).toBeDefined();
    expect(c?.value).toBe('');
    expect(c?.expires && c.expires.getTime() <= Date.now()).toBe(true);
    expect(c).toMatchObject({ path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
    expect(c?.domain).toBeUndefined();
  }

  it('clears the CSRF and session cookies with the attributes they were set with (Secure)', async () => {
    const c = await anonymousClient(t.app);
    expect(c.cookies['__Host-fl_csrf']).toBeDefined();
    const login = await c.request('POST', '/api/v1/auth/login', {
      email: org.people.staffA1.email,
      password: PASSWORD,
    });
    expect(login.statusCode).toBe(200);
    expect(login.cookies.find((k) => k.name === '__Host-fl_session')).toMatchObject({
      secure: true,
      path: '/',
    });
    expectCleared(login, '__Host-fl_csrf');
    c.csrf = login.json().csrfToken;

    const token = c.cookies['__Host-fl_session'];
    const logout = await c.request('POST', '/api/v1/auth/logout');
    expect(logout.statusCode).toBe(204);
    expectCleared(logout, '__Host-fl_session');

    // A stale session cookie is cleared the same way when the browser next asks for its session.
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: `__Host-fl_session=${token}` },
    });
    expect(stale.json().user).toBeNull();
    expectCleared(stale, '__Host-fl_session');
  });
});
