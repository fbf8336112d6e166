import type { ContentError } from '../content/content-error';
import type { FileUnits } from './source-unit';
import { judgeTranslation } from './translation-check';
import { readStore } from './translation-store';
import type { ReadUnit } from './xliff-read';

/** The part of an id before its last field: units in one scene, option or lesson share it. */
export function scopeOf(unitId: string): string {
  return unitId.slice(0, unitId.lastIndexOf('/'));
}

/**
 * A paragraph or a line of speech is known by a hash of its English, so when the English changes
 * its id does too. A translation left in the same place under an id the course no longer has is
 * the old translation of it: the unit is stale rather than missing.
 */
export function orphanIn(
  scope: string,
  unitId: string,
  stored: ReadonlyMap<string, ReadUnit>,
  current: ReadonlySet<string>,
): ReadUnit | undefined {
  if (!unitId.includes('#')) return undefined;
  const kind = unitId.slice(unitId.lastIndexOf('/') + 1).split('#')[0];
  for (const unit of stored.values())
    if (
      !current.has(unit.id) &&
      scopeOf(unit.id) === scope &&
      unit.id.slice(unit.id.lastIndexOf('/') + 1).split('#')[0] === kind &&
      unit.target !== null
    )
      return unit;
  return undefined;
}

/** Every problem with one language's translation, each naming the file and line to fix. */
export function localeProblems(root: string, locale: string, files: readonly FileUnits[]): ContentError[] {
  const store = readStore(root, locale);
  if (store.problem) return [{ file: store.file, line: store.line, message: store.problem }];
  const current = new Set(files.flatMap((f) => f.units.map((u) => u.id)));
  const errors: ContentError[] = [];
  for (const { file, units } of files)
    for (const unit of units) {
      const stored = store.units.get(unit.id);
      const verdict = judgeTranslation(unit, stored);
      if (verdict.ok) continue;
      const orphan = verdict.kind === 'missing' ? orphanIn(scopeOf(unit.id), unit.id, store.units, current) : undefined;
      if (orphan)
        errors.push({
          file: store.file,
          line: orphan.line,
          id: unit.id,
          message: `is stale: the English at ${file}:${unit.line} has changed since it was translated (run npm run i18n:export -- --locale ${locale} to send it for review)`,
        });
      else if (verdict.kind === 'missing')
        errors.push({ file, line: unit.line, id: unit.id, message: `has no ${locale} translation in ${store.file}` });
      else
        errors.push({
          file: store.file,
          line: stored?.line ?? 1,
          id: unit.id,
          message: `${verdict.message} (English at ${file}:${unit.line})`,
        });
    }
  return errors;
}
