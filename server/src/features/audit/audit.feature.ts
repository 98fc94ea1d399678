import { defineFeature } from '../feature.js';
import { auditRoutes } from './audit.routes.js';

/** The audit service is shared (every mutation records through it); this feature adds its pages. */
export const auditFeature = defineFeature({
  name: 'audit',
  create: () => ({}),
  routes: (app, _s, ctx) => auditRoutes(app, ctx.audit),
});
