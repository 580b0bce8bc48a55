import { defineConfig } from 'vitest/config';

/** One `vitest run` for the whole repo: each package is a project with its own config. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          root: './shared',
          include: ['test/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      './server/vitest.config.ts',
      './web/vitest.config.ts',
      // The real app in Chromium; needs PostgreSQL, Redis and /usr/bin/chromium (see web/e2e/).
      './web/vitest.e2e.config.ts',
    ],
  },
});
