import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LAUNCH_PAGE } from './scorm-versions';

interface LanguageBuild {
  readonly language: string;
  readonly distDir: string;
}

/**
 * One line per language whose build is missing, naming its launch page and the command that
 * builds it, so packaging stops before writing any zip rather than half-way through.
 */
export function missingBuilds(builds: readonly LanguageBuild[]): string[] {
  const missing = builds
    .filter((b) => !existsSync(join(b.distDir, LAUNCH_PAGE)))
    .map((b) => `the ${b.language} build is missing (${relative(process.cwd(), join(b.distDir, LAUNCH_PAGE))})`);
  return missing.length === 0
    ? []
    : [...missing, 'run `npx tsx scripts/i18n/build-locales.ts` (npm run build does) before packaging'];
}
