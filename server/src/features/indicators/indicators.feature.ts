import { defineFeature } from '../feature.js';
import { createIndicatorsService } from './indicators.service.js';
import { indicatorsRoutes } from './indicators.routes.js';

export const indicatorsFeature = defineFeature({
  name: 'indicators',
  create: (ctx) => ({ indicators: createIndicatorsService(ctx) }),
  routes: (app, s) => indicatorsRoutes(app, s.indicators),
});
