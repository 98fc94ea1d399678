import { defineConfig } from 'vitest/config';

// Projects: `server` (no database), `server-db` (PGlite), `server-db-pg` (PostgreSQL, needs
// TEST_DATABASE_URL), `web` (jsdom). scripts/test.mjs runs them and says what it skipped and why.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.db.test.ts'],
          environment: 'node',
          // Headroom for a loaded CI machine: speed is measured in bench/, never by a test's clock.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server-db',
          root: './server',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          environment: 'node',
          globalSetup: ['./test/global-setup.ts'],
          env: { FRONTLINE_TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'server-db-pg',
          root: './server',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          environment: 'node',
          globalSetup: ['./test/global-setup.ts'],
          env: { FRONTLINE_TEST_DB: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'web',
          root: './web',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['./src/test-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
