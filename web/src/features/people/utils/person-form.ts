import {
  EMPLOYMENT_TYPES,
  PERSON_STATUSES,
  type CreatePersonBody,
  type EmploymentType,
  type Person,
  type PersonStatus,
} from '@frontline/contract';

/** The person form's values: text as typed, a choice as its id (null when none is chosen). */
export interface PersonFormValues extends Record<string, unknown> {
  employeeNumber: string;
  givenNameEn: string;
  familyNameEn: string;
  nameZh: string;
  email: string;
  orgUnitId: string | null;
  managerId: string | null;
  jobRoleId: string | null;
  employmentType: string | null;
  hireDate: string;
  status: string | null;
}

export const EMPTY_PERSON: PersonFormValues = {
  employeeNumber: '',
  givenNameEn: '',
  familyNameEn: '',
  nameZh: '',
  email: '',
  orgUnitId: null,
  managerId: null,
  jobRoleId: null,
  employmentType: 'full_time',
  hireDate: '',
  status: 'active',
};

export function personToValues(p: Person): PersonFormValues {
  return {
    employeeNumber: p.employeeNumber,
    givenNameEn: p.givenNameEn,
    familyNameEn: p.familyNameEn,
    nameZh: p.nameZh ?? '',
    email: p.email ?? '',
    orgUnitId: p.orgUnitId,
    managerId: p.managerId,
    jobRoleId: p.jobRoleId,
    employmentType: p.employmentType,
    hireDate: p.hireDate ?? '',
    status: p.status,
  };
}

const employmentType = (v: string | null): EmploymentType =>
  (EMPLOYMENT_TYPES as readonly (string | null)[]).includes(v) ? (v as EmploymentType) : 'full_time';
const status = (v: string | null): PersonStatus =>
  (PERSON_STATUSES as readonly (string | null)[]).includes(v) ? (v as PersonStatus) : 'active';
const orNull = (v: string | null) => (v === null || v.trim() === '' ? null : v.trim());

/** The API body: trimmed text, empty optional fields as null ('' for a missing org unit, so it reads as missing). */
export function valuesToBody(v: PersonFormValues): CreatePersonBody {
  return {
    employeeNumber: v.employeeNumber.trim(),
    givenNameEn: v.givenNameEn.trim(),
    familyNameEn: v.familyNameEn.trim(),
    nameZh: orNull(v.nameZh),
    email: orNull(v.email),
    orgUnitId: v.orgUnitId ?? '',
    managerId: orNull(v.managerId),
    jobRoleId: orNull(v.jobRoleId),
    employmentType: employmentType(v.employmentType),
    hireDate: orNull(v.hireDate),
    status: status(v.status),
  };
}
