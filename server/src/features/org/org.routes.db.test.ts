import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobRole, OrgUnit } from '@frontline/contract';
import {
  anonymousClient,
  createTestApp,
  loginClient,
  type Client,
  type TestApp,
} from '../../../test/http.js';
import { makeOrg, makeUnit, PASSWORD, type Org } from '../../../test/factories.js';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

describe('org units and job roles over HTTP', () => {
  let t: TestApp;
  let org: Org;
  let hr: Client;
  let admin: Client;
  let sup: Client;
  let staff: Client;

  const snapshot = async () => ({
    units: await t.database.db.selectFrom('orgUnit').selectAll().orderBy('id').execute(),
    roles: await t.database.db.selectFrom('jobRole').selectAll().orderBy('id').execute(),
    people: await t.database.db
      .selectFrom('person')
      .select(['id', 'orgUnitId', 'jobRoleId'])
      .orderBy('id')
      .execute(),
    audit: Number(
      (
        await t.database.db
          .selectFrom('auditEvent')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });
  const auditOf = (entityId: string, action: string) =>
    t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('entityId', '=', entityId)
      .where('action', '=', action)
      .execute();
  const unitKeys = Object.keys(OrgUnit.properties).sort();
  const roleKeys = Object.keys(JobRole.properties).sort();

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
    admin = await loginClient(t.app, org.people.admin.email, PASSWORD);
    sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    staff = await loginClient(t.app, org.people.staffX1.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('answers 401 to an anonymous caller on every route, and changes nothing', async () => {
    const anon = await anonymousClient(t.app);
    const before = await snapshot();
    const u = org.units.teamA.id;
    const r = org.role.id;
    for (const [method, url, body] of [
      ['GET', '/api/v1/org-units'],
      ['GET', `/api/v1/org-units/${u}`],
      ['POST', '/api/v1/org-units', { parentId: null, kind: 'company', code: 'ANON', nameEn: 'Anon' }],
      ['PATCH', `/api/v1/org-units/${u}`, { nameEn: 'Anon' }],
      ['DELETE', `/api/v1/org-units/${u}`],
      ['GET', '/api/v1/job-roles'],
      ['GET', `/api/v1/job-roles/${r}`],
      ['POST', '/api/v1/job-roles', { code: 'ANON', nameEn: 'Anon' }],
      ['PATCH', `/api/v1/job-roles/${r}`, { nameEn: 'Anon' }],
      ['DELETE', `/api/v1/job-roles/${r}`],
    ] as [string, string, unknown?][]) {
      const res = await anon.request(method as 'GET', url, body);
      expect([method, url, res.statusCode, res.json().code]).toEqual([
        method,
        url,
        401,
        'auth.unauthenticated',
      ]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lets anyone signed in read the organisation, with head counts and exactly the declared fields', async () => {
    for (const c of [staff, sup, hr]) {
      const res = await c.request('GET', '/api/v1/org-units');
      expect(res.statusCode).toBe(200);
      const units = res.json() as { id: string; code: string; headcount: number; parentId: string | null }[];
      for (const u of units) expect(Object.keys(u).sort()).toEqual(unitKeys);
      const codes = units.map((u) => u.code);
      expect(codes).toEqual([...codes].sort());
      const teamA = units.find((u) => u.id === org.units.teamA.id);
      expect(teamA).toEqual({
        id: org.units.teamA.id,
        parentId: org.units.storeA.id,
        kind: 'team',
        code: org.units.teamA.code,
        nameEn: org.units.teamA.nameEn,
        nameZh: org.units.teamA.nameZh,
        timezone: 'Asia/Hong_Kong',
        headcount: 4, // supA, staffA1, staffA2, assessorA
      });
      expect(units.find((u) => u.id === org.units.teamX.id)?.headcount).toBe(2);
      expect(units.find((u) => u.id === org.units.storeA.id)?.headcount).toBe(1); // the manager
    }
    const one = await staff.request('GET', `/api/v1/org-units/${org.units.teamB.id}`);
    expect(one.json()).toMatchObject({ id: org.units.teamB.id, headcount: 2 });
    const roles = (await staff.request('GET', '/api/v1/job-roles')).json() as {
      id: string;
      peopleCount: number;
    }[];
    for (const r of roles) expect(Object.keys(r).sort()).toEqual(roleKeys);
    expect(roles.find((r) => r.id === org.role.id)).toMatchObject({
      code: org.role.code,
      performanceStandards: 'CSAT ≥ 90%',
      peopleCount: 1, // staffA1
    });
    const role = await sup.request('GET', `/api/v1/job-roles/${org.role.id}`);
    expect(role.json()).toMatchObject({ id: org.role.id, peopleCount: 1 });
  });

  it('answers 404 with a stable code for an unknown unit or role, and 400 for a malformed id', async () => {
    for (const [url, code] of [
      [`/api/v1/org-units/${NO_SUCH_ID}`, 'org_unit.not_found'],
      [`/api/v1/job-roles/${NO_SUCH_ID}`, 'job_role.not_found'],
    ]) {
      const res = await staff.request('GET', url!);
      expect([res.statusCode, res.json().code]).toEqual([404, code]);
      const patch = await hr.request('PATCH', url!, { nameEn: 'x' });
      expect([patch.statusCode, patch.json().code]).toEqual([404, code]);
      const del = await hr.request('DELETE', url!);
      expect([del.statusCode, del.json().code]).toEqual([404, code]);
    }
    const bad = await staff.request('GET', '/api/v1/org-units/teamA');
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'validation']);
  });

  it('lets only hr_admin and admin change the organisation: others get 403 and nothing changes', async () => {
    const before = await snapshot();
    const mgr = await loginClient(t.app, org.people.manager.email, PASSWORD);
    const mark = await snapshot();
    expect(mark.units).toEqual(before.units);
    for (const c of [staff, sup, mgr]) {
      for (const [method, url, body] of [
        ['POST', '/api/v1/org-units', { parentId: null, kind: 'company', code: 'NOPE', nameEn: 'Nope' }],
        ['PATCH', `/api/v1/org-units/${org.units.teamA.id}`, { nameEn: 'Nope' }],
        ['DELETE', `/api/v1/org-units/${org.units.teamX.id}`],
        ['POST', '/api/v1/job-roles', { code: 'NOPE', nameEn: 'Nope' }],
        ['PATCH', `/api/v1/job-roles/${org.role.id}`, { nameEn: 'Nope' }],
        ['DELETE', `/api/v1/job-roles/${org.role.id}`],
      ] as [string, string, unknown?][]) {
        const res = await c.request(method as 'GET', url, body);
        expect([method, url, res.statusCode, res.json().code]).toEqual([method, url, 403, 'auth.forbidden']);
      }
    }
    expect(await snapshot()).toEqual(mark);
  });

  describe('org units', () => {
    it('creates a unit, answers 201, and audits it with its contents', async () => {
      const res = await hr.request('POST', '/api/v1/org-units', {
        parentId: org.units.storeA.id,
        kind: 'team',
        code: 'ST-A.NIGHT_1',
        nameEn: 'Night shift',
        nameZh: '夜班',
        timezone: 'Asia/Taipei',
      });
      expect(res.statusCode, res.body).toBe(201);
      const unit = res.json();
      expect(Object.keys(unit).sort()).toEqual(unitKeys);
      expect(unit).toMatchObject({
        parentId: org.units.storeA.id,
        kind: 'team',
        code: 'ST-A.NIGHT_1',
        nameZh: '夜班',
        timezone: 'Asia/Taipei',
        headcount: 0,
      });
      const row = await t.database.db
        .selectFrom('orgUnit')
        .selectAll()
        .where('id', '=', unit.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        code: 'ST-A.NIGHT_1',
        nameEn: 'Night shift',
        nameZh: '夜班',
        timezone: 'Asia/Taipei',
      });
      const audit = await auditOf(unit.id, 'org_unit.created');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        entityType: 'org_unit',
        actorUserId: org.people.hr.userId,
        requestId: res.headers['x-request-id'],
        before: null,
        after: unit,
      });
      // default time zone
      const plain = await admin.request('POST', '/api/v1/org-units', {
        parentId: null,
        kind: 'company',
        code: 'OTHER-CO',
        nameEn: 'Other company',
      });
      expect(plain.json()).toMatchObject({ timezone: 'Asia/Hong_Kong', nameZh: null, parentId: null });
    });

    it('refuses bad input with a clear code and changes nothing', async () => {
      const before = await snapshot();
      const ok = { parentId: org.units.storeA.id, kind: 'team', code: 'NEW-1', nameEn: 'New' };
      const cases: [string, unknown, number, string][] = [
        ['taken code', { ...ok, code: org.units.teamA.code }, 409, 'org_unit.code_taken'],
        ['no such parent', { ...ok, parentId: NO_SUCH_ID }, 400, 'org_unit.not_found'],
        ['bad time zone', { ...ok, timezone: 'Mars/Olympus' }, 400, 'validation'],
        ['bad kind', { ...ok, kind: 'department' }, 400, 'validation'],
        ['bad code', { ...ok, code: 'has space' }, 400, 'validation'],
        ['code too long', { ...ok, code: 'C'.repeat(41) }, 400, 'validation'],
        ['empty name', { ...ok, nameEn: '' }, 400, 'validation'],
        ['no parentId', { kind: 'team', code: 'NEW-2', nameEn: 'New' }, 400, 'validation'],
        ['unknown field', { ...ok, budget: 5 }, 400, 'validation'],
      ];
      for (const [name, body, status, code] of cases) {
        const res = await hr.request('POST', '/api/v1/org-units', body);
        expect([name, res.statusCode, res.json().code]).toEqual([name, status, code]);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('updates a unit and audits only what changed', async () => {
      const id = org.units.teamB.id;
      const res = await hr.request('PATCH', `/api/v1/org-units/${id}`, {
        nameZh: '乙隊',
        timezone: 'Asia/Macau',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ id, nameZh: '乙隊', timezone: 'Asia/Macau', headcount: 2 });
      const audit = await auditOf(id, 'org_unit.updated');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorUserId: org.people.hr.userId,
        before: { nameZh: org.units.teamB.nameZh, timezone: 'Asia/Hong_Kong' },
        after: { nameZh: '乙隊', timezone: 'Asia/Macau' },
      });
      expect(Object.keys(audit[0]!.after as object).sort()).toEqual(['nameZh', 'timezone']);
      // moving a unit to another parent
      const moved = await hr.request('PATCH', `/api/v1/org-units/${id}`, { parentId: org.units.storeX.id });
      expect(moved.json().parentId).toBe(org.units.storeX.id);
      await hr.request('PATCH', `/api/v1/org-units/${id}`, { parentId: org.units.storeA.id });
    });

    it('refuses a unit below itself and other bad updates, and changes nothing', async () => {
      const before = await snapshot();
      const cases: [string, string, unknown, number, string][] = [
        ['own parent', org.units.storeA.id, { parentId: org.units.storeA.id }, 400, 'org_unit.cycle'],
        ['below its child', org.units.company.id, { parentId: org.units.teamA.id }, 400, 'org_unit.cycle'],
        [
          'below its grandchild',
          org.units.storeA.id,
          { parentId: org.units.teamB.id },
          400,
          'org_unit.cycle',
        ],
        ['no such parent', org.units.teamA.id, { parentId: NO_SUCH_ID }, 400, 'org_unit.not_found'],
        ['taken code', org.units.teamA.id, { code: org.units.teamB.code }, 409, 'org_unit.code_taken'],
        ['bad time zone', org.units.teamA.id, { timezone: 'Nowhere' }, 400, 'validation'],
        ['empty body', org.units.teamA.id, {}, 400, 'validation'],
        ['unknown field', org.units.teamA.id, { headcount: 9 }, 400, 'validation'],
      ];
      for (const [name, id, body, status, code] of cases) {
        const res = await hr.request('PATCH', `/api/v1/org-units/${id}`, body);
        expect([name, res.statusCode, res.json().code]).toEqual([name, status, code]);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('deletes only an empty unit with no units below it, and audits the deletion', async () => {
      const before = await snapshot();
      for (const [id, code] of [
        [org.units.storeA.id, 'org_unit.has_children'],
        [org.units.teamA.id, 'org_unit.in_use'],
      ] as const) {
        const res = await hr.request('DELETE', `/api/v1/org-units/${id}`);
        expect([res.statusCode, res.json().code]).toEqual([409, code]);
      }
      expect(await snapshot()).toEqual(before);

      const empty = await makeUnit(t.services, org.units.storeX.id);
      const res = await hr.request('DELETE', `/api/v1/org-units/${empty.id}`);
      expect(res.statusCode).toBe(204);
      expect(res.body).toBe('');
      expect(
        await t.database.db.selectFrom('orgUnit').select('id').where('id', '=', empty.id).execute(),
      ).toEqual([]);
      const audit = await auditOf(empty.id, 'org_unit.deleted');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorUserId: org.people.hr.userId,
        before: { id: empty.id, code: empty.code, parentId: org.units.storeX.id },
        after: null,
      });
      expect((await hr.request('GET', `/api/v1/org-units/${empty.id}`)).statusCode).toBe(404);
      expect((await hr.request('DELETE', `/api/v1/org-units/${empty.id}`)).statusCode).toBe(404);
    });
  });

  describe('job roles', () => {
    it('creates a role, answers 201, and audits it', async () => {
      const res = await hr.request('POST', '/api/v1/job-roles', {
        code: 'CS-AGENT',
        nameEn: 'Customer service agent',
        nameZh: '客戶服務員',
        description: 'Answers customers',
        performanceStandards: 'FCR ≥ 75%',
        workOutputs: 'Resolved tickets',
      });
      expect(res.statusCode, res.body).toBe(201);
      const role = res.json();
      expect(Object.keys(role).sort()).toEqual(roleKeys);
      expect(role).toMatchObject({
        code: 'CS-AGENT',
        nameZh: '客戶服務員',
        performanceStandards: 'FCR ≥ 75%',
        peopleCount: 0,
      });
      const audit = await auditOf(role.id, 'job_role.created');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorUserId: org.people.hr.userId,
        entityType: 'job_role',
        before: null,
        after: role,
      });
      const minimal = await admin.request('POST', '/api/v1/job-roles', { code: 'MIN', nameEn: 'Minimal' });
      expect(minimal.json()).toMatchObject({
        description: '',
        performanceStandards: '',
        workOutputs: '',
        nameZh: null,
      });
    });

    it('refuses bad input with a clear code and changes nothing', async () => {
      const before = await snapshot();
      const cases: [string, string, string, unknown, number, string][] = [
        [
          'taken code',
          'POST',
          '/api/v1/job-roles',
          { code: org.role.code, nameEn: 'x' },
          409,
          'job_role.code_taken',
        ],
        ['bad code', 'POST', '/api/v1/job-roles', { code: '-x', nameEn: 'x' }, 400, 'validation'],
        ['no name', 'POST', '/api/v1/job-roles', { code: 'X1' }, 400, 'validation'],
        [
          'unknown field',
          'POST',
          '/api/v1/job-roles',
          { code: 'X2', nameEn: 'x', grade: 3 },
          400,
          'validation',
        ],
        [
          'too long',
          'POST',
          '/api/v1/job-roles',
          { code: 'X3', nameEn: 'x', description: 'd'.repeat(4001) },
          400,
          'validation',
        ],
        [
          'taken code',
          'PATCH',
          `/api/v1/job-roles/${org.role.id}`,
          { code: 'CS-AGENT' },
          409,
          'job_role.code_taken',
        ],
        ['empty body', 'PATCH', `/api/v1/job-roles/${org.role.id}`, {}, 400, 'validation'],
        ['unknown field', 'PATCH', `/api/v1/job-roles/${org.role.id}`, { peopleCount: 0 }, 400, 'validation'],
        ['in use', 'DELETE', `/api/v1/job-roles/${org.role.id}`, undefined, 409, 'job_role.in_use'],
      ];
      for (const [name, method, url, body, status, code] of cases) {
        const res = await hr.request(method as 'GET', url, body);
        expect([name, method, res.statusCode, res.json().code]).toEqual([name, method, status, code]);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('updates a role and audits only what changed; deletes an unused one', async () => {
      const res = await hr.request('PATCH', `/api/v1/job-roles/${org.role.id}`, {
        performanceStandards: 'CSAT ≥ 92%',
        nameEn: org.role.nameEn,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ performanceStandards: 'CSAT ≥ 92%', peopleCount: 1 });
      const [audit] = await auditOf(org.role.id, 'job_role.updated');
      expect(audit).toMatchObject({
        actorUserId: org.people.hr.userId,
        before: { performanceStandards: 'CSAT ≥ 90%' },
        after: { performanceStandards: 'CSAT ≥ 92%' },
      });
      expect(Object.keys(audit!.after as object)).toEqual(['performanceStandards']);

      const created = (
        await hr.request('POST', '/api/v1/job-roles', { code: 'TEMP', nameEn: 'Temporary' })
      ).json();
      const del = await admin.request('DELETE', `/api/v1/job-roles/${created.id}`);
      expect(del.statusCode).toBe(204);
      expect(
        await t.database.db.selectFrom('jobRole').select('id').where('id', '=', created.id).execute(),
      ).toEqual([]);
      const [deleted] = await auditOf(created.id, 'job_role.deleted');
      expect(deleted).toMatchObject({
        actorUserId: org.people.admin.userId,
        before: { id: created.id, code: 'TEMP' },
        after: null,
      });
      expect((await hr.request('GET', `/api/v1/job-roles/${created.id}`)).statusCode).toBe(404);
    });
  });
});
