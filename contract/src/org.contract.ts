import { Type, type Static } from 'typebox';
import { IdParams, Line, StringEnum, Text, Uuid } from './common.contract.js';
import { endpoint } from './endpoint.js';

export const ORG_UNIT_KINDS = ['company', 'division', 'region', 'store', 'centre', 'team'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];
export const OrgUnitKindSchema = StringEnum(ORG_UNIT_KINDS);

const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });
const NameEn = Line({ minLength: 1, maxLength: 200 });
const NameZh = Type.Union([Line({ maxLength: 200 }), Type.Null()]);

export const OrgUnit = Type.Object({
  id: Uuid,
  parentId: Type.Union([Uuid, Type.Null()]),
  kind: OrgUnitKindSchema,
  code: Type.String(),
  nameEn: Type.String(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  timezone: Type.String(),
  headcount: Type.Integer(),
});
export type OrgUnit = Static<typeof OrgUnit>;

export const CreateOrgUnitBody = Type.Object(
  {
    parentId: Type.Union([Uuid, Type.Null()]),
    kind: OrgUnitKindSchema,
    code: Code,
    nameEn: NameEn,
    nameZh: Type.Optional(NameZh),
    timezone: Type.Optional(Line({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);
export type CreateOrgUnitBody = Static<typeof CreateOrgUnitBody>;

export const UpdateOrgUnitBody = Type.Partial(CreateOrgUnitBody, {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdateOrgUnitBody = Static<typeof UpdateOrgUnitBody>;

export const JobRole = Type.Object({
  id: Uuid,
  code: Type.String(),
  nameEn: Type.String(),
  nameZh: Type.Union([Type.String(), Type.Null()]),
  description: Type.String(),
  performanceStandards: Type.String(),
  workOutputs: Type.String(),
  peopleCount: Type.Integer(),
});
export type JobRole = Static<typeof JobRole>;

export const CreateJobRoleBody = Type.Object(
  {
    code: Code,
    nameEn: NameEn,
    nameZh: Type.Optional(NameZh),
    description: Type.Optional(Text({ maxLength: 4000 })),
    performanceStandards: Type.Optional(Text({ maxLength: 8000 })),
    workOutputs: Type.Optional(Text({ maxLength: 8000 })),
  },
  { additionalProperties: false },
);
export type CreateJobRoleBody = Static<typeof CreateJobRoleBody>;

export const UpdateJobRoleBody = Type.Partial(CreateJobRoleBody, {
  additionalProperties: false,
  minProperties: 1,
});
export type UpdateJobRoleBody = Static<typeof UpdateJobRoleBody>;

export const orgEndpoints = {
  listUnits: endpoint({
    method: 'GET',
    path: '/api/v1/org-units',
    access: 'org.read',
    summary: 'List organisation units',
    response: Type.Array(OrgUnit),
  }),
  getUnit: endpoint({
    method: 'GET',
    path: '/api/v1/org-units/:id',
    access: 'org.read',
    summary: 'Get an organisation unit',
    params: IdParams,
    response: OrgUnit,
  }),
  createUnit: endpoint({
    method: 'POST',
    path: '/api/v1/org-units',
    access: 'org.write',
    summary: 'Create an organisation unit',
    body: CreateOrgUnitBody,
    response: OrgUnit,
    status: 201,
  }),
  updateUnit: endpoint({
    method: 'PATCH',
    path: '/api/v1/org-units/:id',
    access: 'org.write',
    summary: 'Change an organisation unit',
    params: IdParams,
    body: UpdateOrgUnitBody,
    response: OrgUnit,
  }),
  deleteUnit: endpoint({
    method: 'DELETE',
    path: '/api/v1/org-units/:id',
    access: 'org.write',
    summary: 'Delete an organisation unit (only when nothing uses it)',
    params: IdParams,
    response: Type.Null(),
    status: 204,
  }),
  listRoles: endpoint({
    method: 'GET',
    path: '/api/v1/job-roles',
    access: 'org.read',
    summary: 'List job roles',
    response: Type.Array(JobRole),
  }),
  getRole: endpoint({
    method: 'GET',
    path: '/api/v1/job-roles/:id',
    access: 'org.read',
    summary: 'Get a job role',
    params: IdParams,
    response: JobRole,
  }),
  createRole: endpoint({
    method: 'POST',
    path: '/api/v1/job-roles',
    access: 'job_roles.write',
    summary: 'Create a job role',
    body: CreateJobRoleBody,
    response: JobRole,
    status: 201,
  }),
  updateRole: endpoint({
    method: 'PATCH',
    path: '/api/v1/job-roles/:id',
    access: 'job_roles.write',
    summary: 'Change a job role',
    params: IdParams,
    body: UpdateJobRoleBody,
    response: JobRole,
  }),
  deleteRole: endpoint({
    method: 'DELETE',
    path: '/api/v1/job-roles/:id',
    access: 'job_roles.write',
    summary: 'Delete a job role (only when nothing uses it)',
    params: IdParams,
    response: Type.Null(),
    status: 204,
  }),
};
