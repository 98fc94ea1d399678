import { usersEndpoints as e, type CreateUserBody, type UpdateUserBody } from '@frontline/contract';
import { call } from '../../lib/endpoint-client';

export const userKeys = {
  all: ['users'] as const,
  list: (p: { limit: number; offset: number }) => ['users', 'list', p] as const,
};

export const fetchUsers = (query: { limit: number; offset: number }) => call(e.list, { query });
export const createUser = (body: CreateUserBody) => call(e.create, { body });
export const updateUser = (id: string, body: UpdateUserBody) => call(e.update, { params: { id }, body });
