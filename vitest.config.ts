import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['test/unit/**/*.test.{ts,tsx}'],
      environment: 'jsdom',
      setupFiles: ['test/unit/setup.ts'],
      restoreMocks: true,
    },
  }),
);
