import { defineFeature } from '../feature.js';
import { createTrainingService } from './training.service.js';
import { trainingRoutes } from './training.routes.js';

export const trainingFeature = defineFeature({
  name: 'training',
  create: (ctx) => ({ training: createTrainingService(ctx) }),
  routes: (app, s) => trainingRoutes(app, s.training),
});
