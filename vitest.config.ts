import { defineConfig } from 'vitest/config';

// Three projects so that `npm test` can run them in order and each can be run alone:
// unit (pure, fast), integration (real PostgreSQL + PostGIS, and the embedded PGlite smoke run),
// e2e (the built web app in headless Chromium).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
