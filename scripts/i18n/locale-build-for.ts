import { readCourseConfig } from '../content/course-config-file';
import { SOURCE_LOCALE, SOURCE_LOCALE_BUILD, type LocaleBuild } from './locale-build';
import { PSEUDO_LOCALE, PSEUDO_LOCALE_BUILD } from './pseudo-locale';
import { judgeTranslation } from './translation-check';
import { readStore } from './translation-store';

/** Languages written right to left, by their primary subtag. */
const RIGHT_TO_LEFT = ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi'];

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.includes(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** The name the test-only pseudo-locale is built under. */
export const PSEUDO_BUILD_NAME = 'pseudo';

/** The languages course.config.json asks to build, the source language first. */
export function configuredLocales(root: string): string[] {
  const { config } = readCourseConfig(root);
  return config?.locales?.map((l) => l.code) ?? [SOURCE_LOCALE];
}

/**
 * The LocaleBuild for one language of the course. A language other than the source reads its
 * translation from locales/<code>.xlf and refuses, with the unit and the reason, to build from a
 * translation that is missing, stale or malformed: `npm run check:content` lists them all first.
 */
export function localeBuildFor(root: string, code: string | undefined): LocaleBuild {
  if (!code || code === SOURCE_LOCALE) return SOURCE_LOCALE_BUILD;
  if (code === PSEUDO_BUILD_NAME || code === PSEUDO_LOCALE) return PSEUDO_LOCALE_BUILD;
  const { config } = readCourseConfig(root);
  const setting = config?.locales?.find((l) => l.code === code);
  if (!setting) throw new Error(`${code} is not one of the "locales" in course.config.json`);
  const store = readStore(root, code);
  if (store.problem) throw new Error(`${store.file}:${store.line} ${store.problem}`);
  return {
    locale: code,
    dir: setting.dir ?? directionOf(code),
    translate(unitId, source) {
      const stored = store.units.get(unitId);
      const verdict = judgeTranslation({ id: unitId, source, line: 0 }, stored);
      if (!verdict.ok)
        throw new Error(
          `${store.file}${stored ? `:${stored.line}` : ''} [${unitId}] ${verdict.message}. Run npm run check:content to see every problem.`,
        );
      return verdict.target;
    },
  };
}
