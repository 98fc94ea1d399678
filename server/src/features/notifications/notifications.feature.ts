import { defineFeature } from '../feature.js';
import { notificationsRoutes } from './notifications.routes.js';

/**
 * In-app notifications. The service is shared (goals, check-ins, feedback, rewards, coaching,
 * training and reminders notify through `ctx.notifications`), so app.ts makes it with the other
 * shared services and this feature adds only its routes.
 */
export const notificationsFeature = defineFeature({
  name: 'notifications',
  create: () => ({}),
  routes: (app, _s, ctx) => notificationsRoutes(app, ctx.notifications),
});
