import { rosteringEndpoints as e, Problem } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { actorOf } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { LeaveService } from './leave.service.js';
import type { RosteringService } from './rostering.service.js';

/**
 * Work allocation (contract: rosteringEndpoints): duties, shift templates, roster profiles and plans
 * for the leader side (rosters.manage); My roster and its calendar file for everyone, for themself;
 * leave, requested by the person and decided by their leader.
 */
export function rosteringRoutes(app: App, svc: RosteringService, leave: LeaveService): void {
  const tags = ['rostering'];
  // A solve runs in its worker thread beside the requests: stop it before the database closes.
  app.addHook('onClose', () => svc.stopAll());
  route(app, e.duties, tags, ({ actor, query }) => svc.duties(actor, query.unitId));
  route(app, e.createDuty, tags, ({ actor, body }) => svc.createDuty(actor, body));
  route(app, e.updateDuty, tags, ({ actor, params, body }) => svc.updateDuty(actor, params.id, body));
  route(app, e.shiftTemplates, tags, ({ actor, query }) => svc.shiftTemplates(actor, query.unitId));
  route(app, e.createShiftTemplate, tags, ({ actor, body }) => svc.createShiftTemplate(actor, body));
  route(app, e.profile, tags, ({ actor, params }) => svc.profile(actor, params.personId));
  route(app, e.setProfile, tags, ({ actor, params, body }) => svc.setProfile(actor, params.personId, body));
  route(app, e.plans, tags, ({ actor }) => svc.plans(actor));
  route(app, e.createPlan, tags, ({ actor, body }) => svc.createPlan(actor, body));
  route(app, e.plan, tags, ({ actor, params }) => svc.plan(actor, params.id));
  route(app, e.setDemand, tags, ({ actor, params, body }) => svc.setDemand(actor, params.id, body));
  route(app, e.copyDemand, tags, ({ actor, params, body }) => svc.copyDemand(actor, params.id, body));
  route(app, e.setSlotNeeds, tags, ({ actor, params, body }) => svc.setSlotNeeds(actor, params.id, body));
  route(app, e.deriveDemand, tags, ({ actor, params, body }) => svc.deriveDemand(actor, params.id, body));
  route(app, e.setAssignment, tags, ({ actor, params, body }) => svc.setAssignment(actor, params.id, body));
  route(app, e.solve, tags, ({ actor, params, body }) => svc.solve(actor, params.id, body));
  route(app, e.cancelSolve, tags, ({ actor, params }) => svc.cancelSolve(actor, params.id));
  route(app, e.addTask, tags, ({ actor, params, body }) => svc.addTask(actor, params.id, body));
  route(app, e.assignTasks, tags, ({ actor, params, body }) =>
    svc.assignTasks(actor, params.id, body.version),
  );
  route(app, e.publish, tags, ({ actor, params, body }) => svc.publish(actor, params.id, body.version));
  route(app, e.compare, tags, ({ actor, params, query }) => svc.compare(actor, params.id, query.with));
  route(app, e.myRoster, tags, ({ actor, query }) => svc.myRoster(actor, query));
  route(app, e.myPreferences, tags, ({ actor }) => svc.myPreferences(actor));
  route(app, e.setMyPreferences, tags, ({ actor, body }) => svc.setMyPreferences(actor, body));
  route(app, e.leave, tags, ({ actor, query }) => leave.list(actor, query));
  route(app, e.requestLeave, tags, ({ actor, body }) => leave.request(actor, body));
  route(app, e.decideLeave, tags, ({ actor, params, body }) => leave.decide(actor, params.id, body));
  route(app, e.cancelLeave, tags, ({ actor, params }) => leave.cancel(actor, params.id));
  // A download with its own content type and file name: written by hand, from the contract.
  app.get(
    e.myRosterIcs.path,
    {
      config: { access: e.myRosterIcs.access },
      schema: {
        tags,
        summary: e.myRosterIcs.summary,
        description:
          'My published shifts as an iCalendar file (text/calendar), titles in the chosen language.',
        querystring: e.myRosterIcs.query,
        response: { 200: e.myRosterIcs.response, 400: Problem, 401: Problem },
      },
    },
    async (req, reply) => {
      const f = await svc.myRosterIcs(actorOf(req), req.query.lang ?? 'en');
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${f.fileName}"`)
        .send(f.body);
    },
  );
}
