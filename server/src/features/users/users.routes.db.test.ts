import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '@frontline/contract';
import {
  anonymousClient,
  createTestApp,
  loginClient,
  type Client,
  type TestApp,
} from '../../../test/http.js';
import { makeOrg, makePerson, PASSWORD, type Org } from '../../../test/factories.js';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const NEW_PASSWORD = 'a-fresh-long-passphrase';
/** Nothing about a password may ever leave the server: not the hash, not the field. */
const SECRET = /password|argon|\$2[aby]\$/i;

describe('user accounts over HTTP', () => {
  let t: TestApp;
  let org: Org;
  let hr: Client;
  let admin: Client;
  const userKeys = Object.keys(User.properties).sort();

  const snapshot = async () => ({
    users: await t.database.db.selectFrom('appUser').selectAll().orderBy('id').execute(),
    audit: Number(
      (
        await t.database.db
          .selectFrom('auditEvent')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });
  const userRow = (id: string) =>
    t.database.db.selectFrom('appUser').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const sessionsOf = async (userId: string) =>
    (await t.database.db.selectFrom('session').select('id').where('userId', '=', userId).execute()).length;
  const auditOf = (entityId: string, action: string) =>
    t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('entityId', '=', entityId)
      .where('action', '=', action)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('answers 401 anonymous and 403 to anyone without users permissions, and changes nothing', async () => {
    const anon = await anonymousClient(t.app);
    const id = org.people.staffA1.userId!;
    const body = { email: 'x@example.com', displayName: 'X', password: NEW_PASSWORD, roles: ['staff'] };
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/v1/users'],
      ['GET', `/api/v1/users/${id}`],
      ['POST', '/api/v1/users', body],
      ['PATCH', `/api/v1/users/${id}`, { displayName: 'Hacked' }],
    ];
    const before = await snapshot();
    for (const [method, url, b] of calls) {
      const res = await anon.request(method as 'GET', url, b);
      expect([method, url, res.statusCode, res.json().code]).toEqual([
        method,
        url,
        401,
        'auth.unauthenticated',
      ]);
    }
    expect(await snapshot()).toEqual(before);
    for (const who of ['staffA1', 'supA', 'manager', 'assessorA'] as const) {
      const c = await loginClient(t.app, org.people[who].email, PASSWORD);
      const mark = await snapshot();
      const own: [string, string, unknown] = [
        'PATCH',
        `/api/v1/users/${org.people[who].userId}`,
        { roles: ['admin'] },
      ];
      for (const [method, url, b] of [...calls, own]) {
        const res = await c.request(method as 'GET', url, b);
        expect([who, method, url, res.statusCode, res.json().code]).toEqual([
          who,
          method,
          url,
          403,
          'auth.forbidden',
        ]);
        expect(res.body).not.toMatch(SECRET);
      }
      expect(await snapshot()).toEqual(mark);
    }
  });

  it('lists and reads users with exactly the declared fields and never a password hash', async () => {
    const list = await hr.request('GET', '/api/v1/users?limit=500');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toMatch(SECRET);
    const page = list.json() as {
      items: { id: string; email: string }[];
      total: number;
      limit: number;
      offset: number;
    };
    const count = (await t.database.db.selectFrom('appUser').select('id').execute()).length;
    expect(page).toMatchObject({ total: count, limit: 500, offset: 0 });
    expect(page.items).toHaveLength(count);
    for (const u of page.items) expect(Object.keys(u).sort()).toEqual(userKeys);
    const emails = page.items.map((u) => u.email);
    expect(emails).toEqual([...emails].sort());

    const one = await admin.request('GET', `/api/v1/users/${org.people.staffA1.userId}`);
    expect(one.statusCode).toBe(200);
    expect(one.body).not.toMatch(SECRET);
    expect(Object.keys(one.json()).sort()).toEqual(userKeys);
    const a1 = await t.database.db
      .selectFrom('person')
      .select(['givenNameEn', 'familyNameEn'])
      .where('id', '=', org.people.staffA1.id)
      .executeTakeFirstOrThrow();
    expect(one.json()).toMatchObject({
      id: org.people.staffA1.userId,
      email: org.people.staffA1.email,
      personId: org.people.staffA1.id,
      personName: `${a1.givenNameEn} ${a1.familyNameEn}`,
      roles: ['staff'],
      disabled: false,
      locale: 'en',
    });
    expect(Date.parse(one.json().createdAt)).not.toBeNaN();
    // hr signed in, so has a last sign-in time
    expect((await hr.request('GET', `/api/v1/users/${org.people.hr.userId}`)).json().lastLoginAt).toMatch(
      /^\d{4}-/,
    );
  });

  it('pages the list and refuses bad paging', async () => {
    const all = (await hr.request('GET', '/api/v1/users?limit=500')).json() as {
      items: { id: string }[];
      total: number;
    };
    const paged: string[] = [];
    for (let offset = 0; offset < all.total; offset += 4) {
      const page = (await hr.request('GET', `/api/v1/users?limit=4&offset=${offset}`)).json();
      expect(page).toMatchObject({ limit: 4, offset, total: all.total });
      paged.push(...page.items.map((u: { id: string }) => u.id));
    }
    expect(paged).toEqual(all.items.map((u) => u.id));
    for (const q of ['limit=0', 'limit=501', 'offset=-1', 'role=admin']) {
      const res = await hr.request('GET', `/api/v1/users?${q}`);
      expect([q, res.statusCode, res.json().code]).toEqual([q, 400, 'validation']);
    }
  });

  it('answers 404 user.not_found for an unknown user', async () => {
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { displayName: 'x' }],
    ] as const) {
      const res = await hr.request(method, `/api/v1/users/${NO_SUCH_ID}`, body);
      expect([method, res.statusCode, res.json().code]).toEqual([method, 404, 'user.not_found']);
    }
    const bad = await hr.request('GET', '/api/v1/users/42');
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'validation']);
  });

  describe('creating', () => {
    it('creates an account linked to a person, lower-cases the e-mail, and audits it without the password', async () => {
      const person = await makePerson(t.services, {
        orgUnitId: org.units.teamB.id,
        managerId: org.people.supB.id,
      });
      const res = await hr.request('POST', '/api/v1/users', {
        email: 'New.Person@Example.COM',
        displayName: '新同事',
        password: NEW_PASSWORD,
        personId: person.id,
        roles: ['staff', 'supervisor'],
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.body).not.toMatch(SECRET);
      expect(res.body).not.toContain(NEW_PASSWORD);
      const u = res.json();
      expect(Object.keys(u).sort()).toEqual(userKeys);
      expect(u).toMatchObject({
        email: 'new.person@example.com',
        displayName: '新同事',
        personId: person.id,
        roles: ['staff', 'supervisor'],
        disabled: false,
        lastLoginAt: null,
      });
      const row = await userRow(u.id);
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(row.passwordHash).not.toContain(NEW_PASSWORD);
      const audit = await auditOf(u.id, 'user.created');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        entityType: 'user',
        actorUserId: org.people.hr.userId,
        subjectPersonId: person.id,
        requestId: res.headers['x-request-id'],
        before: null,
        after: {
          email: 'new.person@example.com',
          displayName: '新同事',
          personId: person.id,
          roles: ['staff', 'supervisor'],
          disabled: false,
        },
      });
      expect(JSON.stringify(audit[0])).not.toMatch(SECRET);
      expect(JSON.stringify(audit[0])).not.toContain(NEW_PASSWORD);
      // and the new account can sign in with any case of its e-mail
      const c = await loginClient(t.app, 'NEW.PERSON@example.com', NEW_PASSWORD);
      expect((await c.request('GET', `/api/v1/people/${person.id}`)).statusCode).toBe(200);
    });

    it('refuses bad input with a clear code and changes nothing', async () => {
      const before = await snapshot();
      const ok = {
        email: 'fresh@example.com',
        displayName: 'Fresh',
        password: NEW_PASSWORD,
        roles: ['staff'],
      };
      const cases: [string, Client, unknown, number, string][] = [
        ['weak password', hr, { ...ok, password: 'short' }, 400, 'auth.weak_password'],
        ['common password', hr, { ...ok, password: 'Password123' }, 400, 'auth.weak_password'],
        ['password = e-mail', hr, { ...ok, password: 'Fresh@Example.com' }, 400, 'auth.weak_password'],
        ['hr grants admin', hr, { ...ok, roles: ['staff', 'admin'] }, 403, 'user.cannot_grant_role'],
        ['taken e-mail', hr, { ...ok, email: org.people.supA.email.toUpperCase() }, 409, 'user.email_taken'],
        ['person has an account', hr, { ...ok, personId: org.people.supA.id }, 409, 'user.person_taken'],
        ['no such person', hr, { ...ok, personId: NO_SUCH_ID }, 400, 'person.not_found'],
        ['no roles', hr, { ...ok, roles: [] }, 400, 'validation'],
        ['unknown role', hr, { ...ok, roles: ['superuser'] }, 400, 'validation'],
        ['repeated role', hr, { ...ok, roles: ['staff', 'staff'] }, 400, 'validation'],
        ['bad e-mail', hr, { ...ok, email: 'fresh' }, 400, 'validation'],
        ['unknown field', admin, { ...ok, passwordHash: 'x' }, 400, 'validation'],
        [
          'missing password',
          admin,
          { email: ok.email, displayName: 'x', roles: ['staff'] },
          400,
          'validation',
        ],
      ];
      for (const [name, c, body, status, code] of cases) {
        const res = await c.request('POST', '/api/v1/users', body);
        expect([name, res.statusCode, res.json().code]).toEqual([name, status, code]);
        expect(res.body).not.toContain(NEW_PASSWORD);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('lets an admin grant the admin role', async () => {
      const res = await admin.request('POST', '/api/v1/users', {
        email: 'second.admin@example.com',
        displayName: 'Second admin',
        password: NEW_PASSWORD,
        roles: ['admin'],
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ roles: ['admin'], personId: null, personName: null });
      const [audit] = await auditOf(res.json().id, 'user.created');
      expect(audit?.actorUserId).toBe(org.people.admin.userId);
    });
  });

  describe('editing', () => {
    it('changes roles, audits the difference, and ends the user’s sessions', async () => {
      const id = org.people.staffA2.userId!;
      const victim = await loginClient(t.app, org.people.staffA2.email, PASSWORD);
      expect(await sessionsOf(id)).toBeGreaterThan(0);
      const res = await hr.request('PATCH', `/api/v1/users/${id}`, {
        roles: ['staff', 'assessor'],
        displayName: 'Renamed',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toMatch(SECRET);
      expect(Object.keys(res.json()).sort()).toEqual(userKeys);
      expect(res.json()).toMatchObject({ roles: ['staff', 'assessor'], displayName: 'Renamed' });
      expect(await userRow(id)).toMatchObject({ roles: ['staff', 'assessor'], displayName: 'Renamed' });
      expect(await sessionsOf(id)).toBe(0);
      expect((await victim.request('GET', '/api/v1/people')).statusCode).toBe(401);
      const audit = await auditOf(id, 'user.updated');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorUserId: org.people.hr.userId,
        subjectPersonId: org.people.staffA2.id,
        before: { roles: ['staff'], displayName: expect.any(String) },
        after: { roles: ['staff', 'assessor'], displayName: 'Renamed' },
      });
      expect(Object.keys(audit[0]!.after as object).sort()).toEqual(['displayName', 'roles']);
    });

    it('resets a password: the old one stops working, sessions end, and the audit says so without the password', async () => {
      const id = org.people.staffB1.userId!;
      await loginClient(t.app, org.people.staffB1.email, PASSWORD);
      const hashBefore = (await userRow(id)).passwordHash;
      const res = await hr.request('PATCH', `/api/v1/users/${id}`, { password: NEW_PASSWORD });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body).not.toMatch(SECRET);
      expect((await userRow(id)).passwordHash).not.toBe(hashBefore);
      expect(await sessionsOf(id)).toBe(0);
      await expect(loginClient(t.app, org.people.staffB1.email, PASSWORD)).rejects.toThrow(/401/);
      await loginClient(t.app, org.people.staffB1.email, NEW_PASSWORD);
      const [audit] = await auditOf(id, 'user.updated');
      expect(audit).toMatchObject({
        actorUserId: org.people.hr.userId,
        before: {},
        after: { passwordReset: true },
      });
      expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
      expect(JSON.stringify(audit)).not.toMatch(/argon/);
    });

    it('disables an account and ends its sessions; re-links a person', async () => {
      const id = org.people.supX.userId!;
      await loginClient(t.app, org.people.supX.email, PASSWORD);
      const res = await admin.request('PATCH', `/api/v1/users/${id}`, { disabled: true });
      expect(res.json().disabled).toBe(true);
      expect(await sessionsOf(id)).toBe(0);
      const [audit] = await auditOf(id, 'user.updated');
      expect(audit).toMatchObject({
        actorUserId: org.people.admin.userId,
        before: { disabled: false },
        after: { disabled: true },
      });
      const unlinked = await hr.request('PATCH', `/api/v1/users/${id}`, { personId: null });
      expect(unlinked.json()).toMatchObject({ personId: null, personName: null });
      const relinked = await hr.request('PATCH', `/api/v1/users/${id}`, { personId: org.people.supX.id });
      expect(relinked.json().personId).toBe(org.people.supX.id);
    });

    it('refuses bad updates with a clear code and changes nothing', async () => {
      const before = await snapshot();
      const staffA1 = org.people.staffA1.userId!;
      const cases: [string, Client, string, unknown, number, string][] = [
        ['disable self', hr, org.people.hr.userId!, { disabled: true }, 400, 'user.cannot_disable_self'],
        ['hr grants admin', hr, staffA1, { roles: ['admin'] }, 403, 'user.cannot_grant_role'],
        [
          'hr edits an admin',
          hr,
          org.people.admin.userId,
          { displayName: 'x' },
          403,
          'user.cannot_grant_role',
        ],
        [
          'hr disables an admin',
          hr,
          org.people.admin.userId,
          { disabled: true },
          403,
          'user.cannot_grant_role',
        ],
        [
          'hr resets an admin password',
          hr,
          org.people.admin.userId,
          { password: NEW_PASSWORD },
          403,
          'user.cannot_grant_role',
        ],
        [
          'hr makes self admin',
          hr,
          org.people.hr.userId!,
          { roles: ['hr_admin', 'admin'] },
          403,
          'user.cannot_grant_role',
        ],
        ['weak password', admin, staffA1, { password: 'aaaaaaaaaaaa' }, 400, 'auth.weak_password'],
        [
          'password = e-mail',
          admin,
          staffA1,
          { password: org.people.staffA1.email },
          400,
          'auth.weak_password',
        ],
        ['person has an account', hr, staffA1, { personId: org.people.supA.id }, 409, 'user.person_taken'],
        ['no such person', hr, staffA1, { personId: NO_SUCH_ID }, 400, 'person.not_found'],
        ['empty body', hr, staffA1, {}, 400, 'validation'],
        ['no roles', hr, staffA1, { roles: [] }, 400, 'validation'],
        ['change e-mail', hr, staffA1, { email: 'new@example.com' }, 400, 'validation'],
        ['unknown field', hr, staffA1, { passwordHash: 'x' }, 400, 'validation'],
        ['disabled as text', hr, staffA1, { disabled: 'true' }, 400, 'validation'],
      ];
      for (const [name, c, id, body, status, code] of cases) {
        const res = await c.request('PATCH', `/api/v1/users/${id}`, body);
        expect([name, res.statusCode, res.json().code]).toEqual([name, status, code]);
      }
      expect(await snapshot()).toEqual(before);
      // the weak password did not replace the real one
      await loginClient(t.app, org.people.staffA1.email, PASSWORD);
    });
  });
});
