/**
 * The language one build of the course is in. Every plugin that writes words into the bundle asks
 * it for the words, so a build holds one language and no other.
 */
export interface LocaleBuild {
  /** BCP 47 tag of the language of this build, such as en-GB. */
  readonly locale: string;
  /** Writing direction, set on the document so that CSS logical properties do the rest. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * What learners read for one translation unit: the translation, or `source` itself in the source
   * language. `unitId` is the unit's stable id (see docs/translating.md), such as `ui/start.begin`.
   */
  translate(unitId: string, source: string): string;
}

/** The course as written: British English, the language every translation starts from. */
export const SOURCE_LOCALE = 'en-GB';

export const SOURCE_LOCALE_BUILD: LocaleBuild = {
  locale: SOURCE_LOCALE,
  dir: 'ltr',
  translate: (_id, source) => source,
};
