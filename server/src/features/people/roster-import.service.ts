import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import {
  EMPLOYMENT_TYPES,
  PERSON_STATUSES,
  ROSTER_COLUMNS,
  type EmploymentType,
  type PersonStatus,
  type RosterImportResult,
} from '@frontline/contract';
import type { DB, PersonRow } from '../../db/schema.js';
import type { AnyActor } from '../../access/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { changedFields } from '../audit/audit.service.js';
import type { Clock } from '../../lib/clock.js';
import { Unprocessable, type ErrorIssue } from '../../lib/errors.js';
import { jobRoleRepository, orgUnitRepository } from '../org/org.repository.js';
import { peopleRepository } from './people.repository.js';
import { auditFields } from './people.mapper.js';
import { findManagerCycle } from './people.service.js';

const REQUIRED = ['employee_number', 'given_name_en', 'family_name_en', 'org_unit_code'] as const;
const EMPLOYEE_NUMBER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface RosterRow {
  row: number; // 1-based data row (header excluded)
  employeeNumber: string;
  givenNameEn: string;
  familyNameEn: string;
  nameZh: string | null;
  email: string | null;
  orgUnitCode: string;
  managerEmployeeNumber: string | null;
  jobRoleCode: string | null;
  employmentType: EmploymentType | null;
  hireDate: string | null;
  status: PersonStatus | null;
}

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Parse and check the shape of every row; nothing touches the database here. `columns` are the
 * columns the file has (lower-cased): a column the file leaves out is not changed on import.
 */
export function parseRoster(csv: string): { rows: RosterRow[]; issues: ErrorIssue[]; columns: string[] } {
  const issues: ErrorIssue[] = [];
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      trim: true,
    }) as string[][];
  } catch (err) {
    const e = err as { message: string; lines?: number };
    return {
      rows: [],
      columns: [],
      issues: [
        {
          path: '/',
          message: `Not a readable CSV file: ${e.message}`,
          ...(e.lines ? { row: Math.max(e.lines - 1, 0) } : {}),
        },
      ],
    };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], columns: [], issues: [{ path: '/', message: 'The file is empty.' }] };
  const columns = header.map((h) => h.trim().toLowerCase());
  const known = new Set<string>(ROSTER_COLUMNS);
  for (const c of columns) {
    if (!known.has(c)) issues.push({ path: `/columns/${c}`, column: c, message: `unknown column '${c}'` });
  }
  for (const c of REQUIRED) {
    if (!columns.includes(c)) {
      issues.push({ path: `/columns/${c}`, column: c, message: `missing required column '${c}'` });
    }
  }
  const dup = columns.find((c, i) => columns.indexOf(c) !== i);
  if (dup) issues.push({ path: `/columns/${dup}`, column: dup, message: `column '${dup}' appears twice` });
  if (issues.length > 0) return { rows: [], issues, columns };
  if (data.length === 0) {
    return { rows: [], columns, issues: [{ path: '/', message: 'The file has a header but no rows.' }] };
  }

  const rows: RosterRow[] = [];
  const seenNumbers = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  data.forEach((cells, i) => {
    const row = i + 1;
    const get = (c: string) => {
      const idx = columns.indexOf(c);
      const v = idx >= 0 ? (cells[idx] ?? '').trim() : '';
      return v === '' ? null : v;
    };
    const bad = (column: string, message: string) =>
      issues.push({ row, column, path: `/rows/${row}/${column}`, message });
    const employeeNumber = get('employee_number');
    if (!employeeNumber) bad('employee_number', 'required');
    else if (!EMPLOYEE_NUMBER.test(employeeNumber)) {
      bad('employee_number', 'letters, digits, dot, dash or underscore, at most 40');
    } else if (seenNumbers.has(employeeNumber)) {
      bad('employee_number', `duplicate of row ${seenNumbers.get(employeeNumber)}`);
    } else seenNumbers.set(employeeNumber, row);
    const givenNameEn = get('given_name_en');
    if (!givenNameEn) bad('given_name_en', 'required');
    else if (givenNameEn.length > 100) bad('given_name_en', 'at most 100 characters');
    const familyNameEn = get('family_name_en');
    if (!familyNameEn) bad('family_name_en', 'required');
    else if (familyNameEn.length > 100) bad('family_name_en', 'at most 100 characters');
    const nameZh = get('name_zh');
    if (nameZh && nameZh.length > 100) bad('name_zh', 'at most 100 characters');
    const email = get('email')?.toLowerCase() ?? null;
    if (email && (!EMAIL.test(email) || email.length > 254)) bad('email', 'not an e-mail address');
    else if (email && seenEmails.has(email)) bad('email', `duplicate of row ${seenEmails.get(email)}`);
    else if (email) seenEmails.set(email, row);
    const orgUnitCode = get('org_unit_code');
    if (!orgUnitCode) bad('org_unit_code', 'required');
    const employmentType = get('employment_type');
    if (employmentType && !(EMPLOYMENT_TYPES as readonly string[]).includes(employmentType)) {
      bad('employment_type', `one of ${EMPLOYMENT_TYPES.join(', ')}`);
    }
    const status = get('status');
    if (status && !(PERSON_STATUSES as readonly string[]).includes(status)) {
      bad('status', `one of ${PERSON_STATUSES.join(', ')}`);
    }
    const hireDate = get('hire_date');
    if (hireDate && !isRealDate(hireDate)) bad('hire_date', 'a date as YYYY-MM-DD');
    const managerEmployeeNumber = get('manager_employee_number');
    if (managerEmployeeNumber && managerEmployeeNumber === employeeNumber) {
      bad('manager_employee_number', 'a person cannot manage themselves');
    }
    rows.push({
      row,
      employeeNumber: employeeNumber ?? '',
      givenNameEn: givenNameEn ?? '',
      familyNameEn: familyNameEn ?? '',
      nameZh,
      email,
      orgUnitCode: orgUnitCode ?? '',
      managerEmployeeNumber,
      jobRoleCode: get('job_role_code'),
      employmentType: employmentType as EmploymentType | null,
      hireDate,
      status: status as PersonStatus | null,
    });
  });
  return { rows, issues, columns };
}

