import type { CourseCatalog } from '../course/catalog';
import { idKeys, type IdKeys } from './id-keys';

/** Bump when the saved shape changes; older snapshots are then refused, never misread. */
export const SNAPSHOT_VERSION = 2;

/**
 * The saved shape, positional to stay small:
 * [version, course ref, visited keys, location key, checks, scenarios, words, reflections]
 * - checks: flat triples key, answer ids joined by commas, 1 if correct else 0
 * - scenarios: [key, played, best band, attempts]; attempt: [ending word, band, seconds, ...steps]
 *   where a step is word index × 3 + band
 * - words: ending and reply ids, each written once
 * - reflections: flat pairs key, text
 */
export type Snapshot = [number, string, string[], string, (string | number)[], SavedScenario[], string[], string[]];
export type SavedScenario = [string, number, number, number[][]];

export interface SnapshotKeys {
  readonly lessons: IdKeys;
  readonly checks: IdKeys;
  readonly scenarios: IdKeys;
  readonly reflections: IdKeys;
}

/** Ids are keyed per kind, so a ref only has to be unique among lessons, among checks, and so on. */
export function keysFor(catalog: CourseCatalog): SnapshotKeys {
  return {
    lessons: idKeys(catalog.lessons.map((l) => l.id)),
    checks: idKeys(catalog.checks.map((c) => c.id)),
    scenarios: idKeys(catalog.scenarios.map((s) => s.id)),
    reflections: idKeys(catalog.lessons.flatMap((l) => l.reflectionIds)),
  };
}
