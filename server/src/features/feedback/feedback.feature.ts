import { defineFeature } from '../feature.js';
import { createFeedbackService } from './feedback.service.js';
import { feedbackRoutes } from './feedback.routes.js';

export const feedbackFeature = defineFeature({
  name: 'feedback',
  create: (ctx) => ({ feedback: createFeedbackService(ctx) }),
  routes: (app, s) => feedbackRoutes(app, s.feedback),
});
