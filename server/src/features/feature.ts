import type { Config } from '../config.js';
import type { App } from '../http/types.js';
import type { JobRunner } from '../lib/jobs.js';
import type { FeatureDeps } from './feature-deps.js';

/**
 * What every feature's services are made from: the shared services (database, access, audit,
 * clock, calendar, notifications, monitoring, mail) and the app's configuration.
 */
export interface FeatureContext extends FeatureDeps {
  config: Readonly<Config>;
  jobs: JobRunner;
  /** Where background jobs report failures (the server's log). */
  log?: (msg: string, err?: unknown) => void;
  /** The first-run set-up token (tests fix it). */
  setupToken?: string;
}

/**
 * A feature is one folder with one `<name>.feature.ts` that says which services it adds (by the
 * names the rest of the app and the tests use) and registers its routes; `features/registry.ts`
 * lists it in one line and `app.ts` wires every feature the same way.
 */
export interface Feature<S extends object> {
  name: string;
  create(ctx: FeatureContext): S;
  routes(app: App, services: S, ctx: FeatureContext): void;
}

export const defineFeature = <S extends object>(f: Feature<S>): Feature<S> => f;
