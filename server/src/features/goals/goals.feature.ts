import { defineFeature } from '../feature.js';
import { createGoalsService } from './goals.service.js';
import { goalsRoutes } from './goals.routes.js';

export const goalsFeature = defineFeature({
  name: 'goals',
  create: (ctx) => ({ goals: createGoalsService(ctx) }),
  routes: (app, s) => goalsRoutes(app, s.goals),
});
