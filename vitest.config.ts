import { defineConfig, mergeConfig } from 'vitest/config';
import { courseViteConfig } from './vite.config';

export default mergeConfig(
  courseViteConfig('serve'),
  defineConfig({
    test: {
      include: ['test/unit/**/*.test.{ts,tsx}'],
      environment: 'jsdom',
      setupFiles: ['test/unit/setup.ts'],
      restoreMocks: true,
    },
  }),
);
