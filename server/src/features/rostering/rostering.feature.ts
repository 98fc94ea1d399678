import { defineFeature } from '../feature.js';
import { createLeaveService } from './leave.service.js';
import { createRosteringService } from './rostering.service.js';
import { rosteringRoutes } from './rostering.routes.js';

export const rosteringFeature = defineFeature({
  name: 'rostering',
  create: (ctx) => ({ rostering: createRosteringService(ctx), leave: createLeaveService(ctx) }),
  routes: (app, s) => rosteringRoutes(app, s.rostering, s.leave),
});
