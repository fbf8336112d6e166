import { readFileSync } from 'node:fs';
import { formatContentError } from '../content/content-error';
import { courseUnits } from './course-units';
import { SOURCE_LOCALE } from './locale-build';
import { configuredLocales } from './locale-build-for';
import { writeStore } from './store-write';
import { localeProblems } from './translation-report';
import { readStore, storeFile } from './translation-store';
import { readXliff, type ReadUnit } from './xliff-read';

const USAGE = `Usage: npm run i18n:import -- FILE [FILE...]

Brings translated XLIFF 1.2 files back into the course: each file's target-language must be one of
the "locales" in course.config.json. Every translated unit is kept in locales/<language>.xlf, even
one with a problem, and every problem is listed with its line, so nothing a translator did is lost.`;

// The course folder: npm runs scripts from it, and tests run them in a copy.
const root = process.cwd();

function main(paths: readonly string[]): number {
  if (paths.length === 0 || paths.includes('--help')) {
    console.log(USAGE);
    return paths.length === 0 ? 2 : 0;
  }
  const files = courseUnits(root);
  const known = new Set(files.flatMap((f) => f.units.map((u) => u.id)));
  const locales = configuredLocales(root);
  const byLocale = new Map<string, Map<string, ReadUnit>>();
  for (const path of paths) {
    let read;
    try {
      read = readXliff(readFileSync(path, 'utf8'));
    } catch (e) {
      console.error(`${path}: not well-formed XLIFF: ${(e as Error).message}`);
      return 1;
    }
    const locale = read.targetLocale;
    if (!locale || locale === SOURCE_LOCALE || !locales.includes(locale)) {
      console.error(
        `${path}: target-language "${locale ?? ''}" is not one of the languages to build (${locales.filter((l) => l !== SOURCE_LOCALE).join(', ') || 'none'}); add it to "locales" in course.config.json first.`,
      );
      return 1;
    }
    const store = byLocale.get(locale) ?? new Map(readStore(root, locale).units);
    byLocale.set(locale, store);
    let taken = 0;
    let unknown = 0;
    for (const unit of read.units) {
      if (unit.target === null) continue;
      if (!known.has(unit.id) && !store.has(unit.id)) unknown += 1;
      else {
        store.set(unit.id, unit);
        taken += 1;
      }
    }
    console.log(
      `${path}: ${taken} translations into ${locale}${unknown ? `; ${unknown} units the course does not have were skipped` : ''}.`,
    );
  }
  let problems = 0;
  for (const [locale, store] of byLocale) {
    const kept = writeStore(root, locale, files, store);
    const found = localeProblems(root, locale, files);
    problems += found.length;
    console.log(
      `${storeFile(locale)}: ${kept} translations kept; ${found.length === 0 ? 'complete, ready to build' : `${found.length} problems:`}`,
    );
    for (const problem of found.slice(0, 40)) console.log(`  ${formatContentError(problem)}`);
    if (found.length > 40) console.log(`  … and ${found.length - 40} more: npm run check:content lists them all.`);
  }
  return problems > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
