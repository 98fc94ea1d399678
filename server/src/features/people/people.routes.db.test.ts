import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person, PersonSummary, ROSTER_COLUMNS } from '@frontline/contract';
import {
  anonymousClient,
  createTestApp,
  loginClient,
  type Client,
  type TestApp,
} from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';

type Who = 'hr' | 'admin' | 'manager' | 'supA' | 'supB' | 'supX' | 'staffA1' | 'assessorA';
type PersonKey = Exclude<keyof Org['people'], 'admin'>;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

describe('people over HTTP', () => {
  let t: TestApp;
  let org: Org;
  const clients = {} as Record<Who, Client>;
  let hr: Client;

  /** Every person row and the number of audit events: "nothing changed" means this is equal. */
  const snapshot = async () => ({
    people: await t.database.db.selectFrom('person').selectAll().orderBy('id').execute(),
    audit: Number(
      (
        await t.database.db
          .selectFrom('auditEvent')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });
  const personRow = (id: string) =>
    t.database.db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const auditOf = (entityId: string, action: string) =>
    t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('entityId', '=', entityId)
      .where('action', '=', action)
      .orderBy('id')
      .execute();
  const idsOf = (...keys: PersonKey[]) => keys.map((k) => org.people[k].id).sort();

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    for (const who of ['hr', 'admin', 'manager', 'supA', 'supB', 'supX', 'staffA1', 'assessorA'] as Who[]) {
      clients[who] = await loginClient(t.app, org.people[who].email, PASSWORD);
    }
    hr = clients.hr;
  });
  afterAll(() => t.close());

  it('answers 401 to an anonymous caller on every people route, and changes nothing', async () => {
    const anon = await anonymousClient(t.app);
    const before = await snapshot();
    const id = org.people.staffA1.id;
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/v1/people'],
      ['GET', `/api/v1/people/${id}`],
      [
        'POST',
        '/api/v1/people',
        { employeeNumber: 'ANON1', givenNameEn: 'A', familyNameEn: 'B', orgUnitId: org.units.teamA.id },
      ],
      ['PATCH', `/api/v1/people/${id}`, { nameZh: '匿名' }],
      ['GET', '/api/v1/people/import/template'],
      [
        'POST',
        '/api/v1/people/import',
        `${ROSTER_COLUMNS.join(',')}\nANON2,A,B,,,${org.units.teamA.code},,,,,\n`,
      ],
    ];
    for (const [method, url, body] of calls) {
      const res = await anon.request(method as 'GET', url, body);
      expect([method, url, res.statusCode, res.json().code]).toEqual([
        method,
        url,
        401,
        'auth.unauthenticated',
      ]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).not.toContain(org.people.staffA1.email);
    }
    expect(await snapshot()).toEqual(before);
  });

  describe('reading', () => {
    // Who sees whom, by the reporting line (person.manager_id), from the shape in factories.ts.
    const everyone: PersonKey[] = [
      'hr',
      'manager',
      'supA',
      'staffA1',
      'staffA2',
      'assessorA',
      'supB',
      'staffB1',
      'supX',
      'staffX1',
    ];
    const scope: Record<Who, PersonKey[]> = {
      hr: everyone,
      admin: everyone,
      manager: ['manager', 'supA', 'staffA1', 'staffA2', 'assessorA', 'supB', 'staffB1'],
      supA: ['supA', 'staffA1', 'staffA2', 'assessorA'],
      supB: ['supB', 'staffB1'],
      supX: ['supX', 'staffX1'],
      staffA1: ['staffA1'],
      assessorA: ['assessorA'],
    };

    it('lists only the people in the caller’s scope', async () => {
      for (const [who, keys] of Object.entries(scope) as [Who, PersonKey[]][]) {
        const res = await clients[who].request('GET', '/api/v1/people?limit=500');
        expect(res.statusCode).toBe(200);
        const page = res.json() as { items: { id: string }[]; total: number };
        const expected = idsOf(...keys);
        expect([who, page.items.map((p) => p.id).sort()]).toEqual([who, expected]);
        expect([who, page.total]).toEqual([who, expected.length]);
      }
    });

    it('opens a record in scope and answers 404 (never 403) for one outside it or that does not exist', async () => {
      for (const [who, keys] of Object.entries(scope) as [Who, PersonKey[]][]) {
        for (const target of everyone) {
          const res = await clients[who].request('GET', `/api/v1/people/${org.people[target].id}`);
          const visible = keys.includes(target);
          expect([who, target, res.statusCode]).toEqual([who, target, visible ? 200 : 404]);
          if (visible) expect(res.json().id).toBe(org.people[target].id);
          else {
            expect(res.json().code).toBe('person.not_found');
            expect(res.body).not.toContain(org.people[target].email);
          }
        }
        const missing = await clients[who].request('GET', `/api/v1/people/${NO_SUCH_ID}`);
        expect([missing.statusCode, missing.json().code]).toEqual([404, 'person.not_found']);
      }
      const bad = await hr.request('GET', '/api/v1/people/not-a-uuid');
      expect([bad.statusCode, bad.json().code]).toEqual([400, 'validation']);
    });

    it('returns a person with exactly the declared fields and the right relations', async () => {
      const res = await clients.supA.request('GET', `/api/v1/people/${org.people.staffA1.id}`);
      expect(res.statusCode).toBe(200);
      const p = res.json();
      expect(Object.keys(p).sort()).toEqual(Object.keys(Person.properties).sort());
      const sup = await personRow(org.people.supA.id);
      const row = await personRow(org.people.staffA1.id);
      expect(p).toMatchObject({
        id: org.people.staffA1.id,
        employeeNumber: row.employeeNumber,
        nameEn: `${row.givenNameEn} ${row.familyNameEn}`,
        nameZh: row.nameZh,
        email: org.people.staffA1.email,
        orgUnitId: org.units.teamA.id,
        orgUnitName: org.units.teamA.nameEn,
        orgUnitNameZh: org.units.teamA.nameZh,
        managerId: org.people.supA.id,
        managerName: `${sup.givenNameEn} ${sup.familyNameEn}`,
        managerNameZh: sup.nameZh,
        jobRoleId: org.role.id,
        jobRoleName: org.role.nameEn,
        employmentType: 'full_time',
        status: 'active',
        userId: org.people.staffA1.userId,
        roles: ['staff'],
        directReports: [],
        // the supervisor does not change records; they give their report feedback
        abilities: { edit: false, giveFeedback: true },
      });
      expect(res.body).not.toMatch(/password|argon/i);

      const supA = (await hr.request('GET', `/api/v1/people/${org.people.supA.id}`)).json();
      expect(supA.abilities).toEqual({ edit: true, giveFeedback: true });
      expect(supA.roles).toEqual(['staff', 'supervisor']);
      expect(supA.directReports.map((r: { id: string }) => r.id).sort()).toEqual(
        idsOf('staffA1', 'staffA2', 'assessorA'),
      );
      for (const r of supA.directReports) {
        expect(Object.keys(r).sort()).toEqual(Object.keys(PersonSummary.properties).sort());
      }
      const list = (await hr.request('GET', '/api/v1/people')).json();
      expect(Object.keys(list).sort()).toEqual(['items', 'limit', 'offset', 'total']);
      for (const item of list.items) {
        expect(Object.keys(item).sort()).toEqual(Object.keys(PersonSummary.properties).sort());
      }
      expect(JSON.stringify(list)).not.toMatch(/password|argon|"email"/i);
    });

    it('filters, searches and pages the list within scope', async () => {
      const ids = async (client: Client, query: string) => {
        const res = await client.request('GET', `/api/v1/people?${query}`);
        expect(res.statusCode, res.body).toBe(200);
        const page = res.json() as { items: { id: string }[]; total: number };
        expect(page.total).toBe(page.items.length);
        return page.items.map((p) => p.id).sort();
      };
      expect(await ids(hr, `orgUnitId=${org.units.teamA.id}`)).toEqual(
        idsOf('supA', 'staffA1', 'staffA2', 'assessorA'),
      );
      expect(await ids(hr, `managerId=${org.people.supA.id}`)).toEqual(
        idsOf('staffA1', 'staffA2', 'assessorA'),
      );
      expect(await ids(clients.supA, `orgUnitId=${org.units.teamB.id}`)).toEqual([]);
      expect(await ids(clients.manager, `orgUnitId=${org.units.teamX.id}`)).toEqual([]);
      const a1 = await personRow(org.people.staffA1.id);
      expect(await ids(hr, `q=${encodeURIComponent(a1.employeeNumber.toLowerCase())}`)).toEqual(
        idsOf('staffA1'),
      );
      expect(await ids(hr, `q=${encodeURIComponent(`${a1.familyNameEn} ${a1.givenNameEn}`)}`)).toEqual(
        idsOf('staffA1'),
      );
      expect(await ids(hr, `q=${encodeURIComponent(a1.nameZh!)}&managerId=${org.people.supA.id}`)).toEqual(
        idsOf('staffA1'),
      );
      expect(await ids(clients.supX, `q=${encodeURIComponent(a1.employeeNumber)}`)).toEqual([]);
      expect(await ids(hr, 'q=%25')).toEqual([]); // a literal %, not a wildcard
      expect(await ids(hr, 'q=_')).toEqual([]);
      expect(await ids(hr, 'status=left')).toEqual([]);

      // pages: ordered by family name, given name, id; no gaps, no repeats
      const all = (await hr.request('GET', '/api/v1/people?limit=500')).json() as {
        items: { id: string }[];
        total: number;
      };
      const paged: string[] = [];
      for (let offset = 0; offset < all.total; offset += 3) {
        const page = (await hr.request('GET', `/api/v1/people?limit=3&offset=${offset}`)).json();
        expect(page).toMatchObject({ limit: 3, offset, total: all.total });
        paged.push(...page.items.map((p: { id: string }) => p.id));
      }
      expect(paged).toEqual(all.items.map((p) => p.id));
      // a page past the end still says how many match (the count rides on the rows otherwise)
      const past = (await hr.request('GET', `/api/v1/people?limit=3&offset=${all.total + 5}`)).json();
      expect(past).toMatchObject({ items: [], total: all.total, offset: all.total + 5 });
      const none = (await hr.request('GET', '/api/v1/people?q=no-such-person-anywhere')).json();
      expect(none).toMatchObject({ items: [], total: 0 });
    });

    it('refuses a bad or unknown query parameter with 400 validation', async () => {
      for (const q of [
        'limit=0',
        'limit=501',
        'offset=-1',
        'orgUnitId=teamA',
        'status=fired',
        'sort=name',
        `q=${'x'.repeat(101)}`,
      ]) {
        const res = await hr.request('GET', `/api/v1/people?${q}`);
        expect([q, res.statusCode, res.json().code]).toEqual([q, 400, 'validation']);
      }
      const res = await hr.request('GET', '/api/v1/people?sort=name');
      expect(res.json().issues).toEqual([expect.objectContaining({ message: "unknown field 'sort'" })]);
    });
  });

  describe('creating', () => {
    const body = () => ({
      employeeNumber: 'N100',
      givenNameEn: 'Siu Ming',
      familyNameEn: 'Chan',
      nameZh: '陳小明',
      email: 'sm.chan@example.com',
      orgUnitId: org.units.teamA.id,
      managerId: org.people.supA.id,
      jobRoleId: org.role.id,
      employmentType: 'part_time',
      hireDate: '2024-02-29',
    });

    it('creates a person, answers 201 with the record, and audits it with its contents', async () => {
      const res = await hr.request('POST', '/api/v1/people', body());
      expect(res.statusCode, res.body).toBe(201);
      const p = res.json();
      expect(Object.keys(p).sort()).toEqual(Object.keys(Person.properties).sort());
      expect(p).toMatchObject({
        employeeNumber: 'N100',
        nameEn: 'Siu Ming Chan',
        nameZh: '陳小明',
        managerId: org.people.supA.id,
        jobRoleId: org.role.id,
        employmentType: 'part_time',
        hireDate: '2024-02-29',
        status: 'active',
        userId: null,
        roles: [],
        abilities: { edit: true, giveFeedback: true },
      });
      const row = await personRow(p.id);
      expect(row).toMatchObject({
        employeeNumber: 'N100',
        nameZh: '陳小明',
        email: 'sm.chan@example.com',
        hireDate: '2024-02-29',
      });
      const audit = await auditOf(p.id, 'person.created');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        entityType: 'person',
        actorUserId: org.people.hr.userId,
        subjectPersonId: p.id,
        requestId: res.headers['x-request-id'],
        before: null,
        after: {
          employeeNumber: 'N100',
          givenNameEn: 'Siu Ming',
          familyNameEn: 'Chan',
          nameZh: '陳小明',
          email: 'sm.chan@example.com',
          orgUnitId: org.units.teamA.id,
          managerId: org.people.supA.id,
          jobRoleId: org.role.id,
          employmentType: 'part_time',
          hireDate: '2024-02-29',
          status: 'active',
        },
      });
      // the new person is in the supervisor's scope at once, and not in another's
      expect((await clients.supA.request('GET', `/api/v1/people/${p.id}`)).statusCode).toBe(200);
      expect((await clients.manager.request('GET', `/api/v1/people/${p.id}`)).statusCode).toBe(200);
      expect((await clients.supB.request('GET', `/api/v1/people/${p.id}`)).statusCode).toBe(404);
    });

    it('lets an admin create a person with only the required fields', async () => {
      const res = await clients.admin.request('POST', '/api/v1/people', {
        employeeNumber: 'N200',
        givenNameEn: 'Mei',
        familyNameEn: 'Ho',
        orgUnitId: org.units.teamX.id,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        nameZh: null,
        email: null,
        managerId: null,
        hireDate: null,
        status: 'active',
      });
      const [audit] = await auditOf(res.json().id, 'person.created');
      expect(audit?.actorUserId).toBe(org.people.admin.userId);
    });

    it('refuses bad input with a clear code and changes nothing', async () => {
      const before = await snapshot();
      const b = body();
      const cases: [string, unknown, number, string][] = [
        ['taken number', { ...b, email: null }, 409, 'person.employee_number_taken'],
        [
          'taken e-mail, other case',
          { ...b, employeeNumber: 'N101', email: 'SM.Chan@Example.com' },
          409,
          'person.email_taken',
        ],
        [
          'no such unit',
          { ...b, employeeNumber: 'N102', email: null, orgUnitId: NO_SUCH_ID },
          400,
          'org_unit.not_found',
        ],
        [
          'no such role',
          { ...b, employeeNumber: 'N103', email: null, jobRoleId: NO_SUCH_ID },
          400,
          'job_role.not_found',
        ],
        [
          'no such manager',
          { ...b, employeeNumber: 'N104', email: null, managerId: NO_SUCH_ID },
          400,
          'person.not_found',
        ],
        ['unknown field', { ...b, employeeNumber: 'N105', email: null, salary: 1 }, 400, 'validation'],
        ['bad e-mail', { ...b, employeeNumber: 'N106', email: 'not an e-mail' }, 400, 'validation'],
        [
          'no such date',
          { ...b, employeeNumber: 'N107', email: null, hireDate: '2026-02-30' },
          400,
          'validation',
        ],
        [
          'date as number',
          { ...b, employeeNumber: 'N108', email: null, hireDate: 20240101 },
          400,
          'validation',
        ],
        ['bad status', { ...b, employeeNumber: 'N109', email: null, status: 'fired' }, 400, 'validation'],
        [
          'bad type',
          { ...b, employeeNumber: 'N110', email: null, employmentType: 'permanent' },
          400,
          'validation',
        ],
        ['space in number', { ...b, employeeNumber: 'N 111', email: null }, 400, 'validation'],
        ['empty name', { ...b, employeeNumber: 'N112', email: null, givenNameEn: '' }, 400, 'validation'],
        [
          'long Chinese name',
          { ...b, employeeNumber: 'N113', email: null, nameZh: '陳'.repeat(101) },
          400,
          'validation',
        ],
        [
          'missing family name',
          { employeeNumber: 'N114', givenNameEn: 'A', orgUnitId: b.orgUnitId },
          400,
          'validation',
        ],
        ['null unit', { ...b, employeeNumber: 'N115', email: null, orgUnitId: null }, 400, 'validation'],
        ['not a uuid', { ...b, employeeNumber: 'N116', email: null, managerId: 'supA' }, 400, 'validation'],
        ['an array', [b], 400, 'validation'],
      ];
      for (const [name, payload, status, code] of cases) {
        const res = await hr.request('POST', '/api/v1/people', payload);
        expect([name, res.statusCode, res.json().code]).toEqual([name, status, code]);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      const unknown = await hr.request('POST', '/api/v1/people', { ...b, employeeNumber: 'N117', salary: 1 });
      expect(unknown.json().issues).toEqual([expect.objectContaining({ message: "unknown field 'salary'" })]);
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('editing', () => {
    it('updates a person, audits only what changed, and moves them to their new manager’s scope', async () => {
      const id = org.people.staffA2.id;
      const old = await personRow(id);
      const res = await hr.request('PATCH', `/api/v1/people/${id}`, {
        nameZh: '李美玲',
        managerId: org.people.supB.id,
        status: 'on_leave',
        email: old.email, // unchanged: not in the audit diff
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(Object.keys(res.json()).sort()).toEqual(Object.keys(Person.properties).sort());
      expect(res.json()).toMatchObject({
        nameZh: '李美玲',
        managerId: org.people.supB.id,
        status: 'on_leave',
      });
      expect(await personRow(id)).toMatchObject({
        nameZh: '李美玲',
        managerId: org.people.supB.id,
        status: 'on_leave',
        employeeNumber: old.employeeNumber,
        orgUnitId: old.orgUnitId,
      });
      const audit = await auditOf(id, 'person.updated');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorUserId: org.people.hr.userId,
        subjectPersonId: id,
        requestId: res.headers['x-request-id'],
        before: { nameZh: old.nameZh, managerId: org.people.supA.id, status: 'active' },
        after: { nameZh: '李美玲', managerId: org.people.supB.id, status: 'on_leave' },
      });
      expect(Object.keys(audit[0]!.after as object).sort()).toEqual(['managerId', 'nameZh', 'status']);
      // the reporting line decides scope
      expect((await clients.supA.request('GET', `/api/v1/people/${id}`)).statusCode).toBe(404);
      expect((await clients.supB.request('GET', `/api/v1/people/${id}`)).statusCode).toBe(200);
      expect((await clients.manager.request('GET', `/api/v1/people/${id}`)).statusCode).toBe(200);
      // clearing fields
      const cleared = await hr.request('PATCH', `/api/v1/people/${id}`, { email: null, managerId: null });
      expect(cleared.json()).toMatchObject({ email: null, managerId: null, managerName: null });
      expect((await clients.supB.request('GET', `/api/v1/people/${id}`)).statusCode).toBe(404);
    });

    it('refuses bad updates with a clear code and changes nothing', async () => {
      const before = await snapshot();
      const a1 = org.people.staffA1.id;
      const b1 = await personRow(org.people.staffB1.id);
      const cases: [string, string, unknown, number, string][] = [
        ['empty body', a1, {}, 400, 'validation'],
        ['unknown field', a1, { nameZh: 'x', salary: 1 }, 400, 'validation'],
        ['own manager', a1, { managerId: a1 }, 400, 'person.manager_cycle'],
        ['loop through reports', org.people.manager.id, { managerId: a1 }, 400, 'person.manager_cycle'],
        ['direct loop', org.people.supA.id, { managerId: a1 }, 400, 'person.manager_cycle'],
        ['no such manager', a1, { managerId: NO_SUCH_ID }, 400, 'person.not_found'],
        ['no such unit', a1, { orgUnitId: NO_SUCH_ID }, 400, 'org_unit.not_found'],
        ['no such role', a1, { jobRoleId: NO_SUCH_ID }, 400, 'job_role.not_found'],
        ['null unit', a1, { orgUnitId: null }, 400, 'validation'],
        ['taken number', a1, { employeeNumber: b1.employeeNumber }, 409, 'person.employee_number_taken'],
        ['taken e-mail', a1, { email: b1.email!.toUpperCase() }, 409, 'person.email_taken'],
        ['no such person', NO_SUCH_ID, { nameZh: 'x' }, 404, 'person.not_found'],
        ['not a uuid', 'abc', { nameZh: 'x' }, 400, 'validation'],
      ];
      for (const [name, id, payload, status, code] of cases) {
        const res = await hr.request('PATCH', `/api/v1/people/${id}`, payload);
        expect([name, res.statusCode, res.json().code]).toEqual([name, status, code]);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('lets only hr_admin and admin create or edit: everyone else gets 403 whatever the record, and nothing changes', async () => {
      const before = await snapshot();
      for (const who of ['manager', 'supA', 'staffA1', 'assessorA'] as const) {
        const c = clients[who];
        const create = await c.request('POST', '/api/v1/people', {
          employeeNumber: 'NOPE1',
          givenNameEn: 'A',
          familyNameEn: 'B',
          orgUnitId: org.units.teamA.id,
        });
        expect([who, create.statusCode, create.json().code]).toEqual([who, 403, 'auth.forbidden']);
        // own record, a report, a stranger and no one at all answer the same: no probing
        for (const target of [org.people[who].id, org.people.staffA1.id, org.people.staffX1.id, NO_SUCH_ID]) {
          const res = await c.request('PATCH', `/api/v1/people/${target}`, { nameZh: '改' });
          expect([who, target, res.statusCode, res.json().code]).toEqual([
            who,
            target,
            403,
            'auth.forbidden',
          ]);
        }
      }
      expect(await snapshot()).toEqual(before);
      const byAdmin = await clients.admin.request('PATCH', `/api/v1/people/${org.people.staffX1.id}`, {
        hireDate: '2020-01-06',
      });
      expect(byAdmin.statusCode).toBe(200);
      const [audit] = await auditOf(org.people.staffX1.id, 'person.updated');
      expect(audit).toMatchObject({
        actorUserId: org.people.admin.userId,
        before: { hireDate: null },
        after: { hireDate: '2020-01-06' },
      });
    });
  });

  it('serves the roster template to hr_admin only', async () => {
    const res = await hr.request('GET', '/api/v1/people/import/template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    const [header, example] = res.body.split('\r\n');
    expect(header).toBe(ROSTER_COLUMNS.join(','));
    expect(example?.split(',')).toHaveLength(ROSTER_COLUMNS.length);
    for (const who of ['supA', 'manager', 'staffA1'] as const) {
      const r = await clients[who].request('GET', '/api/v1/people/import/template');
      expect([who, r.statusCode, r.json().code]).toEqual([who, 403, 'auth.forbidden']);
    }
  });
});
