import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginClient, type Client, type TestApp } from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';

describe('people and the roster import over HTTP', () => {
  let t: TestApp;
  let org: Org;
  let hr: Client;
  const count = async (table: 'person' | 'auditEvent') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
  });
  afterAll(() => t.close());

  it('creates a person, audits it, and refuses bad input without changing anything', async () => {
    const body = {
      employeeNumber: 'N100',
      givenNameEn: 'Siu Ming',
      familyNameEn: 'Chan',
      nameZh: '陳小明',
      email: 'sm.chan@example.com',
      orgUnitId: org.units.teamA.id,
      managerId: org.people.supA.id,
    };
    const created = await hr.request('POST', '/api/v1/people', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      nameEn: 'Siu Ming Chan',
      nameZh: '陳小明',
      managerId: org.people.supA.id,
    });
    const audit = await t.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .where('entityId', '=', created.json().id)
      .execute();
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([['person.created', org.people.hr.userId]]);

    const [people, events] = [await count('person'), await count('auditEvent')];
    const cases: [unknown, number, string][] = [
      [{ ...body, employeeNumber: 'N100', email: null }, 409, 'person.employee_number_taken'],
      [{ ...body, employeeNumber: 'N101' }, 409, 'person.email_taken'],
      [
        {
          ...body,
          employeeNumber: 'N102',
          email: 'x@example.com',
          orgUnitId: '00000000-0000-4000-8000-000000000000',
        },
        400,
        'org_unit.not_found',
      ],
      [{ ...body, employeeNumber: 'N103', email: 'not an e-mail' }, 400, 'validation'],
      [{ ...body, employeeNumber: 'N104', email: 'y@example.com', salary: 1 }, 400, 'validation'],
      [{ ...body, employeeNumber: 'N105', email: 'z@example.com', hireDate: 20240101 }, 400, 'validation'],
    ];
    for (const [b, status, code] of cases) {
      const res = await hr.request('POST', '/api/v1/people', b);
      expect([res.statusCode, res.json().code], JSON.stringify(b)).toEqual([status, code]);
    }
    expect(await count('person')).toBe(people);
    expect(await count('auditEvent')).toBe(events);
  });

  it('refuses a reporting line that would loop', async () => {
    const res = await hr.request('PATCH', `/api/v1/people/${org.people.manager.id}`, {
      managerId: org.people.staffA1.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('person.manager_cycle');
  });

  const header =
    'employee_number,given_name_en,family_name_en,name_zh,email,org_unit_code,manager_employee_number,job_role_code,employment_type,hire_date,status';

  it('imports a roster with row/column errors first, nothing written until the file is right, then idempotently', async () => {
    const unit = org.units.teamB.code;
    const bad = `${header}\r\nR1,Ka Man,Wong,黃嘉敏,km.wong@example.com,${unit},R2,,full_time,2026-02-30,active\r\nR2,Wai Kit,Lee,李偉傑,,NO-UNIT,,,part_timer,,active\r\n`;
    const [people, events] = [await count('person'), await count('auditEvent')];
    const res = await hr.request('POST', '/api/v1/people/import', bad);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('person.import_invalid');
    expect(res.json().issues.map((i: { row: number; column: string }) => `${i.row}:${i.column}`)).toEqual([
      '1:hire_date',
      '2:employment_type',
    ]);
    expect(await count('person')).toBe(people);
    expect(await count('auditEvent')).toBe(events);

    const badRef = `${header}\nR1,Ka Man,Wong,黃嘉敏,km.wong@example.com,${unit},R2,,full_time,2026-02-28,active\nR2,Wai Kit,Lee,李偉傑,,NO-UNIT,,,part_time,,active\n`;
    const ref = await hr.request('POST', '/api/v1/people/import', badRef);
    expect(ref.json().issues.map((i: { row: number; column: string }) => `${i.row}:${i.column}`)).toEqual([
      '2:org_unit_code',
    ]);
    expect(await count('person')).toBe(people);

    // a UTF-8 BOM, CRLF, and a manager who appears later in the file
    const good = `\uFEFF${header}\r\nR1,Ka Man,Wong,黃嘉敏,km.wong@example.com,${unit},R2,,full_time,2026-02-28,active\r\nR2,Wai Kit,Lee,李偉傑,,${unit},,,part_time,,active\r\n`;
    const dry = await hr.request('POST', '/api/v1/people/import?dryRun=true', good);
    expect(dry.json()).toEqual({ dryRun: true, rows: 2, created: 2, updated: 0, unchanged: 0 });
    expect(await count('person')).toBe(people);
    const done = await hr.request('POST', '/api/v1/people/import', good);
    expect(done.json()).toEqual({ dryRun: false, rows: 2, created: 2, updated: 0, unchanged: 0 });
    const r1 = await t.database.db
      .selectFrom('person')
      .selectAll()
      .where('employeeNumber', '=', 'R1')
      .executeTakeFirstOrThrow();
    const r2 = await t.database.db
      .selectFrom('person')
      .selectAll()
      .where('employeeNumber', '=', 'R2')
      .executeTakeFirstOrThrow();
    expect(r1.managerId).toBe(r2.id);
    expect(r1.nameZh).toBe('黃嘉敏');
    const again = await hr.request('POST', '/api/v1/people/import', good);
    expect(again.json()).toEqual({ dryRun: false, rows: 2, created: 0, updated: 0, unchanged: 2 });
    expect(await count('person')).toBe(people + 2);

    const loop = `${header}\nR1,Ka Man,Wong,,,${unit},R2,,,,\nR2,Wai Kit,Lee,,,${unit},R1,,,,\n`;
    const loopRes = await hr.request('POST', '/api/v1/people/import', loop);
    expect(loopRes.statusCode).toBe(422);
    expect(loopRes.json().issues[0].message).toMatch(/loop/);
    expect(
      (
        await t.database.db
          .selectFrom('person')
          .select('managerId')
          .where('employeeNumber', '=', 'R2')
          .executeTakeFirstOrThrow()
      ).managerId,
    ).toBeNull();
  });

  it('never lets a supervisor import or edit people', async () => {
    const sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    expect(
      (
        await sup.request(
          'POST',
          '/api/v1/people/import',
          `${header}\nX1,A,B,,,${org.units.teamA.code},,,,,\n`,
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await sup.request('PATCH', `/api/v1/people/${org.people.staffA1.id}`, { nameZh: '改' })).statusCode,
    ).toBe(403);
  });
});
