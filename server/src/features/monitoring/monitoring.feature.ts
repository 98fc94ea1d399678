import { defineFeature } from '../feature.js';
import { monitoringRoutes } from './monitoring.routes.js';

/** The monitoring service is shared (check-ins, coaching and rewards read figures through it). */
export const monitoringFeature = defineFeature({
  name: 'monitoring',
  create: () => ({}),
  routes: (app, _s, ctx) => monitoringRoutes(app, ctx.monitoring),
});
