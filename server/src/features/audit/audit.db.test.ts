import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '@frontline/contract';
import {
  anonymousClient,
  createTestApp,
  loginClient,
  type Client,
  type TestApp,
} from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';
import { fixedClock } from '../../lib/clock.js';
import { systemActor, type Actor } from '../../access/actor.js';

interface Entry {
  id: number;
  occurredAt: string;
  action: string;
  entityId: string | null;
  actorUserId: string | null;
  actorName: string | null;
  subjectPersonId: string | null;
  before: unknown;
  after: unknown;
}
interface AuditPage {
  items: Entry[];
  total: number;
  limit: number;
  offset: number;
}

describe('the audit log', () => {
  const clock = fixedClock(new Date('2026-03-01T00:00:00Z'));
  let t: TestApp;
  let org: Org;
  let hr: Client;
  const count = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('auditEvent')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const actorFor = (userId: string, personId: string | null): Actor => ({
    kind: 'user',
    userId,
    personId,
    roles: ['hr_admin'],
    permissions: new Set(),
    sessionId: null,
    requestId: 'req-test',
    ip: '203.0.113.9',
  });

  beforeAll(async () => {
    t = await createTestApp({ clock });
    org = await makeOrg(t.services);
    // Twelve events, one a day from 1 March, by two actors about two people.
    const hrActor = actorFor(org.people.hr.userId!, org.people.hr.id);
    const adminActor = actorFor(org.people.admin.userId, null);
    for (let day = 1; day <= 12; day++) {
      clock.set(new Date(Date.UTC(2026, 2, day, 9)));
      await t.services.audit.record(t.database.db, day % 2 ? hrActor : adminActor, {
        action: day <= 8 ? 'test.viewed' : 'test.changed',
        entityType: 'test_thing',
        entityId: `thing-${day}`,
        subjectPersonId: day % 3 === 0 ? org.people.staffA1.id : org.people.staffB1.id,
        before: day <= 8 ? null : { score: day - 1 },
        after: day <= 8 ? null : { score: day, note: '陳小明' },
      });
    }
    await t.services.audit.record(t.database.db, systemActor('test'), {
      action: 'test.system',
      entityType: 'test_thing',
    });
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD); // the clock stays put from here on
  });
  afterAll(() => t.close());

  describe('is append-only in the database', () => {
    it('refuses UPDATE, DELETE and TRUNCATE, and keeps every row', async () => {
      const before = await t.database.db.selectFrom('auditEvent').selectAll().orderBy('id').execute();
      expect(before.length).toBeGreaterThan(12);
      await expect(sql`update audit_event set action = 'tampered'`.execute(t.database.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(
        t.database.db
          .updateTable('auditEvent')
          .set({ after: null })
          .where('action', '=', 'test.changed')
          .execute(),
      ).rejects.toThrow(/append-only/);
      await expect(
        sql`delete from audit_event where action = 'test.viewed'`.execute(t.database.db),
      ).rejects.toThrow(/append-only/);
      await expect(t.database.db.deleteFrom('auditEvent').execute()).rejects.toThrow(/append-only/);
      await expect(sql`truncate audit_event`.execute(t.database.db)).rejects.toThrow(/append-only/);
      const after = await t.database.db.selectFrom('auditEvent').selectAll().orderBy('id').execute();
      expect(after).toEqual(before);
    });

    it('keeps the audit row out when the change it records is rolled back', async () => {
      const n = await count();
      await expect(
        t.database.db.transaction().execute(async (trx) => {
          await t.services.audit.record(trx, systemActor('test'), {
            action: 'test.rolled_back',
            entityType: 'x',
          });
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await count()).toBe(n);
    });
  });

  describe('GET /api/v1/audit', () => {
    const list = async (client: Client, query: string) => {
      const res = await client.request('GET', `/api/v1/audit?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as AuditPage;
    };

    it('is for hr_admin and admin only: anonymous 401, everyone else 403', async () => {
      const anon = await anonymousClient(t.app);
      const a = await anon.request('GET', '/api/v1/audit');
      expect([a.statusCode, a.json().code]).toEqual([401, 'auth.unauthenticated']);
      for (const who of ['staffA1', 'supA', 'manager', 'assessorA'] as const) {
        const c = await loginClient(t.app, org.people[who].email, PASSWORD);
        const res = await c.request('GET', '/api/v1/audit');
        expect([who, res.statusCode, res.json().code]).toEqual([who, 403, 'auth.forbidden']);
        expect(res.body).not.toContain('test.changed');
      }
      const admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
      expect((await admin.request('GET', '/api/v1/audit')).statusCode).toBe(200);
      expect((await hr.request('GET', '/api/v1/audit')).statusCode).toBe(200);
    });

    it('lists newest first with the actor’s name and the before/after contents', async () => {
      const page = await list(hr, 'entityType=test_thing&limit=3');
      expect(page.total).toBe(13);
      expect(page.limit).toBe(3);
      expect(page.offset).toBe(0);
      expect(page.items.map((i) => i.action)).toEqual(['test.system', 'test.changed', 'test.changed']);
      const [system, day12, day11] = page.items;
      expect(system).toMatchObject({ actorUserId: null, actorName: null, entityId: null });
      expect(day12).toMatchObject({
        entityId: 'thing-12',
        actorUserId: org.people.admin.userId,
        actorName: expect.any(String),
        subjectPersonId: org.people.staffA1.id,
        before: { score: 11 },
        after: { score: 12, note: '陳小明' },
        occurredAt: '2026-03-12T09:00:00.000Z',
      });
      expect(day11).toMatchObject({
        entityId: 'thing-11',
        actorUserId: org.people.hr.userId,
        before: { score: 10 },
      });
      // the entry carries exactly the declared fields
      for (const item of page.items) {
        expect(Object.keys(item).sort()).toEqual(Object.keys(AuditEntry.properties).sort());
      }
      const raw = await t.database.db
        .selectFrom('auditEvent')
        .select(['requestId', 'ip'])
        .where('entityId', '=', 'thing-11')
        .executeTakeFirstOrThrow();
      expect(raw).toEqual({ requestId: 'req-test', ip: '203.0.113.9' });
    });

    it('pages without gaps or repeats', async () => {
      const seen: string[] = [];
      for (let offset = 0; offset < 20; offset += 5) {
        const page = await list(hr, `entityType=test_thing&limit=5&offset=${offset}`);
        expect(page.total).toBe(13);
        seen.push(...page.items.map((i) => i.entityId ?? 'system'));
      }
      expect(seen).toEqual(['system', ...Array.from({ length: 12 }, (_, i) => `thing-${12 - i}`)]);
      expect((await list(hr, 'entityType=test_thing&offset=100')).items).toEqual([]);
    });

    it('filters by action, entity, actor, subject person and time (from inclusive, to exclusive)', async () => {
      const ids = (p: AuditPage) => p.items.map((i) => i.entityId).sort();
      const things = (...days: number[]) => days.map((d) => `thing-${d}`).sort();

      const changed = await list(hr, 'action=test.changed');
      expect([changed.total, ids(changed)]).toEqual([4, things(9, 10, 11, 12)]);

      expect(ids(await list(hr, 'entityType=test_thing&entityId=thing-7'))).toEqual(things(7));

      const byAdmin = await list(hr, `entityType=test_thing&actorUserId=${org.people.admin.userId}`);
      expect(ids(byAdmin)).toEqual(things(2, 4, 6, 8, 10, 12));

      const aboutA1 = await list(hr, `entityType=test_thing&subjectPersonId=${org.people.staffA1.id}`);
      expect(ids(aboutA1)).toEqual(things(3, 6, 9, 12));

      const window = await list(
        hr,
        'entityType=test_thing&from=2026-03-03T09:00:00.000Z&to=2026-03-05T09:00:00.000Z',
      );
      expect(ids(window)).toEqual(things(3, 4));

      const combined = await list(
        hr,
        `action=test.viewed&actorUserId=${org.people.hr.userId}&subjectPersonId=${org.people.staffB1.id}`,
      );
      expect(ids(combined)).toEqual(things(1, 5, 7));

      const none = await list(hr, 'action=no.such.action');
      expect(none).toEqual({ items: [], total: 0, limit: 100, offset: 0 });
    });

    it('refuses a bad query with a validation problem', async () => {
      for (const q of [
        'limit=0',
        'limit=501',
        'offset=-1',
        'limit=ten',
        'actorUserId=not-a-uuid',
        'subjectPersonId=123',
        'from=yesterday',
        'to=2026-13-01T00:00:00Z',
        'sort=asc',
      ]) {
        const res = await hr.request('GET', `/api/v1/audit?${q}`);
        expect([q, res.statusCode, res.json().code]).toEqual([q, 400, 'validation']);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      const unknown = await hr.request('GET', '/api/v1/audit?sort=asc');
      expect(unknown.json().issues).toEqual([expect.objectContaining({ message: "unknown field 'sort'" })]);
    });
  });

  it('records a change made over HTTP with its actor, request id and address', async () => {
    const res = await hr.request('PATCH', `/api/v1/people/${org.people.staffX1.id}`, { nameZh: '新名字' });
    expect(res.statusCode).toBe(200);
    const page = (
      await hr.request('GET', `/api/v1/audit?entityId=${org.people.staffX1.id}&action=person.updated`)
    ).json() as AuditPage;
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      actorUserId: org.people.hr.userId,
      subjectPersonId: org.people.staffX1.id,
      after: { nameZh: '新名字' },
      requestId: res.headers['x-request-id'],
    });
    expect(page.items[0]).toHaveProperty('ip', expect.any(String));
  });
});
