import {
  CreateUserBody,
  IdParams,
  Page,
  PageQuery,
  Problem,
  UpdateUserBody,
  User,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { UsersService } from './users.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export function usersRoutes(app: App, svc: UsersService) {
  const tags = ['users'];
  app.get(
    '/api/v1/users',
    {
      config: { access: 'users.read' },
      schema: { tags, querystring: PageQuery, response: { 200: Page(User), ...errors } },
    },
    async (req) => svc.list(actorOf(req), req.query.limit, req.query.offset),
  );
  app.get(
    '/api/v1/users/:id',
    {
      config: { access: 'users.read' },
      schema: { tags, params: IdParams, response: { 200: User, ...errors } },
    },
    async (req) => svc.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/users',
    {
      config: { access: 'users.write' },
      schema: { tags, body: CreateUserBody, response: { 201: User, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.create(actorOf(req), req.body)),
  );
  app.patch(
    '/api/v1/users/:id',
    {
      config: { access: 'users.write' },
      schema: { tags, params: IdParams, body: UpdateUserBody, response: { 200: User, ...errors } },
    },
    async (req) => svc.update(actorOf(req), req.params.id, req.body),
  );
}
