import { defineFeature } from '../feature.js';
import { createCheckinsService } from './checkins.service.js';
import { checkinsRoutes } from './checkins.routes.js';

export const checkinsFeature = defineFeature({
  name: 'checkins',
  create: (ctx) => ({ checkins: createCheckinsService(ctx) }),
  routes: (app, s) => checkinsRoutes(app, s.checkins),
});
