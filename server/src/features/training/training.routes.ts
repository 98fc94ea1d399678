import { trainingEndpoints as e } from '@frontline/contract';
import type { App } from '../../http/types.js';
import { route } from '../../http/endpoint.js';
import type { TrainingService } from './training.service.js';

/** The course catalogue, training assignments and the training-needs analysis (contract: trainingEndpoints). */
export function trainingRoutes(app: App, svc: TrainingService): void {
  const tags = ['training'];
  route(app, e.listCourses, tags, ({ actor, query }) => svc.listCourses(actor, query));
  route(app, e.createCourse, tags, ({ actor, body }) => svc.createCourse(actor, body));
  route(app, e.updateCourse, tags, ({ actor, params, body }) => svc.updateCourse(actor, params.id, body));
  route(app, e.listAssignments, tags, ({ actor, query }) => svc.listAssignments(actor, query));
  route(app, e.assign, tags, ({ actor, body }) => svc.assign(actor, body));
  route(app, e.complete, tags, ({ actor, params, body }) => svc.complete(actor, params.id, body));
  route(app, e.cancel, tags, ({ actor, params, body }) => svc.cancel(actor, params.id, body));
  route(app, e.needs, tags, ({ actor, query }) => svc.needs(actor, query));
}
