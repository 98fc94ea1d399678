import { Type, type Static } from 'typebox';
import { IdParams, IsoDate, Line, MAX_INT, Page, StringEnum, Uuid } from './common.contract.js';
import { RoleSchema } from './auth.contract.js';
import { endpoint, FileResponse } from './endpoint.js';

export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'casual', 'contract'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const EmploymentTypeSchema = StringEnum(EMPLOYMENT_TYPES);

export const PERSON_STATUSES = ['active', 'on_leave', 'left'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const PersonStatusSchema = StringEnum(PERSON_STATUSES);

const NullableUuid = Type.Union([Uuid, Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const PersonSummary = Type.Object({
  id: Uuid,
  employeeNumber: Type.String(),
  nameEn: Type.String(),
  nameZh: NullableString,
  orgUnitId: Uuid,
  orgUnitName: Type.String(),
  orgUnitNameZh: NullableString,
  jobRoleId: NullableUuid,
  jobRoleName: NullableString,
  jobRoleNameZh: NullableString,
  managerId: NullableUuid,
  status: PersonStatusSchema,
});
export type PersonSummary = Static<typeof PersonSummary>;

export const PersonPage = Page(PersonSummary);
export type PersonPage = Static<typeof PersonPage>;

/** What the reader may do about a person (server/src/features/people/people.policy.ts). */
export const PersonAbilities = Type.Object({
  /** Change the person's record (people.write and sees everyone). */
  edit: Type.Boolean(),
  /** Give the person feedback (feedback.give, the person in scope, not oneself). */
  giveFeedback: Type.Boolean(),
});
export type PersonAbilities = Static<typeof PersonAbilities>;

export const Person = Type.Object({
  id: Uuid,
  employeeNumber: Type.String(),
  givenNameEn: Type.String(),
  familyNameEn: Type.String(),
  nameEn: Type.String(),
  nameZh: NullableString,
  email: NullableString,
  orgUnitId: Uuid,
  orgUnitName: Type.String(),
  orgUnitNameZh: NullableString,
  managerId: NullableUuid,
  managerName: NullableString,
  managerNameZh: NullableString,
  jobRoleId: NullableUuid,
  jobRoleName: NullableString,
  jobRoleNameZh: NullableString,
  employmentType: EmploymentTypeSchema,
  hireDate: Type.Union([IsoDate, Type.Null()]),
  status: PersonStatusSchema,
  userId: NullableUuid,
  roles: Type.Array(RoleSchema),
  directReports: Type.Array(PersonSummary),
  abilities: PersonAbilities,
});
export type Person = Static<typeof Person>;

const Fields = {
  employeeNumber: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }),
  givenNameEn: Line({ minLength: 1, maxLength: 100 }),
  familyNameEn: Line({ minLength: 1, maxLength: 100 }),
  nameZh: Type.Union([Line({ maxLength: 100 }), Type.Null()]),
  email: Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()]),
  orgUnitId: Uuid,
  managerId: NullableUuid,
  jobRoleId: NullableUuid,
  employmentType: EmploymentTypeSchema,
  hireDate: Type.Union([IsoDate, Type.Null()]),
  status: PersonStatusSchema,
};

export const CreatePersonBody = Type.Object(
  {
    employeeNumber: Fields.employeeNumber,
    givenNameEn: Fields.givenNameEn,
    familyNameEn: Fields.familyNameEn,
    nameZh: Type.Optional(Fields.nameZh),
    email: Type.Optional(Fields.email),
    orgUnitId: Fields.orgUnitId,
    managerId: Type.Optional(Fields.managerId),
    jobRoleId: Type.Optional(Fields.jobRoleId),
    employmentType: Type.Optional(Fields.employmentType),
    hireDate: Type.Optional(Fields.hireDate),
    status: Type.Optional(Fields.status),
  },
  { additionalProperties: false },
);
export type CreatePersonBody = Static<typeof CreatePersonBody>;

export const UpdatePersonBody = Type.Partial(CreatePersonBody, {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdatePersonBody = Static<typeof UpdatePersonBody>;

export const PeopleQuery = Type.Object(
  {
    q: Type.Optional(Line({ maxLength: 100 })),
    orgUnitId: Type.Optional(Uuid),
    managerId: Type.Optional(Uuid),
    status: Type.Optional(PersonStatusSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_INT, default: 0 })),
  },
  { additionalProperties: false },
);
export type PeopleQuery = Static<typeof PeopleQuery>;

/** Columns of the roster CSV import, in the order of the template. */
export const ROSTER_COLUMNS = [
  'employee_number',
  'given_name_en',
  'family_name_en',
  'name_zh',
  'email',
  'org_unit_code',
  'manager_employee_number',
  'job_role_code',
  'employment_type',
  'hire_date',
  'status',
] as const;

export const RosterImportQuery = Type.Object(
  { dryRun: Type.Optional(Type.Boolean({ default: false })) },
  { additionalProperties: false },
);
export type RosterImportQuery = Static<typeof RosterImportQuery>;

/** The roster CSV, sent as the request body (text/csv). */
export const RosterCsv = Type.String({ minLength: 1 });

/** The roster template download: a CSV header row and an example row. */
export const RosterTemplate = FileResponse(
  'text/csv',
  'The roster template: a CSV header row and an example row',
  Type.String(),
);

export const RosterImportResult = Type.Object({
  dryRun: Type.Boolean(),
  rows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
});
export type RosterImportResult = Static<typeof RosterImportResult>;

export const peopleEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/people',
    access: 'people.read',
    summary: 'List people',
    query: PeopleQuery,
    response: PersonPage,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/people/:id',
    access: 'people.read',
    summary: 'Get a person',
    params: IdParams,
    response: Person,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/people',
    access: 'people.write',
    summary: 'Add a person',
    body: CreatePersonBody,
    response: Person,
    status: 201,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/people/:id',
    access: 'people.write',
    summary: 'Change a person',
    params: IdParams,
    body: UpdatePersonBody,
    response: Person,
  }),
  rosterTemplate: endpoint({
    method: 'GET',
    path: '/api/v1/people/import/template',
    access: 'people.import',
    summary: 'Download the roster CSV template',
    response: RosterTemplate,
  }),
  importRoster: endpoint({
    method: 'POST',
    path: '/api/v1/people/import',
    access: 'people.import',
    summary: 'Import a roster CSV (or check it with dryRun)',
    consumes: ['text/csv', 'text/plain'],
    query: RosterImportQuery,
    body: RosterCsv,
    response: RosterImportResult,
  }),
};
