import { SOURCE_LOCALE } from '../i18n/locale-build';

export type ScormVersion = 'scorm12' | 'scorm2004';

export const SCORM_VERSIONS: readonly ScormVersion[] = ['scorm12', 'scorm2004'];

export const VERSION_LABEL: Record<ScormVersion, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 4th edition',
};

/** What <schemaversion> must say for each version. */
export const SCHEMA_VERSION: Record<ScormVersion, string> = {
  scorm12: '1.2',
  scorm2004: '2004 4th Edition',
};

/** The launch page of the single SCO, relative to the package root. */
export const LAUNCH_PAGE = 'index.html';

/** One zip per language and SCORM version, named so that a training company sees both at a glance. */
export function packageFileName(
  courseId: string,
  courseVersion: string,
  version: ScormVersion,
  language: string = SOURCE_LOCALE,
): string {
  return `${courseId}-${courseVersion}-${language}-${version}.zip`;
}
