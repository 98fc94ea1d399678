import { defineFeature } from '../feature.js';
import { createImportsService } from './imports.service.js';
import { createImportPresetsService } from './import-presets.service.js';
import { createApiTokensService } from './api-tokens.service.js';
import { importsRoutes } from './imports.routes.js';

export const importsFeature = defineFeature({
  name: 'imports',
  create: (ctx) => ({
    imports: createImportsService({
      ...ctx,
      uploadDir: ctx.config.uploadDir,
      maxImportBytes: ctx.config.maxImportBytes,
      ...(ctx.log ? { log: ctx.log } : {}),
    }),
    importPresets: createImportPresetsService(ctx),
    apiTokens: createApiTokensService(ctx),
  }),
  routes: (app, s) => importsRoutes(app, s.imports, s.importPresets, s.apiTokens),
});
