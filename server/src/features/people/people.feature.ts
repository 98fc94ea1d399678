import { defineFeature } from '../feature.js';
import { createPeopleService } from './people.service.js';
import { createRosterImportService } from './roster-import.service.js';
import { peopleRoutes } from './people.routes.js';

export const peopleFeature = defineFeature({
  name: 'people',
  create: (ctx) => ({ people: createPeopleService(ctx), roster: createRosterImportService(ctx) }),
  routes: (app, s) => peopleRoutes(app, s.people, s.roster),
});
