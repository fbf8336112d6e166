import type { CourseConfig } from '../../src/config/course-config.schema';
import { parseUnitText, plainUnitText, wordsOf } from './inline-markup';
import { SOURCE_LOCALE, type LocaleBuild } from './locale-build';
import type { SourceUnit } from './source-unit';

/** The strings of course.config.json that learners and LMS catalogues show. */
export const CONFIG_TEXT_FIELDS = ['title', 'subtitle', 'organisation', 'description'] as const;

export function configUnitId(field: (typeof CONFIG_TEXT_FIELDS)[number]): string {
  return `course/${field}`;
}

/** The configuration's units, each with the line its key is written on. */
export function configUnits(config: CourseConfig, lineOfKey: (key: string) => number): SourceUnit[] {
  return CONFIG_TEXT_FIELDS.flatMap((field) =>
    config[field] === ''
      ? []
      : [{ id: configUnitId(field), source: plainUnitText(config[field]), line: lineOfKey(field) }],
  );
}

/**
 * The configuration as one language's build uses it: its strings translated, its market's money,
 * and no list of languages (a build is in one language, and the list would only add to the first load).
 */
export function localiseConfig(config: CourseConfig, build: LocaleBuild): CourseConfig {
  const setting = config.locales?.find((l) => l.code === build.locale);
  const { locales: _locales, ...rest } = config;
  const localised: CourseConfig = { ...rest, money: setting?.money ?? config.money };
  if (build.locale === SOURCE_LOCALE && build.dir === 'ltr') return localised;
  const words = Object.fromEntries(
    CONFIG_TEXT_FIELDS.filter((field) => config[field] !== '').map((field) => {
      const target = parseUnitText(build.translate(configUnitId(field), plainUnitText(config[field])));
      return [field, 'problem' in target ? config[field] : wordsOf(target)];
    }),
  );
  return { ...localised, ...words };
}
