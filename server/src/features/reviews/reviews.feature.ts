import { defineFeature } from '../feature.js';
import { createReviewsService } from './reviews.service.js';
import { reviewsRoutes } from './reviews.routes.js';

export const reviewsFeature = defineFeature({
  name: 'reviews',
  create: (ctx) => ({ reviews: createReviewsService(ctx) }),
  routes: (app, s) => reviewsRoutes(app, s.reviews),
});
