import { defineFeature } from '../feature.js';
import { createRosteringService } from './rostering.service.js';
import { rosteringRoutes } from './rostering.routes.js';

export const rosteringFeature = defineFeature({
  name: 'rostering',
  create: (ctx) => ({ rostering: createRosteringService(ctx) }),
  routes: (app, s) => rosteringRoutes(app, s.rostering),
});
