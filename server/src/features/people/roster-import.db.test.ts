import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS, RosterImportResult } from '@frontline/contract';
import {
  anonymousClient,
  createTestApp,
  loginClient,
  type Client,
  type TestApp,
} from '../../../test/http.js';
import { makeOrg, PASSWORD, type Org } from '../../../test/factories.js';

type Column = (typeof ROSTER_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;
const IMPORT = '/api/v1/people/import';

/** A roster file with every column, in template order. */
function roster(rows: Row[], opts: { bom?: boolean; eol?: string } = {}): string {
  const eol = opts.eol ?? '\n';
  const lines = [
    ROSTER_COLUMNS.join(','),
    ...rows.map((r) => ROSTER_COLUMNS.map((c) => r[c] ?? '').join(',')),
  ];
  return `${opts.bom ? '\uFEFF' : ''}${lines.join(eol)}${eol}`;
}
interface Issue {
  row?: number;
  column?: string;
  message: string;
  path: string;
}
const rowCol = (issues: Issue[]) => issues.map((i) => `${i.row}:${i.column}`);

describe('roster import over HTTP', () => {
  let t: TestApp;
  let org: Org;
  let hr: Client;
  let unitA: string;
  let unitB: string;
  let supANumber: string;

  const snapshot = async () => ({
    people: await t.database.db.selectFrom('person').selectAll().orderBy('id').execute(),
    audit: await t.database.db.selectFrom('auditEvent').select(['id', 'action']).orderBy('id').execute(),
  });
  const byNumber = (n: string) =>
    t.database.db.selectFrom('person').selectAll().where('employeeNumber', '=', n).executeTakeFirstOrThrow();
  const auditSince = (id: number) =>
    t.database.db.selectFrom('auditEvent').selectAll().where('id', '>', id).orderBy('id').execute();
  const lastAuditId = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('auditEvent')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirstOrThrow()
      ).id ?? 0,
    );
  /** Posts a file that must be refused with 422, and checks that nothing changed. */
  async function refused(csv: string, query = ''): Promise<Issue[]> {
    const before = await snapshot();
    const res = await hr.request('POST', `${IMPORT}${query}`, csv);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 422, code: 'person.import_invalid' });
    expect(res.json().detail).toMatch(/nothing was imported/);
    expect(await snapshot()).toEqual(before);
    return res.json().issues as Issue[];
  }

  // Three new people; R1 reports to R2, who appears later in the file; R2 reports to supA (already here).
  const file = (): Row[] => [
    {
      employee_number: 'R1',
      given_name_en: 'Ka Man',
      family_name_en: 'Wong',
      name_zh: '黃嘉敏',
      email: 'KM.Wong@Example.com',
      org_unit_code: unitA,
      manager_employee_number: 'R2',
      job_role_code: org.role.code,
      employment_type: 'part_time',
      hire_date: '2024-02-29',
      status: 'active',
    },
    {
      employee_number: 'R2',
      given_name_en: 'Wai Kit',
      family_name_en: 'Lee',
      name_zh: '李偉傑',
      org_unit_code: unitA,
      manager_employee_number: supANumber,
    },
    {
      employee_number: 'R3',
      given_name_en: 'Siu Fong',
      family_name_en: 'Cheung',
      name_zh: '張小芳',
      org_unit_code: unitB,
    },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    org = await makeOrg(t.services);
    hr = await loginClient(t.app, org.people.hr.email, PASSWORD);
    unitA = org.units.teamA.code;
    unitB = org.units.teamB.code;
    supANumber = (await byNumberOfId(org.people.supA.id)).employeeNumber;
  });
  afterAll(() => t.close());
  const byNumberOfId = (id: string) =>
    t.database.db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('answers 401 anonymous and 403 to anyone without people.import, and changes nothing', async () => {
    const before = await snapshot();
    const csv = roster(file());
    const anon = await anonymousClient(t.app);
    const a = await anon.request('POST', IMPORT, csv);
    expect([a.statusCode, a.json().code]).toEqual([401, 'auth.unauthenticated']);
    const after401 = await snapshot();
    expect(after401).toEqual(before);
    for (const who of ['supA', 'manager', 'staffA1', 'assessorA'] as const) {
      const c = await loginClient(t.app, org.people[who].email, PASSWORD);
      const mark = await snapshot();
      for (const q of ['', '?dryRun=true']) {
        const res = await c.request('POST', `${IMPORT}${q}`, csv);
        expect([who, q, res.statusCode, res.json().code]).toEqual([who, q, 403, 'auth.forbidden']);
      }
      expect(await snapshot()).toEqual(mark);
    }
  });

  it('refuses a request that is not a CSV upload, or a bad query, and changes nothing', async () => {
    const before = await snapshot();
    const csv = roster(file());
    for (const [name, res, status, code] of [
      ['dryRun=maybe', await hr.request('POST', `${IMPORT}?dryRun=maybe`, csv), 400, 'validation'],
      ['unknown param', await hr.request('POST', `${IMPORT}?mode=replace`, csv), 400, 'validation'],
      ['JSON body', await hr.request('POST', IMPORT, { rows: [] }), 400, 'validation'],
      ['empty body', await hr.request('POST', IMPORT, ''), 400, 'validation'],
      [
        'octet-stream',
        // Raw bytes are for /api/v1/imports; the roster route wants text/csv and says so.
        await hr.request('POST', IMPORT, csv, { 'content-type': 'application/octet-stream' }),
        400,
        'validation',
      ],
    ] as const) {
      expect([name, res.statusCode], res.body).toEqual([name, status]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      if (code) expect(res.json().code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file over the upload limit with 413', async () => {
    const small = await createTestApp({ database: t.database, config: { maxUploadBytes: 2048 } });
    try {
      const c = await loginClient(small.app, org.people.hr.email, PASSWORD);
      const before = await snapshot();
      const big = roster(
        Array.from({ length: 200 }, (_, i) => ({
          employee_number: `BIG${i}`,
          given_name_en: 'A',
          family_name_en: 'B',
          org_unit_code: unitA,
        })),
      );
      expect(big.length).toBeGreaterThan(2048);
      const res = await c.request('POST', IMPORT, big);
      expect([res.statusCode, res.json().code]).toEqual([413, 'payload_too_large']);
      expect(await snapshot()).toEqual(before);
    } finally {
      await small.close();
    }
  });

  it('refuses a file with one bad row, reporting row and column, and writes nothing', async () => {
    const rows = file();
    rows[1] = { ...rows[1]!, hire_date: '2026-02-30' };
    expect(await refused(roster(rows))).toEqual([
      { row: 2, column: 'hire_date', path: '/rows/2/hire_date', message: 'a date as YYYY-MM-DD' },
    ]);
    // a dry run is refused the same way
    expect(rowCol(await refused(roster(rows), '?dryRun=true'))).toEqual(['2:hire_date']);
  });

  it('reports every shape problem and every unknown reference at once, and writes nothing', async () => {
    const shape = file();
    shape[0] = { ...shape[0]!, employment_type: 'permanent' };
    shape[2] = { ...shape[2]!, email: 'not-an-email', status: 'gone' };
    expect(rowCol(await refused(roster(shape)))).toEqual(['1:employment_type', '3:email', '3:status']);

    const refs = file();
    refs[0] = { ...refs[0]!, job_role_code: 'NO-SUCH-ROLE' };
    refs[1] = { ...refs[1]!, manager_employee_number: 'NOBODY' };
    refs[2] = { ...refs[2]!, org_unit_code: 'NO-SUCH-UNIT' };
    const issues = await refused(roster(refs));
    expect(rowCol(issues)).toEqual(['1:job_role_code', '2:manager_employee_number', '3:org_unit_code']);
    expect(issues.map((i) => i.message)).toEqual([
      "no job role with code 'NO-SUCH-ROLE'",
      "no person with employee number 'NOBODY'",
      "no org unit with code 'NO-SUCH-UNIT'",
    ]);
  });

  it('refuses an e-mail that belongs to another person, whatever its case', async () => {
    const rows = file();
    rows[2] = { ...rows[2]!, email: org.people.staffB1.email.toUpperCase() };
    const [issue, ...rest] = await refused(roster(rows));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      row: 3,
      column: 'email',
      message: expect.stringMatching(/^already used by employee /),
    });
  });

  it('refuses an unreadable file with a clear problem', async () => {
    const issues = await refused(`${ROSTER_COLUMNS.join(',')}\nR1,"Ka Man,Wong,,,${unitA},,,,,\n`);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^Not a readable CSV file/);
    // an empty body is a 400 (see above); a file of only a BOM and a line break is a 422
    const blank = await refused('\uFEFF\r\n');
    expect(blank.map((i) => i.message)).toEqual(['The file is empty.']);
  });

  it('changes nothing on a dry run, then imports the same file: BOM, CRLF, Chinese names, later managers', async () => {
    const csv = roster(file(), { bom: true, eol: '\r\n' });
    const before = await snapshot();
    const dry = await hr.request('POST', `${IMPORT}?dryRun=true`, csv);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toEqual({ dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect(Object.keys(dry.json()).sort()).toEqual(Object.keys(RosterImportResult.properties).sort());
    expect(await snapshot()).toEqual(before);

    const mark = await lastAuditId();
    const res = await hr.request('POST', `${IMPORT}?dryRun=false`, csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ dryRun: false, rows: 3, created: 3, updated: 0, unchanged: 0 });

    const [r1, r2, r3] = [await byNumber('R1'), await byNumber('R2'), await byNumber('R3')];
    expect(r1).toMatchObject({
      givenNameEn: 'Ka Man',
      familyNameEn: 'Wong',
      nameZh: '黃嘉敏',
      email: 'km.wong@example.com',
      orgUnitId: org.units.teamA.id,
      managerId: r2.id,
      jobRoleId: org.role.id,
      employmentType: 'part_time',
      hireDate: '2024-02-29',
      status: 'active',
    });
    expect(r2).toMatchObject({
      nameZh: '李偉傑',
      managerId: org.people.supA.id,
      email: null,
      employmentType: 'full_time',
    });
    expect(r3).toMatchObject({
      nameZh: '張小芳',
      managerId: null,
      orgUnitId: org.units.teamB.id,
      jobRoleId: null,
    });

    const audit = await auditSince(mark);
    expect(audit.map((a) => a.action).sort()).toEqual([
      'person.created',
      'person.created',
      'person.created',
      'person.roster_imported',
    ]);
    for (const a of audit) expect(a.actorUserId).toBe(org.people.hr.userId);
    const createdR1 = audit.find((a) => a.action === 'person.created' && a.entityId === r1.id);
    expect(createdR1).toMatchObject({
      entityType: 'person',
      subjectPersonId: r1.id,
      before: null,
      after: expect.objectContaining({
        employeeNumber: 'R1',
        nameZh: '黃嘉敏',
        managerId: r2.id,
        orgUnitId: org.units.teamA.id,
        source: 'roster_import',
      }),
    });
    expect(audit.at(-1)).toMatchObject({
      action: 'person.roster_imported',
      entityType: 'roster_import',
      after: { dryRun: false, rows: 3, created: 3, updated: 0, unchanged: 0 },
    });

    // the supervisor now sees R2 and R1 (through R2) but not R3
    const sup = await loginClient(t.app, org.people.supA.email, PASSWORD);
    expect((await sup.request('GET', `/api/v1/people/${r1.id}`)).statusCode).toBe(200);
    expect((await sup.request('GET', `/api/v1/people/${r3.id}`)).statusCode).toBe(404);
    expect((await sup.request('GET', `/api/v1/people/${r1.id}`)).json().nameZh).toBe('黃嘉敏');
  });

  it('re-imports the same file as unchanged: no writes, only the summary in the audit log', async () => {
    const before = await snapshot();
    const res = await hr.request('POST', IMPORT, roster(file(), { bom: true, eol: '\r\n' }));
    expect(res.json()).toEqual({ dryRun: false, rows: 3, created: 0, updated: 0, unchanged: 3 });
    const after = await snapshot();
    expect(after.people).toEqual(before.people); // updated_at too
    expect(after.audit.slice(before.audit.length).map((a) => a.action)).toEqual(['person.roster_imported']);
    // the same with LF endings and no BOM: the file means the same thing
    const lf = await hr.request('POST', IMPORT, roster(file()));
    expect(lf.json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('updates changed people by employee number and audits only what changed', async () => {
    const rows = file();
    rows[2] = { ...rows[2]!, name_zh: '張小芬', manager_employee_number: 'R2', status: 'on_leave' };
    const r3 = await byNumber('R3');
    const r2 = await byNumber('R2');
    const mark = await lastAuditId();
    const res = await hr.request('POST', IMPORT, roster(rows));
    expect(res.json()).toEqual({ dryRun: false, rows: 3, created: 0, updated: 1, unchanged: 2 });
    expect(await byNumber('R3')).toMatchObject({ nameZh: '張小芬', managerId: r2.id, status: 'on_leave' });
    const audit = await auditSince(mark);
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ['person.updated', r3.id],
      ['person.roster_imported', null],
    ]);
    expect(audit[0]).toMatchObject({
      actorUserId: org.people.hr.userId,
      subjectPersonId: r3.id,
      before: { nameZh: '張小芳', managerId: null, status: 'active' },
      after: { nameZh: '張小芬', managerId: r2.id, status: 'on_leave' },
    });
    expect(Object.keys(audit[0]!.after as object).sort()).toEqual(['managerId', 'nameZh', 'status']);
  });

  it('leaves alone what a file without a column does not mention, and clears what an empty cell does', async () => {
    const b1 = await byNumberOfId(org.people.staffB1.id);
    expect(b1.managerId).toBe(org.people.supB.id);
    expect(b1.email).not.toBeNull();
    expect(b1.nameZh).not.toBeNull();
    const mark = await lastAuditId();
    // only the required columns: a move to team A, nothing else
    const moveOnly = [
      'employee_number,given_name_en,family_name_en,org_unit_code',
      `${b1.employeeNumber},${b1.givenNameEn},${b1.familyNameEn},${unitA}`,
    ].join('\n');
    const res = await hr.request('POST', IMPORT, `${moveOnly}\n`);
    expect(res.json()).toEqual({ dryRun: false, rows: 1, created: 0, updated: 1, unchanged: 0 });
    const moved = await byNumberOfId(b1.id);
    expect(moved).toMatchObject({
      orgUnitId: org.units.teamA.id,
      email: b1.email,
      nameZh: b1.nameZh,
      managerId: b1.managerId,
      jobRoleId: b1.jobRoleId,
      hireDate: b1.hireDate,
    });
    const [audit] = await auditSince(mark);
    expect(audit).toMatchObject({
      action: 'person.updated',
      entityId: b1.id,
      before: { orgUnitId: org.units.teamB.id },
      after: { orgUnitId: org.units.teamA.id },
    });
    expect(Object.keys(audit!.after as object)).toEqual(['orgUnitId']);
    // a column that is there but empty clears the value
    const clear = [
      'employee_number,given_name_en,family_name_en,org_unit_code,name_zh,manager_employee_number',
      `${b1.employeeNumber},${b1.givenNameEn},${b1.familyNameEn},${unitB},,`,
    ].join('\n');
    expect((await hr.request('POST', IMPORT, clear)).json()).toMatchObject({ updated: 1 });
    expect(await byNumberOfId(b1.id)).toMatchObject({
      orgUnitId: org.units.teamB.id,
      nameZh: null,
      managerId: null,
      email: b1.email,
      jobRoleId: b1.jobRoleId,
    });
  });

  it('refuses a loop in the file’s reporting lines and changes nothing', async () => {
    const loop = roster([
      {
        employee_number: 'L1',
        given_name_en: 'A',
        family_name_en: 'Loop',
        org_unit_code: unitA,
        manager_employee_number: 'L2',
      },
      {
        employee_number: 'L2',
        given_name_en: 'B',
        family_name_en: 'Loop',
        org_unit_code: unitA,
        manager_employee_number: 'L3',
      },
      {
        employee_number: 'L3',
        given_name_en: 'C',
        family_name_en: 'Loop',
        org_unit_code: unitA,
        manager_employee_number: 'L1',
      },
    ]);
    const issues = await refused(loop);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      column: 'manager_employee_number',
      message: expect.stringMatching(/loop/),
    });
    expect([1, 2, 3]).toContain(issues[0]?.row);
    expect(
      await t.database.db.selectFrom('person').select('id').where('familyNameEn', '=', 'Loop').execute(),
    ).toEqual([]);
    // a dry run finds the same loop
    expect(rowCol(await refused(loop, '?dryRun=true'))).toEqual(rowCol(issues));
  });

  it('refuses a loop through people already in the database, pointing at the file’s row', async () => {
    // R2 reports to supA; making supA report to R1 (who reports to R2) closes a loop.
    const supA = await byNumberOfId(org.people.supA.id);
    const rows = [
      ...file(),
      {
        employee_number: supA.employeeNumber,
        given_name_en: supA.givenNameEn,
        family_name_en: supA.familyNameEn,
        name_zh: supA.nameZh ?? '',
        email: supA.email ?? '',
        org_unit_code: unitA,
        manager_employee_number: 'R1',
      },
    ];
    const issues = await refused(roster(rows));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      column: 'manager_employee_number',
      message: expect.stringMatching(/loop/),
    });
    // the loop is supA → R1 → R2 → supA: every one of them is in the file (rows 4, 1, 2)
    expect([1, 2, 4]).toContain(issues[0]?.row);
  });

  it('names a file row even when the loop it closes runs mostly through people not in the file', async () => {
    // Only the manager is in the file; the rest of the loop (staffA1 → supA → manager) is already stored.
    const m = await byNumberOfId(org.people.manager.id);
    const a1 = await byNumberOfId(org.people.staffA1.id);
    const csv = roster([
      {
        employee_number: m.employeeNumber,
        given_name_en: m.givenNameEn,
        family_name_en: m.familyNameEn,
        name_zh: m.nameZh ?? '',
        email: m.email ?? '',
        org_unit_code: org.units.storeA.code,
        manager_employee_number: a1.employeeNumber,
      },
    ]);
    const issues = await refused(csv);
    expect(issues).toEqual([
      {
        row: 1,
        column: 'manager_employee_number',
        path: '/rows/1/manager_employee_number',
        message: expect.stringMatching(/loop/),
      },
    ]);
  });
});
