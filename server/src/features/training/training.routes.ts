import { Type } from 'typebox';
import {
  Assignment,
  AssignmentQuery,
  CancelAssignmentBody,
  CompleteAssignmentBody,
  Course,
  CourseQuery,
  CreateAssignmentBody,
  CreateCourseBody,
  IdParams,
  NeedsQuery,
  Problem,
  TrainingNeeds,
  UpdateCourseBody,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { TrainingService } from './training.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** The course catalogue, training assignments and the training-needs analysis. */
export function trainingRoutes(app: App, svc: TrainingService): void {
  const tags = ['training'];
  app.get(
    '/api/v1/courses',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: CourseQuery, response: { 200: Type.Array(Course), ...errors } },
    },
    async (req) => svc.listCourses(actorOf(req), req.query),
  );
  app.post(
    '/api/v1/courses',
    {
      config: { access: 'training.catalogue' },
      schema: { tags, body: CreateCourseBody, response: { 201: Course, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.createCourse(actorOf(req), req.body)),
  );
  app.patch(
    '/api/v1/courses/:id',
    {
      config: { access: 'training.catalogue' },
      schema: { tags, params: IdParams, body: UpdateCourseBody, response: { 200: Course, ...errors } },
    },
    async (req) => svc.updateCourse(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/training/assignments',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: AssignmentQuery, response: { 200: Type.Array(Assignment), ...errors } },
    },
    async (req) => svc.listAssignments(actorOf(req), req.query),
  );
  app.post(
    '/api/v1/training/assignments',
    {
      config: { access: 'training.assign' },
      schema: { tags, body: CreateAssignmentBody, response: { 201: Assignment, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.assign(actorOf(req), req.body)),
  );
  app.post(
    '/api/v1/training/assignments/:id/complete',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        params: IdParams,
        body: CompleteAssignmentBody,
        response: { 200: Assignment, ...errors },
      },
    },
    async (req) => svc.complete(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/training/assignments/:id/cancel',
    {
      config: { access: 'training.assign' },
      schema: {
        tags,
        params: IdParams,
        body: CancelAssignmentBody,
        response: { 200: Assignment, ...errors },
      },
    },
    async (req) => svc.cancel(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/training/needs',
    {
      config: { access: 'training.assign' },
      schema: { tags, querystring: NeedsQuery, response: { 200: TrainingNeeds, ...errors } },
    },
    async (req) => svc.needs(actorOf(req), req.query),
  );
}
