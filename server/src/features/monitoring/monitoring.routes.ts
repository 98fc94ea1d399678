import {
  AttentionList,
  AttentionQuery,
  DashboardQuery,
  IdParams,
  ListObservationsQuery,
  ObservationView,
  OrgDashboard,
  Page,
  PersonDashboard,
  Problem,
  TeamDashboard,
} from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import type { MonitoringService } from './monitoring.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export function monitoringRoutes(app: App, svc: MonitoringService) {
  const tags = ['monitoring'];
  app.get(
    '/api/v1/dashboards/org',
    {
      config: { access: 'dashboards.read' },
      schema: { tags, querystring: DashboardQuery, response: { 200: OrgDashboard, ...errors } },
    },
    async (req) => svc.org(actorOf(req), req.query),
  );
  app.get(
    '/api/v1/dashboards/team',
    {
      config: { access: 'dashboards.read' },
      schema: { tags, querystring: DashboardQuery, response: { 200: TeamDashboard, ...errors } },
    },
    async (req) => svc.team(actorOf(req), req.query),
  );
  app.get(
    '/api/v1/dashboards/person/:id',
    {
      config: { access: 'dashboards.read' },
      schema: {
        tags,
        params: IdParams,
        querystring: DashboardQuery,
        response: { 200: PersonDashboard, ...errors },
      },
    },
    async (req) => svc.viewPerson(actorOf(req), req.params.id, req.query),
  );
  app.get(
    '/api/v1/people/:id/observations',
    {
      config: { access: 'dashboards.read' },
      schema: {
        tags,
        params: IdParams,
        querystring: ListObservationsQuery,
        response: { 200: Page(ObservationView), ...errors },
      },
    },
    async (req) => svc.observations(actorOf(req), req.params.id, req.query),
  );
  app.get(
    '/api/v1/attention',
    {
      config: { access: 'dashboards.read' },
      schema: { tags, querystring: AttentionQuery, response: { 200: AttentionList, ...errors } },
    },
    async (req) => svc.attention(actorOf(req), req.query),
  );
}
