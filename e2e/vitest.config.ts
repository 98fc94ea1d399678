import { defineConfig } from 'vitest/config';

// Browser tests: the real server (built web app, embedded database with the demo organisation)
// driven through Debian's Chromium by playwright-core. One server for the whole run.
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['specs/**/*.spec.ts'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
