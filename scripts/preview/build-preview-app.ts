import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * A rebuilt-every-time artefact like Vite's own cache, so it lives where git, ESLint and Prettier
 * already look away, and never next to the course's dist/ that gets zipped.
 */
export const PREVIEW_APP_DIR = 'node_modules/.cache/preview-lms';

/** Builds the preview page (a few seconds), so npm start works from a fresh clone. */
export async function buildPreviewApp(): Promise<void> {
  await build({
    configFile: resolve(import.meta.dirname, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: resolve(import.meta.dirname, '../..', PREVIEW_APP_DIR) },
  });
}
