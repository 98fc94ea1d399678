import type { Person, PersonSummary, Role } from '@frontline/contract';
import type { PersonRow } from '../../db/schema.js';

export interface SummaryRow {
  id: string;
  employeeNumber: string;
  givenNameEn: string;
  familyNameEn: string;
  nameZh: string | null;
  orgUnitId: string;
  orgUnitName: string;
  orgUnitNameZh: string | null;
  jobRoleId: string | null;
  jobRoleName: string | null;
  jobRoleNameZh: string | null;
  managerId: string | null;
  status: PersonSummary['status'];
}

export const fullNameEn = (p: { givenNameEn: string; familyNameEn: string }) =>
  `${p.givenNameEn} ${p.familyNameEn}`;

export const toPersonSummary = (r: SummaryRow): PersonSummary => ({
  id: r.id,
  employeeNumber: r.employeeNumber,
  nameEn: fullNameEn(r),
  nameZh: r.nameZh,
  orgUnitId: r.orgUnitId,
  orgUnitName: r.orgUnitName,
  orgUnitNameZh: r.orgUnitNameZh,
  jobRoleId: r.jobRoleId,
  jobRoleName: r.jobRoleName,
  jobRoleNameZh: r.jobRoleNameZh,
  managerId: r.managerId,
  status: r.status,
});

export function toPerson(
  r: PersonRow & {
    orgUnitName: string;
    orgUnitNameZh: string | null;
    jobRoleName: string | null;
    jobRoleNameZh: string | null;
    managerName: string | null;
    managerNameZh: string | null;
    userId: string | null;
    userRoles: Role[] | null;
  },
  reports: SummaryRow[],
  abilities: Person['abilities'],
): Person {
  return {
    id: r.id,
    employeeNumber: r.employeeNumber,
    givenNameEn: r.givenNameEn,
    familyNameEn: r.familyNameEn,
    nameEn: fullNameEn(r),
    nameZh: r.nameZh,
    email: r.email,
    orgUnitId: r.orgUnitId,
    orgUnitName: r.orgUnitName,
    orgUnitNameZh: r.orgUnitNameZh,
    managerId: r.managerId,
    managerName: r.managerName,
    managerNameZh: r.managerNameZh,
    jobRoleId: r.jobRoleId,
    jobRoleName: r.jobRoleName,
    jobRoleNameZh: r.jobRoleNameZh,
    employmentType: r.employmentType,
    hireDate: r.hireDate,
    status: r.status,
    userId: r.userId,
    roles: r.userRoles ?? [],
    directReports: reports.map(toPersonSummary),
    abilities,
  };
}

/** The stored fields of a person, for audit before/after. */
export const auditFields = (r: PersonRow) => ({
  employeeNumber: r.employeeNumber,
  givenNameEn: r.givenNameEn,
  familyNameEn: r.familyNameEn,
  nameZh: r.nameZh,
  email: r.email,
  orgUnitId: r.orgUnitId,
  managerId: r.managerId,
  jobRoleId: r.jobRoleId,
  employmentType: r.employmentType,
  hireDate: r.hireDate,
  status: r.status,
});
