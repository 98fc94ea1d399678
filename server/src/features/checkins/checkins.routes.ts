import { Type } from 'typebox';
import {
  ActionItem,
  ActionItemQuery,
  Checkin,
  CheckinCadence,
  CheckinDuePage,
  CheckinDueQuery,
  CheckinPage,
  CheckinQuery,
  CreateActionItemBody,
  CreateCheckinBody,
  IdParams,
  Problem,
  PutCadenceBody,
  UpdateActionItemBody,
  UpdateCheckinBody,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { CheckinsService } from './checkins.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export function checkinsRoutes(app: App, svc: CheckinsService): void {
  const tags = ['checkins'];
  const one = { params: IdParams, response: { 200: Checkin, ...errors } };

  app.get(
    '/api/v1/people/:id/checkin-cadence',
    {
      config: { access: 'authenticated' },
      schema: { tags, params: IdParams, response: { 200: CheckinCadence, ...errors } },
    },
    async (req) => svc.getCadence(actorOf(req), req.params.id),
  );
  app.put(
    '/api/v1/people/:id/checkin-cadence',
    {
      config: { access: 'checkins.manage' },
      schema: { tags, params: IdParams, body: PutCadenceBody, response: { 200: CheckinCadence, ...errors } },
    },
    async (req) => svc.putCadence(actorOf(req), req.params.id, req.body.everyDays),
  );
  app.get(
    '/api/v1/checkins',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: CheckinQuery, response: { 200: CheckinPage, ...errors } },
    },
    async (req) => svc.list(actorOf(req), req.query),
  );
  app.get(
    '/api/v1/checkins/due',
    {
      config: { access: 'checkins.manage' },
      schema: { tags, querystring: CheckinDueQuery, response: { 200: CheckinDuePage, ...errors } },
    },
    async (req) => svc.due(actorOf(req), req.query),
  );
  app.post(
    '/api/v1/checkins',
    {
      config: { access: 'checkins.manage' },
      schema: { tags, body: CreateCheckinBody, response: { 201: Checkin, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.create(actorOf(req), req.body)),
  );
  app.get(
    '/api/v1/checkins/:id',
    { config: { access: 'authenticated' }, schema: { tags, ...one } },
    async (req) => svc.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/v1/checkins/:id',
    { config: { access: 'checkins.manage' }, schema: { tags, ...one, body: UpdateCheckinBody } },
    async (req) => svc.update(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/checkins/:id/refresh-agenda',
    { config: { access: 'checkins.manage' }, schema: { tags, ...one } },
    async (req) => svc.refreshAgenda(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/checkins/:id/hold',
    { config: { access: 'checkins.manage' }, schema: { tags, ...one } },
    async (req) => svc.hold(actorOf(req), req.params.id),
  );
  app.post(
    '/api/v1/checkins/:id/cancel',
    { config: { access: 'checkins.manage' }, schema: { tags, ...one } },
    async (req) => svc.cancel(actorOf(req), req.params.id),
  );
  app.get(
    '/api/v1/checkins/:id/invite.ics',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        description: 'The check-in as an iCalendar invite (text/calendar).',
        params: IdParams,
        response: {
          200: {
            description: 'The iCalendar invite (METHOD:REQUEST)',
            content: { 'text/calendar': { schema: Type.String() } },
          },
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const ics = await svc.invite(actorOf(req), req.params.id);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8; method=REQUEST')
        .header('content-disposition', `attachment; filename="checkin-${req.params.id}.ics"`)
        .send(ics);
    },
  );
  app.get(
    '/api/v1/action-items',
    {
      config: { access: 'authenticated' },
      schema: { tags, querystring: ActionItemQuery, response: { 200: Type.Array(ActionItem), ...errors } },
    },
    async (req) => svc.listItems(actorOf(req), req.query),
  );
  app.post(
    '/api/v1/action-items',
    {
      config: { access: 'checkins.manage' },
      schema: { tags, body: CreateActionItemBody, response: { 201: ActionItem, ...errors } },
    },
    async (req, reply) => reply.code(201).send(await svc.createItem(actorOf(req), req.body)),
  );
  app.patch(
    '/api/v1/action-items/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        params: IdParams,
        body: UpdateActionItemBody,
        response: { 200: ActionItem, ...errors },
      },
    },
    async (req) => svc.updateItem(actorOf(req), req.params.id, req.body),
  );
}
