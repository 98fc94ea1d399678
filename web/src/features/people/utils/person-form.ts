import {
  EMPLOYMENT_TYPES,
  PERSON_STATUSES,
  type CreatePersonBody,
  type EmploymentType,
  type Person,
  type PersonStatus,
} from '@frontline/contract';
import { rules, type Rules } from '../../../lib/form';

export interface PersonFormValues extends Record<string, string> {
  employeeNumber: string;
  givenNameEn: string;
  familyNameEn: string;
  nameZh: string;
  email: string;
  orgUnitId: string;
  managerId: string;
  jobRoleId: string;
  employmentType: string;
  hireDate: string;
  status: string;
}

export const EMPTY_PERSON: PersonFormValues = {
  employeeNumber: '',
  givenNameEn: '',
  familyNameEn: '',
  nameZh: '',
  email: '',
  orgUnitId: '',
  managerId: '',
  jobRoleId: '',
  employmentType: 'full_time',
  hireDate: '',
  status: 'active',
};

export const PERSON_RULES: Rules<PersonFormValues> = {
  employeeNumber: [rules.required, rules.code],
  givenNameEn: [rules.required],
  familyNameEn: [rules.required],
  email: [rules.email],
  orgUnitId: [rules.required],
  hireDate: [rules.date],
};

export function personToValues(p: Person): PersonFormValues {
  return {
    employeeNumber: p.employeeNumber,
    givenNameEn: p.givenNameEn,
    familyNameEn: p.familyNameEn,
    nameZh: p.nameZh ?? '',
    email: p.email ?? '',
    orgUnitId: p.orgUnitId,
    managerId: p.managerId ?? '',
    jobRoleId: p.jobRoleId ?? '',
    employmentType: p.employmentType,
    hireDate: p.hireDate ?? '',
    status: p.status,
  };
}

const employmentType = (v: string): EmploymentType =>
  (EMPLOYMENT_TYPES as readonly string[]).includes(v) ? (v as EmploymentType) : 'full_time';
const status = (v: string): PersonStatus =>
  (PERSON_STATUSES as readonly string[]).includes(v) ? (v as PersonStatus) : 'active';
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** The API body: trimmed text, empty optional fields as null. */
export function valuesToBody(v: PersonFormValues): CreatePersonBody {
  return {
    employeeNumber: v.employeeNumber.trim(),
    givenNameEn: v.givenNameEn.trim(),
    familyNameEn: v.familyNameEn.trim(),
    nameZh: orNull(v.nameZh),
    email: orNull(v.email),
    orgUnitId: v.orgUnitId,
    managerId: orNull(v.managerId),
    jobRoleId: orNull(v.jobRoleId),
    employmentType: employmentType(v.employmentType),
    hireDate: orNull(v.hireDate),
    status: status(v.status),
  };
}
