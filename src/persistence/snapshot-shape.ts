import type { CourseCatalog } from '../course/catalog';
import { idKeys, type IdKeys } from './id-keys';

/**
 * Bump when the saved shape changes, and teach snapshot-migrate.ts to read the old one: every
 * released version stays readable (test/fixtures/snapshots holds one of each).
 * 1: JSON of the facts with full ids. 2: positional, ids as refs, every run's path.
 * 3: no run paths (nothing read them), reflections in punycode.
 * 4: the attempt's order seed at the end ('' when there is none).
 */
export const SNAPSHOT_VERSION = 4;

/**
 * The saved shape, positional to stay small:
 * [version, course ref, visited keys, location key, checks, scenarios, reflections, order seed]
 * - checks: flat triples key, answer ids joined by commas, 1 if correct else 0
 * - scenarios: flat triples key, runs played, best band index
 * - reflections: flat pairs key, text in punycode (see punycode.ts)
 * - order seed: letters and digits, or '' (see ProgressFacts.orderSeed)
 */
export type Snapshot = [number, string, string[], string, (string | number)[], (string | number)[], string[], string];

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
