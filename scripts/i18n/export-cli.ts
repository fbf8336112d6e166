import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCourseConfig } from '../content/course-config-file';
import { courseUnits } from './course-units';
import { wordsOf, parseUnitText } from './inline-markup';
import { SOURCE_LOCALE } from './locale-build';
import { judgeTranslation } from './translation-check';
import { orphanIn, scopeOf } from './translation-report';
import { readStore } from './translation-store';
import { writeXliff, type TargetEntry, type TargetState } from './xliff-write';

const USAGE = `Usage: npm run i18n:export -- --locale CODE [--out FILE] [--fill-source]

Writes one XLIFF 1.2 file with everything a translator translates into CODE: the UI, the
configuration's strings, every module, lesson and role-play. Translations already imported are
filled in; any whose English has changed are marked needs-review-translation, with the old English
in a note. --fill-source copies the English into every empty target, for a variant such as en-ZA
where most words stay as they are.`;

// The course folder: npm runs scripts from it, and tests run them in a copy.
const root = process.cwd();

function english(unitText: string): string {
  const segments = parseUnitText(unitText);
  return 'problem' in segments ? unitText : wordsOf(segments);
}

function main(): number {
  const { values } = parseArgs({
    options: {
      locale: { type: 'string' },
      out: { type: 'string' },
      'fill-source': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.locale) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const locale = values.locale;
  if (locale === SOURCE_LOCALE) {
    console.error(`${SOURCE_LOCALE} is the language the course is written in; export another language.`);
    return 2;
  }
  const { config } = readCourseConfig(root);
  const files = courseUnits(root);
  const store = readStore(root, locale);
  const current = new Set(files.flatMap((f) => f.units.map((u) => u.id)));
  const units = new Map(files.flatMap((f) => f.units.map((u) => [u.id, u] as const)));
  const counts = { translated: 0, review: 0, empty: 0 };
  const targetOf = (id: string): TargetEntry | undefined => {
    const unit = units.get(id);
    const stored = store.units.get(id);
    if (!unit) return undefined;
    const verdict = judgeTranslation(unit, stored);
    if (verdict.ok && stored) {
      counts.translated += 1;
      return { text: verdict.target, state: (stored.state || 'translated') as TargetState };
    }
    const previous = stored?.target ? stored : orphanIn(scopeOf(id), id, store.units, current);
    if (previous?.target) {
      counts.review += 1;
      const why = verdict.ok
        ? ''
        : verdict.kind === 'malformed'
          ? verdict.message
          : `The English changed. The translation was made from: ${english(previous.source)}`;
      return { text: previous.target, state: 'needs-review-translation', note: why };
    }
    counts.empty += 1;
    if (values['fill-source'])
      return {
        text: unit.source,
        state: 'translated',
        note: 'Copied from the English: change it wherever this market says it differently.',
      };
    return undefined;
  };
  const xml = writeXliff({ sourceLocale: SOURCE_LOCALE, targetLocale: locale, files, targetOf });
  const out = resolve(values.out ?? `translations/${config?.id ?? 'course'}-${locale}.xlf`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, xml);
  const total = current.size;
  console.log(
    `${relative(process.cwd(), out)}: ${total} units for ${locale}: ${counts.translated} translated, ${counts.review} to review, ${counts.empty} ${values['fill-source'] ? 'copied from the English' : 'to translate'}.`,
  );
  return 0;
}

process.exitCode = main();
