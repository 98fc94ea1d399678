import { defineFeature } from '../feature.js';
import { createQaReportService } from './qa-report.service.js';
import { qaReportRoutes } from './qa-report.routes.js';

export const qaReportFeature = defineFeature({
  name: 'qa-report',
  create: (ctx) => ({ qaReport: createQaReportService(ctx) }),
  routes: (app, s) => qaReportRoutes(app, s.qaReport),
});
