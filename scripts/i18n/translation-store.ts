import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXliff, type ReadUnit } from './xliff-read';

/** Where each language's translation lives: one XLIFF file per language, as `npm run i18n:import` writes it. */
export const LOCALES_DIR = 'locales';

export function storeFile(locale: string): string {
  return `${LOCALES_DIR}/${locale}.xlf`;
}

/** A language's translation as stored, by unit id; or the problem that stops it being read. */
export type TranslationStore =
  | { readonly file: string; readonly units: ReadonlyMap<string, ReadUnit>; readonly problem?: undefined }
  | {
      readonly file: string;
      readonly units: ReadonlyMap<string, ReadUnit>;
      readonly problem: string;
      readonly line: number;
    };

export function readStore(root: string, locale: string): TranslationStore {
  const file = storeFile(locale);
  const path = join(root, file);
  if (!existsSync(path))
    return {
      file,
      units: new Map(),
      problem: `there is no ${file}: export, translate and import it (docs/translating.md)`,
      line: 1,
    };
  try {
    const { units } = readXliff(readFileSync(path, 'utf8'));
    return { file, units: new Map(units.map((u) => [u.id, u])) };
  } catch (e) {
    const message = (e as Error).message;
    const line = Number(/^line (\d+)/.exec(message)?.[1] ?? 1);
    return { file, units: new Map(), problem: `is not well-formed XLIFF: ${message}`, line };
  }
}

/** XLIFF states that mean nobody has translated the unit yet. */
export const UNTRANSLATED_STATES: readonly string[] = ['new', 'needs-translation'];
/** XLIFF states that mean a translation exists but waits for a translator to look at it again. */
export const REVIEW_STATES: readonly string[] = [
  'needs-review-translation',
  'needs-adaptation',
  'needs-l10n',
  'needs-review-adaptation',
  'needs-review-l10n',
];
