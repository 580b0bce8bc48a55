import { defineConfig } from 'vitest/config';

/**
 * The end-to-end project: the built SPA served by the real API (with the real worker, PostgreSQL
 * and Redis), driven in Debian's Chromium through playwright-core. `e2e/global-setup.ts` builds
 * and starts everything once; the files then share that one server, one at a time.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    sequence: { groupOrder: 3 },
    root: import.meta.dirname,
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // One server, one database, one browser at a time: scenarios change shared data (the queue).
    fileParallelism: false,
    // A real browser on a 2-core machine: navigation plus a few API round trips per step.
    testTimeout: 60_000,
    // Launching Chromium; the global setup (build, migrate, seed, boot) has its own budget below.
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
