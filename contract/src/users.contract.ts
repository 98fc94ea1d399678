import { Type, type Static } from 'typebox';
import { IdParams, IsoDateTime, Line, Page, PageQuery, Uuid } from './common.contract.js';
import { Email, Password, RoleSchema } from './auth.contract.js';
import { endpoint } from './endpoint.js';

export const User = Type.Object({
  id: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  personId: Type.Union([Uuid, Type.Null()]),
  personName: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(RoleSchema),
  disabled: Type.Boolean(),
  locale: Type.String(),
  lastLoginAt: Type.Union([IsoDateTime, Type.Null()]),
  createdAt: IsoDateTime,
});
export type User = Static<typeof User>;

export const UserPage = Page(User);
export type UserPage = Static<typeof UserPage>;

export const CreateUserBody = Type.Object(
  {
    email: Email,
    displayName: Line({ minLength: 1, maxLength: 200 }),
    password: Password,
    personId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    roles: Type.Array(RoleSchema, { minItems: 1, maxItems: 6, uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const UpdateUserBody = Type.Object(
  {
    displayName: Type.Optional(Line({ minLength: 1, maxLength: 200 })),
    personId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    roles: Type.Optional(Type.Array(RoleSchema, { minItems: 1, maxItems: 6, uniqueItems: true })),
    disabled: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUserBody = Static<typeof UpdateUserBody>;

export const usersEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/users',
    access: 'users.read',
    summary: 'List user accounts',
    query: PageQuery,
    response: UserPage,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/users/:id',
    access: 'users.read',
    summary: 'Get a user account',
    params: IdParams,
    response: User,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/users',
    access: 'users.write',
    summary: 'Create a user account',
    body: CreateUserBody,
    response: User,
    status: 201,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/users/:id',
    access: 'users.write',
    summary: 'Change a user account',
    params: IdParams,
    body: UpdateUserBody,
    response: User,
  }),
};
