import { defineFeature } from '../feature.js';
import { createCertificationService } from './certification.service.js';
import { certificationRoutes } from './certification.routes.js';

export const certificationFeature = defineFeature({
  name: 'certification',
  create: (ctx) => ({ certification: createCertificationService(ctx) }),
  routes: (app, s) => certificationRoutes(app, s.certification),
});
