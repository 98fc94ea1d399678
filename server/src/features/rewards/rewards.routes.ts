import { Type } from 'typebox';
import {
  Award,
  CreateAwardBody,
  CreateRewardSchemeBody,
  EvaluateSchemeBody,
  EvaluationResult,
  IdParams,
  Leaderboard,
  LeaderboardQuery,
  PersonAwards,
  PointsLeaderboard,
  PointsLeaderboardQuery,
  Problem,
  RewardScheme,
  RewardSchemeQuery,
  UpdateRewardSchemeBody,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { RewardsService } from './rewards.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export function rewardsRoutes(app: App, svc: RewardsService): void {
  const tags = ['rewards'];
  app.get(
    '/api/v1/reward-schemes',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        querystring: RewardSchemeQuery,
        response: { 200: Type.Array(RewardScheme), ...errors },
      },
    },
    async (req) => svc.list(actorOf(req), req.query),
  );
  app.get(
    '/api/v1/reward-schemes/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: IdParams, response: { 200: RewardScheme, ...errors } },
    },
    async (req) => svc.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/reward-schemes',
    {
      config: { access: 'rewards.manage' },
      schema: { tags, body: CreateRewardSchemeBody, response: { 201: RewardScheme, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.create(actorOf(req), req.body)),
  );
  app.patch(
    '/api/v1/reward-schemes/:id',
    {
      config: { access: 'rewards.manage' },
      schema: {
        tags,
        params: IdParams,
        body: UpdateRewardSchemeBody,
        response: { 200: RewardScheme, ...errors },
      },
    },
    async (req) => svc.update(actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/reward-schemes/:id',
    {
      config: { access: 'rewards.manage' },
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...errors } },
    },
    async (req, reply) => {
      await svc.remove(actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/v1/reward-schemes/:id/evaluate',
    {
      config: { access: 'rewards.manage' },
      schema: {
        tags,
        params: IdParams,
        body: EvaluateSchemeBody,
        response: { 200: EvaluationResult, ...errors },
      },
    },
    async (req) => svc.evaluate(actorOf(req), req.params.id, req.body.periodStart),
  );
  app.post(
    '/api/v1/awards',
    {
      config: { access: 'rewards.manage' },
      schema: { tags, body: CreateAwardBody, response: { 201: Award, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.award(actorOf(req), req.body)),
  );
  app.get(
    '/api/v1/people/:id/awards',
    {
      config: { access: 'people.read' },
      schema: { tags, params: IdParams, response: { 200: PersonAwards, ...errors } },
    },
    async (req) => svc.personAwards(actorOf(req), req.params.id),
  );
  app.get(
    '/api/v1/leaderboard',
    {
      config: { access: 'dashboards.read' },
      schema: { tags, querystring: LeaderboardQuery, response: { 200: Leaderboard, ...errors } },
    },
    async (req) => svc.leaderboard(actorOf(req), req.query),
  );
  app.get(
    '/api/v1/leaderboard/points',
    {
      config: { access: 'dashboards.read' },
      schema: { tags, querystring: PointsLeaderboardQuery, response: { 200: PointsLeaderboard, ...errors } },
    },
    async (req) => svc.pointsLeaderboard(actorOf(req), req.query),
  );
}
