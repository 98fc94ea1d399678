import { Type } from 'typebox';
import {
  CreateIndicatorBody,
  CreateObservationBody,
  CreatePolicyBody,
  CreateTargetBody,
  IdParams,
  Indicator,
  NewPolicyVersionBody,
  Policy,
  PolicyVersion,
  Problem,
  Target,
  TargetQuery,
  UpdateIndicatorBody,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { IndicatorsService } from './indicators.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export function indicatorsRoutes(app: App, svc: IndicatorsService) {
  const tags = ['indicators'];
  app.get(
    '/api/v1/indicators',
    {
      config: { access: 'indicators.read' },
      schema: {
        tags,
        querystring: Type.Object(
          { includeInactive: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(Indicator), ...errors },
      },
    },
    async (req) => svc.listIndicators(actorOf(req), req.query.includeInactive ?? false),
  );
  app.get(
    '/api/v1/indicators/:id',
    {
      config: { access: 'indicators.read' },
      schema: { tags, params: IdParams, response: { 200: Indicator, ...errors } },
    },
    async (req) => svc.getIndicator(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/indicators',
    {
      config: { access: 'indicators.write' },
      schema: { tags, body: CreateIndicatorBody, response: { 201: Indicator, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.createIndicator(actorOf(req), req.body)),
  );
  app.patch(
    '/api/v1/indicators/:id',
    {
      config: { access: 'indicators.write' },
      schema: { tags, params: IdParams, body: UpdateIndicatorBody, response: { 200: Indicator, ...errors } },
    },
    async (req) => svc.updateIndicator(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/indicators/presets',
    {
      config: { access: 'indicators.write' },
      schema: { tags, response: { 200: Type.Object({ added: Type.Integer() }), ...errors } },
    },
    async (req) => ({ added: await svc.installPresets(actorOf(req)) }),
  );

  app.get(
    '/api/v1/policies',
    {
      config: { access: 'indicators.read' },
      schema: { tags, response: { 200: Type.Array(Policy), ...errors } },
    },
    async (req) => svc.listPolicies(actorOf(req)),
  );
  app.get(
    '/api/v1/policies/:id',
    {
      config: { access: 'indicators.read' },
      schema: { tags, params: IdParams, response: { 200: Policy, ...errors } },
    },
    async (req) => svc.getPolicy(actorOf(req), req.params.id),
  );
  app.get(
    '/api/v1/policies/:id/versions',
    {
      config: { access: 'indicators.read' },
      schema: { tags, params: IdParams, response: { 200: Type.Array(PolicyVersion), ...errors } },
    },
    async (req) => svc.policyVersions(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/policies',
    {
      config: { access: 'policies.write' },
      schema: { tags, body: CreatePolicyBody, response: { 201: Policy, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.createPolicy(actorOf(req), req.body)),
  );
  app.post(
    '/api/v1/policies/:id/versions',
    {
      config: { access: 'policies.write' },
      schema: { tags, params: IdParams, body: NewPolicyVersionBody, response: { 201: Policy, ...errors } },
    },
    async (req, reply) =>
      reply.code(201).send(await svc.addPolicyVersion(actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/v1/targets',
    {
      config: { access: 'indicators.read' },
      schema: { tags, querystring: TargetQuery, response: { 200: Type.Array(Target), ...errors } },
    },
    async (req) => svc.listTargets(actorOf(req), req.query),
  );
  app.post(
    '/api/v1/targets',
    {
      config: { access: 'targets.write' },
      schema: { tags, body: CreateTargetBody, response: { 201: Target, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.createTarget(actorOf(req), req.body)),
  );
  app.delete(
    '/api/v1/targets/:id',
    {
      config: { access: 'targets.write' },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errors } },
    },
    async (req, reply) => {
      await svc.deleteTarget(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/observations',
    {
      config: { access: 'observations.write' },
      schema: {
        tags,
        body: CreateObservationBody,
        response: { 201: Type.Object({ id: Type.Integer() }), ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.recordObservation(actorOf(req), req.body)),
  );
}
