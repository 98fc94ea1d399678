import { Type } from 'typebox';
import {
  CancelCoachingBody,
  CoachingEffect,
  CoachingPlan,
  CoachingQuery,
  CoachingSessionBody,
  CompleteCoachingBody,
  CreateCoachingBody,
  EffectQuery,
  IdParams,
  Problem,
  UpdateCoachingBody,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { CoachingService } from './coaching.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/**
 * Coaching plans. Reading is for anyone who may see the person (the person included); changes are
 * for the coach side (coaching.manage, person in scope, never on one's own plan → 403).
 */
export function coachingRoutes(app: App, svc: CoachingService): void {
  const tags = ['coaching'];
  const one = { params: IdParams, response: { 200: CoachingPlan, ...errors } };
  app.get(
    '/api/v1/coaching',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: CoachingQuery, response: { 200: Type.Array(CoachingPlan), ...errors } },
    },
    async (req) => svc.list(actorOf(req), req.query),
  );
  app.post(
    '/api/v1/coaching',
    {
      config: { access: 'coaching.manage' },
      schema: { tags, body: CreateCoachingBody, response: { 201: CoachingPlan, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.create(actorOf(req), req.body)),
  );
  app.get(
    '/api/v1/coaching/:id',
    { config: { access: 'authenticated' }, schema: { tags, ...one } },
    async (req) => svc.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/coaching/:id',
    { config: { access: 'coaching.manage' }, schema: { tags, ...one, body: UpdateCoachingBody } },
    async (req) => svc.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/coaching/:id/sessions',
    {
      config: { access: 'coaching.manage' },
      schema: {
        tags,
        params: IdParams,
        body: CoachingSessionBody,
        response: { 201: CoachingPlan, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.addSession(actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/v1/coaching/:id/complete',
    { config: { access: 'coaching.manage' }, schema: { tags, ...one, body: CompleteCoachingBody } },
    async (req) => svc.complete(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/coaching/:id/cancel',
    { config: { access: 'coaching.manage' }, schema: { tags, ...one, body: CancelCoachingBody } },
    async (req) => svc.cancel(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/coaching/:id/effect',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        params: IdParams,
        querystring: EffectQuery,
        response: { 200: CoachingEffect, ...errors },
      },
    },
    async (req) => svc.effect(actorOf(req), req.params.id, req.query),
  );
}
