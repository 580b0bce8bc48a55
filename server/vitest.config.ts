import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Each file has its own database and queue prefix, so files run in parallel safely;
    // two at a time suits the 2-core machines this runs on.
    maxWorkers: 2,
    // Projects run one after another (shared, server, web, e2e): each may use both cores.
    sequence: { groupOrder: 1 },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