class DryRunRollback extends Error {
  constructor(readonly result: RosterImportResult) {
    super('dry run');
  }
}

/**
 * Roster import: every row is checked first (shape, then references against the database);
 * any problem → 422 with row and column, and nothing is written. Otherwise people are created
 * or updated by employee number in one transaction, each change audited. A dry run does all of
 * it and rolls back.
 */
export function createRosterImportService(deps: { db: Kysely<DB>; audit: AuditService; clock: Clock }) {
  const { db, audit, clock } = deps;

  return {
    template(): string {
      return (
        `${ROSTER_COLUMNS.join(',')}\r\n` +
        'E9001,Ka Yan,Chan,陳嘉欣,kayan.chan@example.com,ST-MK-FLOOR,E1003,SALES-ASSOC,full_time,2024-03-01,active\r\n'
      );
    },

    async run(actor: AnyActor, csv: string, dryRun: boolean): Promise<RosterImportResult> {
      const parsed = parseRoster(csv);
      if (parsed.issues.length > 0) {
        throw Unprocessable(
          'person.import_invalid',
          `The roster has ${parsed.issues.length} problem(s); nothing was imported.`,
          parsed.issues,
        );
      }
      const { rows } = parsed;
      const has = (c: (typeof ROSTER_COLUMNS)[number]) => parsed.columns.includes(c);
      try {
        return await db.transaction().execute(async (trx) => {
          const issues: ErrorIssue[] = [];
          const bad = (row: number, column: string, message: string) =>
            issues.push({ row, column, path: `/rows/${row}/${column}`, message });
          const repo = peopleRepository(trx);
          const units = new Map(
            (await orgUnitRepository(trx).findByCodes([...new Set(rows.map((r) => r.orgUnitCode))])).map(
              (u) => [u.code, u.id],
            ),
          );
          const roleCodes = [...new Set(rows.flatMap((r) => (r.jobRoleCode ? [r.jobRoleCode] : [])))];
          const roles = new Map(
            (await jobRoleRepository(trx).findByCodes(roleCodes)).map((j) => [j.code, j.id]),
          );
          const fileNumbers = new Set(rows.map((r) => r.employeeNumber));
          const managerNumbers = [
            ...new Set(rows.flatMap((r) => (r.managerEmployeeNumber ? [r.managerEmployeeNumber] : []))),
          ];
          const existing = new Map<string, PersonRow>(
            (await repo.findByEmployeeNumbers([...new Set([...fileNumbers, ...managerNumbers])])).map((p) => [
              p.employeeNumber,
              p,
            ]),
          );
          const emailOwners = await repo.findByEmails(rows.flatMap((r) => (r.email ? [r.email] : [])));
          for (const r of rows) {
            if (!units.has(r.orgUnitCode)) {
              bad(r.row, 'org_unit_code', `no org unit with code '${r.orgUnitCode}'`);
            }
            if (r.jobRoleCode && !roles.has(r.jobRoleCode)) {
              bad(r.row, 'job_role_code', `no job role with code '${r.jobRoleCode}'`);
            }
            if (
              r.managerEmployeeNumber &&
              !fileNumbers.has(r.managerEmployeeNumber) &&
              !existing.has(r.managerEmployeeNumber)
            ) {
              bad(
                r.row,
                'manager_employee_number',
                `no person with employee number '${r.managerEmployeeNumber}'`,
              );
            }
            const owner = r.email ? emailOwners.find((o) => o.email?.toLowerCase() === r.email) : undefined;
            if (owner && owner.employeeNumber !== r.employeeNumber) {
              bad(r.row, 'email', `already used by employee ${owner.employeeNumber}`);
            }
          }
          if (issues.length > 0) {
            throw Unprocessable(
              'person.import_invalid',
              `The roster has ${issues.length} problem(s); nothing was imported.`,
              issues,
            );
          }

          // Pass 1: create or update everyone (reporting lines after, so order in the file does not matter).
          let created = 0;
          let updated = 0;
          let unchanged = 0;
          const now = clock.now();
          const ids = new Map<string, string>([...existing].map(([n, p]) => [n, p.id]));
          const before = new Map<string, PersonRow>();
          for (const r of rows) {
            // A column the file leaves out keeps what is stored; an empty cell clears it.
            const fields = {
              givenNameEn: r.givenNameEn,
              familyNameEn: r.familyNameEn,
              ...(has('name_zh') ? { nameZh: r.nameZh } : {}),
              ...(has('email') ? { email: r.email } : {}),
              orgUnitId: units.get(r.orgUnitCode) as string,
              ...(has('job_role_code')
                ? { jobRoleId: r.jobRoleCode ? (roles.get(r.jobRoleCode) as string) : null }
                : {}),
              ...(r.employmentType ? { employmentType: r.employmentType } : {}),
              ...(has('hire_date') ? { hireDate: r.hireDate } : {}),
              ...(r.status ? { status: r.status } : {}),
            };
            const current = existing.get(r.employeeNumber);
            if (current) {
              before.set(current.id, current);
              await repo.update(current.id, { ...fields, updatedAt: now });
            } else {
              const { id } = await repo.insert({
                employeeNumber: r.employeeNumber,
                managerId: null,
                nameZh: null,
                email: null,
                jobRoleId: null,
                hireDate: null,
                ...fields,
                createdAt: now,
                updatedAt: now,
              });
              ids.set(r.employeeNumber, id);
            }
          }
          // Pass 2: reporting lines (left alone when the file has no manager column).
          for (const r of has('manager_employee_number') ? rows : []) {
            const id = ids.get(r.employeeNumber) as string;
            const managerId = r.managerEmployeeNumber ? (ids.get(r.managerEmployeeNumber) as string) : null;
            await repo.update(id, { managerId });
          }
          const cycleAt = findManagerCycle(await repo.allManagerLinks());
          if (cycleAt) {
            // Point at the first row of the file that sits in the loop (the loop may also run
            // through people who are not in the file, and `cycleAt` may be one of them).
            const managerOf = new Map((await repo.allManagerLinks()).map((l) => [l.id, l.managerId]));
            const loop = new Set<string>();
            for (
              let cur: string | null | undefined = cycleAt;
              cur && !loop.has(cur);
              cur = managerOf.get(cur)
            ) {
              loop.add(cur);
            }
            const row = rows.find((r) => loop.has(ids.get(r.employeeNumber) as string))?.row ?? 1;
            throw Unprocessable(
              'person.import_invalid',
              'The reporting lines in the file make a loop; nothing was imported.',
              [
                {
                  row,
                  column: 'manager_employee_number',
                  path: `/rows/${row}/manager_employee_number`,
                  message: 'makes a loop in the reporting line',
                },
              ],
            );
          }
          // Audit each person that changed.
          const afterRows = await repo.findByEmployeeNumbers([...fileNumbers]);
          for (const after of afterRows) {
            const prev = before.get(after.id);
            if (!prev) {
              created++;
              await audit.record(trx, actor, {
                action: 'person.created',
                entityType: 'person',
                entityId: after.id,
                subjectPersonId: after.id,
                after: { ...auditFields(after), source: 'roster_import' },
              });
              continue;
            }
            const diff = changedFields(auditFields(prev), auditFields(after));
            if (Object.keys(diff.after).length === 0) {
              unchanged++;
              // Nothing changed, but the update bumped updated_at: put it back.
              await repo.update(after.id, { updatedAt: prev.updatedAt });
              continue;
            }
            updated++;
            await audit.record(trx, actor, {
              action: 'person.updated',
              entityType: 'person',
              entityId: after.id,
              subjectPersonId: after.id,
              ...diff,
            });
          }
          const result = { dryRun, rows: rows.length, created, updated, unchanged };
          if (dryRun) throw new DryRunRollback(result);
          await audit.record(trx, actor, {
            action: 'person.roster_imported',
            entityType: 'roster_import',
            after: result,
          });
          return result;
        });
      } catch (err) {
        if (err instanceof DryRunRollback) return err.result;
        throw err;
      }
    },
  };
}
export type RosterImportService = ReturnType<typeof createRosterImportService>;
