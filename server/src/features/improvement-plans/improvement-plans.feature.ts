import { defineFeature } from '../feature.js';
import { createImprovementPlansService } from './improvement-plans.service.js';
import { improvementPlansRoutes } from './improvement-plans.routes.js';

export const improvementPlansFeature = defineFeature({
  name: 'improvement-plans',
  create: (ctx) => ({ improvementPlans: createImprovementPlansService(ctx) }),
  routes: (app, s) => improvementPlansRoutes(app, s.improvementPlans),
});
