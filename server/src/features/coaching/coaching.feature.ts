import { defineFeature } from '../feature.js';
import { createCoachingService } from './coaching.service.js';
import { coachingRoutes } from './coaching.routes.js';

export const coachingFeature = defineFeature({
  name: 'coaching',
  create: (ctx) => ({ coaching: createCoachingService(ctx) }),
  routes: (app, s) => coachingRoutes(app, s.coaching),
});
