import { defineFeature } from '../feature.js';
import { createPeopleFileService } from './people-file.service.js';
import { peopleFileRoutes } from './people-file.routes.js';

export const peopleFileFeature = defineFeature({
  name: 'people-file',
  create: (ctx) => ({ peopleFile: createPeopleFileService(ctx) }),
  routes: (app, s) => peopleFileRoutes(app, s.peopleFile),
});
