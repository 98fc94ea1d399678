import { Type } from 'typebox';
import {
  CancelGoalBody,
  CloseGoalBody,
  CreateGoalBody,
  DeclineGoalBody,
  Goal,
  GoalQuery,
  GoalVersion,
  IdParams,
  Problem,
  SmartCheckBody,
  SmartResult,
  TeamGoalsFromStandardBody,
  TeamGoalsResult,
  UpdateGoalBody,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { GoalsService } from './goals.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export function goalsRoutes(app: App, svc: GoalsService) {
  const tags = ['goals'];
  const one = { params: IdParams, response: { 200: Goal, ...errors } };
  app.get(
    '/api/v1/goals',
    {
      config: { access: 'goals.read' },
      schema: { tags, querystring: GoalQuery, response: { 200: Type.Array(Goal), ...errors } },
    },
    async (req) => svc.list(actorOf(req), req.query),
  );
  app.get('/api/v1/goals/:id', { config: { access: 'goals.read' }, schema: { tags, ...one } }, async (req) =>
    svc.get(actorOf(req), req.params.id),
  );
  app.get(
    '/api/v1/goals/:id/versions',
    {
      config: { access: 'goals.read' },
      schema: { tags, params: IdParams, response: { 200: Type.Array(GoalVersion), ...errors } },
    },
    async (req) => svc.versions(actorOf(req), req.params.id),
  );
  // A POST that stores nothing (the SMART check of a draft): reading goals is enough.
  app.post(
    '/api/v1/goals/smart-check',
    {
      config: { access: 'goals.read' },
      schema: { tags, body: SmartCheckBody, response: { 200: SmartResult, ...errors } },
    },
    async (req) => svc.smart(actorOf(req), req.body),
  );
  // Writes: the agreement (goals.write; goals.policy.ts decides whose goal and when) and the
  // supervisor side's actions (goals.manage).
  app.post(
    '/api/v1/goals',
    {
      config: { access: 'goals.write' },
      schema: { tags, body: CreateGoalBody, response: { 201: Goal, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.create(actorOf(req), req.body)),
  );
  app.patch(
    '/api/v1/goals/:id',
    { config: { access: 'goals.write' }, schema: { tags, ...one, body: UpdateGoalBody } },
    async (req) => svc.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/goals/:id/propose',
    { config: { access: 'goals.write' }, schema: { tags, ...one } },
    async (req) => svc.propose(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/goals/:id/accept',
    { config: { access: 'goals.write' }, schema: { tags, ...one } },
    async (req) => svc.accept(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/goals/:id/decline',
    { config: { access: 'goals.write' }, schema: { tags, ...one, body: DeclineGoalBody } },
    async (req) => svc.decline(actorOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/api/v1/goals/:id/activate',
    { config: { access: 'goals.manage' }, schema: { tags, ...one } },
    async (req) => svc.activate(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/goals/:id/close',
    { config: { access: 'goals.manage' }, schema: { tags, ...one, body: CloseGoalBody } },
    async (req) => svc.close(actorOf(req), req.params.id, req.body.outcome, req.body.note),
  );
  app.post(
    '/api/v1/goals/:id/cancel',
    { config: { access: 'goals.manage' }, schema: { tags, ...one, body: CancelGoalBody } },
    async (req) => svc.cancel(actorOf(req), req.params.id, req.body.reason),
  );
  app.post(
    '/api/v1/goals/team-from-standard',
    {
      config: { access: 'goals.manage' },
      schema: { tags, body: TeamGoalsFromStandardBody, response: { 200: TeamGoalsResult, ...errors } },
    },
    async (req) => svc.teamFromStandard(actorOf(req), req.body),
  );
}
