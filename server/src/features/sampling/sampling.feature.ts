import { defineFeature } from '../feature.js';
import { createSamplingService } from './sampling.service.js';
import { samplingRoutes } from './sampling.routes.js';

export const samplingFeature = defineFeature({
  name: 'sampling',
  create: (ctx) => ({ sampling: createSamplingService(ctx) }),
  routes: (app, s) => samplingRoutes(app, s.sampling),
});
