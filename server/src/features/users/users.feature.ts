import { defineFeature } from '../feature.js';
import { createUsersService } from './users.service.js';
import { usersRoutes } from './users.routes.js';

export const usersFeature = defineFeature({
  name: 'users',
  create: (ctx) => ({ users: createUsersService(ctx) }),
  routes: (app, s) => usersRoutes(app, s.users),
});
