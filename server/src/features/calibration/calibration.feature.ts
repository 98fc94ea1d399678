import { defineFeature } from '../feature.js';
import { createCalibrationService } from './calibration.service.js';
import { calibrationRoutes } from './calibration.routes.js';

export const calibrationFeature = defineFeature({
  name: 'calibration',
  create: (ctx) => ({ calibration: createCalibrationService(ctx) }),
  routes: (app, s) => calibrationRoutes(app, s.calibration),
});
