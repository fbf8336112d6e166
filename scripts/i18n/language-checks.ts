import { buildCatalog } from '../content/build-catalog';
import type { ContentError } from '../content/content-error';
import { SOURCE_LOCALE } from './locale-build';
import { configuredLocales, localeBuildFor } from './locale-build-for';
import { courseUnits } from './course-units';
import { localeProblems } from './translation-report';

/**
 * Checks every language the course builds in. First the translations themselves (missing, stale,
 * malformed, a placeholder or amount lost); then, for each language whose translation is sound,
 * the same content checks as the English, on the translated words: a translated option that gives
 * the answer away by its length, or alt text that leaves out a translated label, fails here too.
 */
export function languageProblems(root: string): { errors: ContentError[]; languages: string[] } {
  const languages = configuredLocales(root).filter((l) => l !== SOURCE_LOCALE);
  if (languages.length === 0) return { errors: [], languages };
  const files = courseUnits(root);
  const errors = languages.flatMap((locale) => {
    const problems = localeProblems(root, locale, files);
    if (problems.length > 0) return problems;
    const built = buildCatalog(root, localeBuildFor(root, locale));
    return built.errors.map((e) => ({ ...e, message: `in ${locale}: ${e.message}` }));
  });
  return { errors, languages };
}
