import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, type TestApp } from '../../../test/http.js';
import { createTestDatabase } from '../../../test/db.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import type { Database } from '../../db/database.js';
import { loadConfig, type Config } from '../../config.js';
import { fixedClock } from '../../lib/clock.js';

/**
 * Sign-in throttling through the real HTTP app: per address over all accounts (password
 * spraying), per account from any address (a growing back-off, never a lock-out of the owner),
 * and client addresses taken from X-Forwarded-For only when the hop is a configured proxy.
 */
describe('sign-in throttling over HTTP', () => {
  const clock = fixedClock(new Date('2026-11-24T09:00:00Z'));
  let database: Database;
  let org: Org;
  const apps: TestApp[] = [];
  let cases = 0;

  /** A fresh app (and so a fresh throttle) on the shared database. */
  async function app(config: Partial<Config> = {}): Promise<TestApp> {
    const t = await createTestApp({ clock, database, config });
    apps.push(t);
    return t;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await makeOrg((await app()).services);
  });
  afterAll(async () => {
    for (const t of apps) await t.close();
    await database.close();
    console.log(`login throttle: ${cases} throttle cases checked`);
  });

  /** One sign-in from `from` (the socket's address), optionally with an X-Forwarded-For header. */
  function login(
    t: TestApp,
    email: string,
    password: string,
    from: string,
    forwardedFor?: string,
  ): Promise<LightMyRequestResponse> {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: from,
      headers: {
        cookie: 'fl_csrf=throttle-test-csrf',
        'x-csrf-token': 'throttle-test-csrf',
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      payload: { email, password },
    });
  }

  /** A 429 with the stable code and a Retry-After in whole seconds; returns the seconds. */
  function throttled(res: LightMyRequestResponse, what: string): number {
    cases++;
    expect(res.statusCode, `${what}: ${res.body}`).toBe(429);
    expect(res.json().code).toBe('rate_limited');
    const retry = String(res.headers['retry-after'] ?? '');
    expect(retry, `${what}: Retry-After`).toMatch(/^[1-9]\d*$/);
    return Number(retry);
  }
  function refused(res: LightMyRequestResponse, what: string): void {
    cases++;
    expect(res.statusCode, `${what}: ${res.body}`).toBe(401);
    expect(res.json().code).toBe('auth.invalid_credentials');
  }
  function signedIn(res: LightMyRequestResponse, what: string): void {
    cases++;
    expect(res.statusCode, `${what}: ${res.body}`).toBe(200);
  }

  it('stops password spraying: failures from one address count over all accounts', async () => {
    const t = await app(); // defaults: 10 failures in 15 minutes
    const p = org.people;
    const real = [p.staffA1, p.staffA2, p.staffB1, p.supA, p.supB, p.supX, p.staffX1, p.manager, p.hr];
    const accounts = [
      ...real.map((x) => x.email),
      ...[1, 2, 3, 4, 5, 6, 7].map((k) => `spray${k}@example.com`),
    ];
    const attacker = '203.0.113.7';
    const codes: number[] = [];
    // Three passwords tried on each of 16 accounts, round by round, as a sprayer does.
    for (let round = 0; round < 3; round++) {
      for (const email of accounts) {
        const res = await login(t, email, `Summer2026-${round}!`, attacker);
        codes.push(res.statusCode);
        if (codes.length <= 10) refused(res, `spray try ${codes.length}`);
        else {
          const wait = throttled(res, `spray try ${codes.length}`);
          expect(wait).toBeLessThanOrEqual(15 * 60);
        }
      }
    }
    expect(codes.filter((c) => c === 401)).toHaveLength(10);
    expect(codes.filter((c) => c === 429)).toHaveLength(accounts.length * 3 - 10);

    // The address stays refused, right password or not; the accounts were not locked.
    const stillRefused = await login(t, p.staffA1.email, PASSWORD, attacker);
    const wait = throttled(stillRefused, 'right password from the spraying address');
    signedIn(await login(t, p.staffA1.email, PASSWORD, '198.51.100.1'), 'the owner from elsewhere');
    clock.advance(wait * 1000);
    signedIn(await login(t, p.staffA2.email, PASSWORD, attacker), 'the address once its window passed');
  }, 120_000);

  it('slows an account down with a growing back-off but never locks its owner out', async () => {
    const t = await app(); // defaults: 10 failures in 15 minutes
    const victim = org.people.staffA2.email;
    const owner = '192.0.2.10';
    let n = 0;
    const stranger = () => `198.51.100.${++n}`;
    const started = clock.now().getTime();
    // Ten failures, each from an address of its own: no address is throttled.
    for (let i = 1; i <= 10; i++) {
      refused(await login(t, victim, `guess-${i}-xxxxx`, stranger()), `guess ${i}`);
    }
    // The account now waits: wrong and right passwords alike get 429 with Retry-After.
    expect(throttled(await login(t, victim, 'guess-11-xxxxx', stranger()), 'guess 11')).toBe(1);
    expect(throttled(await login(t, victim, PASSWORD, owner), 'owner in the back-off')).toBe(1);
    // Each further failure doubles the wait, up to a minute.
    const waits: number[] = [];
    let wait = 1;
    for (let i = 0; i < 9; i++) {
      clock.advance(wait * 1000);
      refused(await login(t, victim, `more-${i}-xxxxx`, stranger()), `guess after back-off ${i}`);
      wait = throttled(await login(t, victim, `eager-${i}-xxxxx`, stranger()), `guess in back-off ${i}`);
      waits.push(wait);
    }
    expect(waits).toEqual([2, 4, 8, 16, 32, 60, 60, 60, 60]);
    // The owner, from an address that is not itself throttled: refused with the wait, then in.
    const ownerWait = throttled(await login(t, victim, PASSWORD, owner), 'owner during the back-off');
    expect(ownerWait).toBeLessThanOrEqual(60);
    clock.advance(ownerWait * 1000);
    signedIn(await login(t, victim, PASSWORD, owner), 'owner after the back-off');
    // …well inside the 15-minute window: slowed down, not locked out for the window.
    expect(clock.now().getTime() - started).toBeLessThan(15 * 60_000);
    // Signing in cleared the account's failures: one more wrong try is just a 401.
    refused(await login(t, victim, 'typo-xxxxxxx', owner), 'owner typo after signing in');
  }, 120_000);

  it('refuses the attacking address, not the owner, after ten failures from one address', async () => {
    const t = await app();
    const victim = org.people.supB.email;
    const attacker = '203.0.113.66';
    for (let i = 1; i <= 10; i++) refused(await login(t, victim, `nope-${i}-xxxxx`, attacker), `nope ${i}`);
    const attackerWait = throttled(
      await login(t, victim, PASSWORD, attacker),
      'right password, attacker address',
    );
    expect(attackerWait).toBe(15 * 60);
    const ownerWait = throttled(await login(t, victim, PASSWORD, '192.0.2.20'), 'owner, short back-off');
    expect(ownerWait).toBe(1);
    clock.advance(ownerWait * 1000);
    signedIn(await login(t, victim, PASSWORD, '192.0.2.20'), 'owner after a second');
    throttled(await login(t, victim, PASSWORD, attacker), 'attacker address still refused');
  }, 120_000);

  it('believes X-Forwarded-For only from a configured proxy address', async () => {
    const trustProxy = loadConfig({ FRONTLINE_TRUST_PROXY: '10.0.0.5, 172.18.0.0/16' }).trustProxy;
    expect(trustProxy).toEqual(['10.0.0.5', '172.18.0.0/16']);
    const t = await app({ trustProxy });
    const direct = '198.51.100.99';
    const emails: string[] = [];
    // A client talking to the server directly, forging a new X-Forwarded-For each time.
    for (let i = 1; i <= 12; i++) {
      const email = `forged${i}@example.com`;
      emails.push(email);
      const res = await login(t, email, `forged-${i}-xxxxx`, direct, `203.0.113.${i}`);
      if (i <= 10) refused(res, `forged try ${i}`);
      else throttled(res, `forged try ${i}`);
    }
    const audited = await database.db
      .selectFrom('auditEvent')
      .select(['ip', 'after'])
      .where('action', '=', 'auth.login_failed')
      .execute();
    const forgedRows = audited.filter((a) =>
      emails.includes((a.after as { email?: string } | null)?.email ?? ''),
    );
    expect(forgedRows).toHaveLength(10);
    expect(new Set(forgedRows.map((a) => a.ip))).toEqual(new Set([direct]));

    // Through the proxy the client's address is the one the proxy saw (the nearest untrusted hop).
    refused(await login(t, 'via-proxy@example.com', 'wrong-xxxxxx', '10.0.0.5', '192.0.2.50'), 'via proxy');
    refused(
      await login(t, 'via-proxy2@example.com', 'wrong-xxxxxx', '172.18.3.4', '6.6.6.6, 192.0.2.51'),
      'via proxy, a forged hop in front',
    );
    const viaProxy = await database.db
      .selectFrom('auditEvent')
      .select(['ip', 'after'])
      .where('action', '=', 'auth.login_failed')
      .execute();
    const ipOf = (email: string) =>
      viaProxy.find((a) => (a.after as { email?: string } | null)?.email === email)?.ip;
    expect(ipOf('via-proxy@example.com')).toBe('192.0.2.50');
    expect(ipOf('via-proxy2@example.com')).toBe('192.0.2.51');
  }, 120_000);

  it('still slows one account down when FRONTLINE_TRUST_PROXY=true lets every try forge its address', async () => {
    const t = await app({ trustProxy: loadConfig({ FRONTLINE_TRUST_PROXY: 'true' }).trustProxy });
    const victim = org.people.staffB1.email;
    for (let i = 1; i <= 10; i++) {
      refused(
        await login(t, victim, `spin-${i}-xxxxx`, '198.51.100.200', `203.0.113.${100 + i}`),
        `spin ${i}`,
      );
    }
    throttled(await login(t, victim, 'spin-11-xxxxx', '198.51.100.200', '203.0.113.111'), 'spin 11');
  }, 120_000);
});
