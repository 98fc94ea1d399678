import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { EmploymentType, OrgUnitKind, PersonStatus, Role } from '@frontline/contract';

/** Table types (camelCase through Kysely's CamelCasePlugin). Kept in step with migrations/. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export interface OrgUnitTable {
  id: Generated<string>;
  parentId: string | null;
  kind: OrgUnitKind;
  code: string;
  nameEn: string;
  nameZh: string | null;
  timezone: Generated<string>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface JobRoleTable {
  id: Generated<string>;
  code: string;
  nameEn: string;
  nameZh: string | null;
  description: Generated<string>;
  performanceStandards: Generated<string>;
  workOutputs: Generated<string>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface PersonTable {
  id: Generated<string>;
  employeeNumber: string;
  givenNameEn: string;
  familyNameEn: string;
  nameZh: string | null;
  email: string | null;
  orgUnitId: string;
  managerId: string | null;
  jobRoleId: string | null;
  employmentType: Generated<EmploymentType>;
  hireDate: string | null;
  status: Generated<PersonStatus>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  displayName: string;
  passwordHash: string;
  personId: string | null;
  roles: Role[];
  disabled: Generated<boolean>;
  locale: Generated<string>;
  lastLoginAt: Date | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface SessionTable {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  occurredAt: Date;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  subjectPersonId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface DB {
  orgUnit: OrgUnitTable;
  jobRole: JobRoleTable;
  person: PersonTable;
  appUser: AppUserTable;
  session: SessionTable;
  auditEvent: AuditEventTable;
}

export type OrgUnitRow = Selectable<OrgUnitTable>;
export type JobRoleRow = Selectable<JobRoleTable>;
export type PersonRow = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
