import { describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS } from '@frontline/contract';
import { parseRoster } from './roster-import.service.js';

const HEADER = ROSTER_COLUMNS.join(',');
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
/** The issues as "row:column message" (row and column left out when absent). */
const issuesOf = (text: string) =>
  parseRoster(text).issues.map((i) => `${i.row ?? '-'}:${i.column ?? '-'} ${i.message}`);

describe('parseRoster', () => {
  it('reads every column of a full row, with empty cells as null and e-mails lower-cased', () => {
    const { rows, issues } = parseRoster(
      csv(
        HEADER,
        'E1001,Ka Yan,Chan,陳嘉欣,KaYan.Chan@Example.COM,ST-01,E1000,SALES,part_time,2024-02-29,on_leave',
        'E1002, Wai Kit ,Lee,,,ST-01,,,,,',
      ),
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        row: 1,
        employeeNumber: 'E1001',
        givenNameEn: 'Ka Yan',
        familyNameEn: 'Chan',
        nameZh: '陳嘉欣',
        email: 'kayan.chan@example.com',
        orgUnitCode: 'ST-01',
        managerEmployeeNumber: 'E1000',
        jobRoleCode: 'SALES',
        employmentType: 'part_time',
        hireDate: '2024-02-29',
        status: 'on_leave',
      },
      {
        row: 2,
        employeeNumber: 'E1002',
        givenNameEn: 'Wai Kit',
        familyNameEn: 'Lee',
        nameZh: null,
        email: null,
        orgUnitCode: 'ST-01',
        managerEmployeeNumber: null,
        jobRoleCode: null,
        employmentType: null,
        hireDate: null,
        status: null,
      },
    ]);
  });

  it('accepts a UTF-8 BOM, CRLF line endings, header case and spacing, and columns in any order', () => {
    const text =
      '\uFEFF Org_Unit_Code ,FAMILY_NAME_EN,given_name_en,Employee_Number,name_zh\r\n' +
      'ST-01,Wong,Ka Man,E7,黃嘉敏\r\n' +
      'ST-02,Lee,Wai,E8,李偉\r\n';
    const { rows, issues, columns } = parseRoster(text);
    expect(issues).toEqual([]);
    expect(columns).toEqual([
      'org_unit_code',
      'family_name_en',
      'given_name_en',
      'employee_number',
      'name_zh',
    ]);
    expect(
      rows.map((r) => [r.row, r.employeeNumber, r.givenNameEn, r.familyNameEn, r.orgUnitCode, r.nameZh]),
    ).toEqual([
      [1, 'E7', 'Ka Man', 'Wong', 'ST-01', '黃嘉敏'],
      [2, 'E8', 'Wai', 'Lee', 'ST-02', '李偉'],
    ]);
  });

  it('keeps quoted commas, quotes and line breaks inside a cell', () => {
    const { rows, issues } = parseRoster(
      csv(
        'employee_number,given_name_en,family_name_en,org_unit_code',
        'E1,"Ka ""Kay"" Yan","Chan, Jr.",ST-01',
      ),
    );
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ givenNameEn: 'Ka "Kay" Yan', familyNameEn: 'Chan, Jr.' });
  });

  it('refuses an empty file, a header without rows, and a file that is not CSV', () => {
    expect(issuesOf('')).toEqual(['-:- The file is empty.']);
    expect(issuesOf('\uFEFF')).toEqual(['-:- The file is empty.']);
    expect(issuesOf(csv(HEADER))).toEqual(['-:- The file has a header but no rows.']);
    const unclosed = parseRoster(csv(HEADER, 'E1,"Ka,Chan,,,ST-01,,,,,'));
    expect(unclosed.rows).toEqual([]);
    expect(unclosed.issues).toHaveLength(1);
    expect(unclosed.issues[0]?.message).toMatch(/^Not a readable CSV file: /);
    const ragged = parseRoster(
      csv('employee_number,given_name_en,family_name_en,org_unit_code', 'E1,Ka,Chan,ST-01', 'E2,Wai,Lee'),
    );
    expect(ragged.rows).toEqual([]);
    expect(ragged.issues).toMatchObject([
      { row: 2, message: expect.stringMatching(/Not a readable CSV file/) },
    ]);
  });

  it('refuses unknown, missing and repeated columns before looking at any row', () => {
    expect(
      issuesOf(csv('employee_number,given_name_en,family_name_en,org_unit_code,salary', 'E1,Ka,Chan,ST,1')),
    ).toEqual(["-:salary unknown column 'salary'"]);
    expect(issuesOf(csv('employee_number,given_name_en', 'E1,Ka'))).toEqual([
      "-:family_name_en missing required column 'family_name_en'",
      "-:org_unit_code missing required column 'org_unit_code'",
    ]);
    expect(
      issuesOf(
        csv(
          'employee_number,given_name_en,family_name_en,org_unit_code,Email,email',
          'E1,Ka,Chan,ST,a@b.hk,c@d.hk',
        ),
      ),
    ).toEqual(["-:email column 'email' appears twice"]);
  });

  it('reports every bad cell with its row and column', () => {
    const text = csv(
      HEADER,
      ',Ka,Chan,,,ST-01,,,,,', // 1: no employee number
      'E 2,,Chan,,,ST-01,,,,,', // 2: bad employee number, no given name
      `E3,${'x'.repeat(101)},${'y'.repeat(101)},${'中'.repeat(101)},not-an-email,,,,,,`, // 3: too long ×3, email, unit
      'E4,Ka,Chan,,,ST-01,,,permanent,2026-02-30,retired', // 4: type, date, status
      'E5,Ka,Chan,,,ST-01,E5,,,01/03/2024,', // 5: self-manager, date format
      'E6,Ka,Chan,,,ST-01,,,,2025-02-29,', // 6: not a leap year
      'E6,Ka,Chan,,,ST-01,,,,,', // 7: duplicate employee number
      `E${'9'.repeat(40)},Ka,Chan,,,ST-01,,,,,`, // 8: 41 characters
    );
    expect(issuesOf(text)).toEqual([
      '1:employee_number required',
      '2:employee_number letters, digits, dot, dash or underscore, at most 40',
      '2:given_name_en required',
      '3:given_name_en at most 100 characters',
      '3:family_name_en at most 100 characters',
      '3:name_zh at most 100 characters',
      '3:email not an e-mail address',
      '3:org_unit_code required',
      '4:employment_type one of full_time, part_time, casual, contract',
      '4:status one of active, on_leave, left',
      '4:hire_date a date as YYYY-MM-DD',
      '5:hire_date a date as YYYY-MM-DD',
      '5:manager_employee_number a person cannot manage themselves',
      '6:hire_date a date as YYYY-MM-DD',
      '7:employee_number duplicate of row 6',
      '8:employee_number letters, digits, dot, dash or underscore, at most 40',
    ]);
    const issue = parseRoster(text).issues.find((i) => i.row === 4 && i.column === 'status');
    expect(issue?.path).toBe('/rows/4/status');
  });

  it('refuses the same e-mail twice in a file whatever its case', () => {
    expect(
      issuesOf(csv(HEADER, 'E1,Ka,Chan,,Kay@Example.com,ST,,,,,', 'E2,Wai,Lee,,kay@example.COM,ST,,,,,')),
    ).toEqual(['2:email duplicate of row 1']);
  });

  it('keeps Chinese names up to 100 characters intact', () => {
    const name = '陳'.repeat(100);
    const { rows, issues } = parseRoster(csv(HEADER, `E1,Ka,Chan,${name},,ST,,,,,`));
    expect(issues).toEqual([]);
    expect(rows[0]?.nameZh).toBe(name);
  });

  it('accepts every employment type and status the contract knows', () => {
    const { issues } = parseRoster(
      csv(
        HEADER,
        'E1,A,B,,,ST,,,full_time,,active',
        'E2,A,B,,,ST,,,part_time,,on_leave',
        'E3,A,B,,,ST,,,casual,,left',
        'E4,A,B,,,ST,,,contract,,',
      ),
    );
    expect(issues).toEqual([]);
  });
});
