import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The preview LMS page: its own small build, so scorm-again never enters the course bundle.
 * Run it through buildPreviewApp(), which sets where the output goes.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'app'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    emptyOutDir: true,
    target: 'es2022',
    // scorm-again's 2004 runtime carries a whole sequencing engine; size does not matter for a local tool.
    chunkSizeWarningLimit: 1500,
  },
});
