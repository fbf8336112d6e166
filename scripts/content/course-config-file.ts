import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { courseConfigSchema, type CourseConfig } from '../../src/config/course-config.schema';
import type { ContentError } from './content-error';
import { themeContrastErrors } from './theme-contrast';
import { localiseConfig } from '../i18n/config-units';
import { SOURCE_LOCALE, type LocaleBuild } from '../i18n/locale-build';

/** The line of `"key"` in course.config.json, for messages and for translators. */
export function configLineOfKey(root: string, key: string): number {
  return lineOfKey(readFileSync(join(root, CONFIG_FILE), 'utf8'), key);
}

export const CONFIG_FILE = 'course.config.json';

function lineOfKey(source: string, key: string | undefined): number {
  if (!key) return 1;
  const at = source.indexOf(`"${key}"`);
  return at < 0 ? 1 : source.slice(0, at).split('\n').length;
}

/**
 * Reads and checks the course configuration, so a training company sees exactly what to fix. With
 * `build`, the configuration as that language's build uses it (see localiseConfig).
 */
export function readCourseConfig(
  root: string,
  build?: LocaleBuild,
): { config: CourseConfig | null; errors: ContentError[] } {
  const source = readFileSync(join(root, CONFIG_FILE), 'utf8');
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (e) {
    return {
      config: null,
      errors: [{ file: CONFIG_FILE, line: 1, message: `is not valid JSON: ${(e as Error).message}` }],
    };
  }
  const parsed = courseConfigSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      config: null,
      errors: parsed.error.issues.map((issue) => {
        const key = issue.path.map(String).join('.');
        return {
          file: CONFIG_FILE,
          line: lineOfKey(source, issue.path.at(-1)?.toString()),
          id: key || undefined,
          message: issue.message,
        };
      }),
    };
  }
  const config = parsed.data;
  const errors: ContentError[] = [];
  if (!existsSync(join(root, 'public', config.logo)))
    errors.push({
      file: CONFIG_FILE,
      line: lineOfKey(source, 'logo'),
      id: 'logo',
      message: `public/${config.logo} does not exist`,
    });
  errors.push(...themeContrastErrors(CONFIG_FILE, source, config.colours));
  const first = config.locales?.[0]?.code;
  if (first !== undefined && first !== SOURCE_LOCALE)
    errors.push({
      file: CONFIG_FILE,
      line: lineOfKey(source, 'locales'),
      id: 'locales',
      message: `the first language must be ${SOURCE_LOCALE}, the language the lessons are written in; list ${first} after it`,
    });
  return { config: build ? localiseConfig(config, build) : config, errors };
}
