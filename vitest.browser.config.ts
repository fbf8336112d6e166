import { defineConfig } from 'vitest/config';

/** Real-browser tests: Node drives Debian's Chromium against the built course in dist/. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
