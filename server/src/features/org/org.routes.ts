import { Type } from 'typebox';
import {
  CreateJobRoleBody,
  CreateOrgUnitBody,
  IdParams,
  JobRole,
  OrgUnit,
  Problem,
  UpdateJobRoleBody,
  UpdateOrgUnitBody,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { OrgService } from './org.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export function orgRoutes(app: App, svc: OrgService) {
  const tags = ['organisation'];
  app.get(
    '/api/v1/org-units',
    { config: { access: 'org.read' }, schema: { tags, response: { 200: Type.Array(OrgUnit), ...errors } } },
    async (req) => svc.listUnits(actorOf(req)),
  );
  app.get(
    '/api/v1/org-units/:id',
    {
      config: { access: 'org.read' },
      schema: { tags, params: IdParams, response: { 200: OrgUnit, ...errors } },
    },
    async (req) => svc.getUnit(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/org-units',
    {
      config: { access: 'org.write' },
      schema: { tags, body: CreateOrgUnitBody, response: { 201: OrgUnit, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.createUnit(actorOf(req), req.body)),
  );
  app.patch(
    '/api/v1/org-units/:id',
    {
      config: { access: 'org.write' },
      schema: { tags, params: IdParams, body: UpdateOrgUnitBody, response: { 200: OrgUnit, ...errors } },
    },
    async (req) => svc.updateUnit(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/org-units/:id',
    {
      config: { access: 'org.write' },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errors } },
    },
    async (req, reply) => {
      await svc.deleteUnit(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/job-roles',
    { config: { access: 'org.read' }, schema: { tags, response: { 200: Type.Array(JobRole), ...errors } } },
    async (req) => svc.listRoles(actorOf(req)),
  );
  app.get(
    '/api/v1/job-roles/:id',
    {
      config: { access: 'org.read' },
      schema: { tags, params: IdParams, response: { 200: JobRole, ...errors } },
    },
    async (req) => svc.getRole(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/job-roles',
    {
      config: { access: 'job_roles.write' },
      schema: { tags, body: CreateJobRoleBody, response: { 201: JobRole, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.createRole(actorOf(req), req.body)),
  );
  app.patch(
    '/api/v1/job-roles/:id',
    {
      config: { access: 'job_roles.write' },
      schema: { tags, params: IdParams, body: UpdateJobRoleBody, response: { 200: JobRole, ...errors } },
    },
    async (req) => svc.updateRole(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/job-roles/:id',
    {
      config: { access: 'job_roles.write' },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errors } },
    },
    async (req, reply) => {
      await svc.deleteRole(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
