import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SOURCE_LOCALE } from './locale-build';
import type { FileUnits } from './source-unit';
import { storeFile } from './translation-store';
import type { ReadUnit } from './xliff-read';
import { writeXliff, type TargetState } from './xliff-write';

/**
 * Writes a language's translation store: each unit of the course that has a translation, with the
 * English it was made from, in the course's order; then any translation of words the course no
 * longer has, kept so that a stale paragraph can still offer its old translation for review.
 */
export function writeStore(
  root: string,
  locale: string,
  files: readonly FileUnits[],
  stored: ReadonlyMap<string, ReadUnit>,
): number {
  const current = new Set(files.flatMap((f) => f.units.map((u) => u.id)));
  const kept: FileUnits[] = files.map(({ file, units }) => ({
    file,
    units: units.flatMap((u) => {
      const entry = stored.get(u.id);
      return entry && entry.target !== null ? [{ ...u, source: entry.source }] : [];
    }),
  }));
  const leftOver = [...stored.values()].filter((u) => !current.has(u.id) && u.target !== null);
  for (const file of new Set(leftOver.map((u) => u.file)))
    kept.push({
      file,
      units: leftOver
        .filter((u) => u.file === file)
        .map((u) => ({ id: u.id, source: u.source, line: 0, note: 'No longer in the course.' })),
    });
  const xml = writeXliff({
    sourceLocale: SOURCE_LOCALE,
    targetLocale: locale,
    files: kept,
    locations: false,
    targetOf: (id) => {
      const entry = stored.get(id);
      return entry?.target ? { text: entry.target, state: (entry.state || 'translated') as TargetState } : undefined;
    },
  });
  const path = join(root, storeFile(locale));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, xml);
  return kept.reduce((n, f) => n + f.units.length, 0);
}
