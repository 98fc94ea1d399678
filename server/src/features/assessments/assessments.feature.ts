import { defineFeature } from '../feature.js';
import { createAssessmentsService } from './assessments.service.js';
import { assessmentsRoutes } from './assessments.routes.js';

export const assessmentsFeature = defineFeature({
  name: 'assessments',
  create: (ctx) => ({ assessments: createAssessmentsService(ctx) }),
  routes: (app, s) => assessmentsRoutes(app, s.assessments),
});
