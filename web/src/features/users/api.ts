import type { CreateUserBody, UpdateUserBody, User } from '@frontline/contract';
import { get, patch, post, qs, type Page } from '../../lib/api-client';

export const userKeys = {
  all: ['users'] as const,
  list: (p: { limit: number; offset: number }) => ['users', 'list', p] as const,
};

export const fetchUsers = (p: { limit: number; offset: number }) => get<Page<User>>(`/api/v1/users${qs(p)}`);
export const createUser = (body: CreateUserBody) => post<User>('/api/v1/users', body);
export const updateUser = (id: string, body: UpdateUserBody) => patch<User>(`/api/v1/users/${id}`, body);
