import { defineFeature } from '../feature.js';
import { createRemindersService } from './reminders.service.js';

/** Reminders have no routes: main.ts runs them on a timer. */
export const remindersFeature = defineFeature({
  name: 'reminders',
  create: (ctx) => ({ reminders: createRemindersService(ctx) }),
  routes: () => undefined,
});
