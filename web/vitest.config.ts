import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      name: 'web',
      sequence: { groupOrder: 2 },
      environment: 'happy-dom',
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/__tests__/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      // Full-app tests type into many Mantine inputs; happy-dom is quick but not instant.
      testTimeout: 15_000,
      unstubGlobals: true,
    },
  }),
);
