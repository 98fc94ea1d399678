import { defineFeature } from '../feature.js';
import { createOrgService } from './org.service.js';
import { orgRoutes } from './org.routes.js';

export const orgFeature = defineFeature({
  name: 'org',
  create: (ctx) => ({ org: createOrgService(ctx) }),
  routes: (app, s) => orgRoutes(app, s.org),
});
