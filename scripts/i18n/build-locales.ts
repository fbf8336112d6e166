import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PSEUDO_BUILD_NAME, configuredLocales } from './locale-build-for';

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds the course once per language: every language in course.config.json, or only those named
 * on the command line (`pseudo` is the test-only pseudo-locale). Each build is its own Vite
 * process, so no language's words can leak into another's bundle.
 */
const asked = process.argv.slice(2);
const locales = asked.length > 0 ? asked : configuredLocales(root);
for (const locale of locales) {
  const label = locale === PSEUDO_BUILD_NAME ? 'pseudo-locale' : locale;
  console.log(`\n— building ${label}`);
  const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, COURSE_LOCALE: locale, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
