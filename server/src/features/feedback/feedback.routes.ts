import { Type } from 'typebox';
import {
  CreateFeedbackBody,
  CreateRecognitionBody,
  FeedbackPage,
  FeedbackPageQuery,
  FeedbackView,
  IdParams,
  Problem,
  RecognitionColleague,
  RecognitionQuery,
  RecognitionView,
  RecognitionWall,
  ReplyFeedbackBody,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { FeedbackService } from './feedback.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export function feedbackRoutes(app: App, svc: FeedbackService): void {
  const tags = ['feedback'];
  app.get(
    '/api/v1/people/:id/feedback',
    {
      config: { access: 'people.read' },
      schema: {
        tags,
        params: IdParams,
        querystring: FeedbackPageQuery,
        response: { 200: FeedbackPage, ...errors },
      },
    },
    async (req) => svc.listForPerson(actorOf(req), req.params.id, req.query),
  );
  app.post(
    '/api/v1/people/:id/feedback',
    {
      config: { access: 'feedback.give' },
      schema: {
        tags,
        params: IdParams,
        body: CreateFeedbackBody,
        response: { 201: FeedbackView, ...errors },
      },
    },
    async (req, reply) => reply.code(201).send(await svc.give(actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/v1/feedback/:id',
    {
      config: { access: 'people.read' },
      schema: { tags, params: IdParams, response: { 200: FeedbackView, ...errors } },
    },
    async (req) => svc.get(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/feedback/:id/acknowledge',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: IdParams, response: { 200: FeedbackView, ...errors } },
    },
    async (req) => svc.acknowledge(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/feedback/:id/reply',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: IdParams, body: ReplyFeedbackBody, response: { 200: FeedbackView, ...errors } },
    },
    async (req) => svc.reply(actorOf(req), req.params.id, req.body.reply),
  );

  const rtags = ['recognition'];
  app.get(
    '/api/v1/recognition',
    {
      config: { access: 'authenticated' },
      schema: { tags: rtags, querystring: RecognitionQuery, response: { 200: RecognitionWall, ...errors } },
    },
    async (req) => svc.wall(actorOf(req), req.query),
  );
  app.get(
    '/api/v1/recognition/colleagues',
    {
      config: { access: 'recognition.post' },
      schema: { tags: rtags, response: { 200: Type.Array(RecognitionColleague), ...errors } },
    },
    async (req) => svc.colleagues(actorOf(req)),
  );
  app.post(
    '/api/v1/recognition',
    {
      config: { access: 'recognition.post' },
      schema: { tags: rtags, body: CreateRecognitionBody, response: { 201: RecognitionView, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.recognise(actorOf(req), req.body)),
  );
}
