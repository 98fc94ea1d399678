import { defineFeature } from '../feature.js';
import { createRewardsService } from './rewards.service.js';
import { rewardsRoutes } from './rewards.routes.js';

export const rewardsFeature = defineFeature({
  name: 'rewards',
  create: (ctx) => ({ rewards: createRewardsService(ctx) }),
  routes: (app, s) => rewardsRoutes(app, s.rewards),
});
