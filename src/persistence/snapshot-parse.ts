import type { Band, CheckResult, ProgressFacts, ScenarioRecord } from '../course/progress-facts';
import { BANDS } from '../course/progress-facts';
import type { IdKeys } from './id-keys';
import type { SnapshotKeys } from './snapshot-shape';

/** Thrown inside the readers only; decodeSnapshot turns it into a 'corrupt' result. */
export class Corrupt extends Error {}

export const isString = (x: unknown): x is string => typeof x === 'string';
export const isList = (x: unknown): x is unknown[] => Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

export function need<T>(value: T | undefined | null | false): T {
  if (value === undefined || value === null || value === false) throw new Corrupt();
  return value;
}

export const bandAt = (x: unknown): Band => need(isCount(x) && BANDS[x]);

/** A flat list read as groups of `size`: [a, b, a, b] → [[a, b], [a, b]]. */
export function groups(raw: unknown, size: number): unknown[][] {
  const list = need(isList(raw) && raw.length % size === 0 && raw);
  return Array.from({ length: list.length / size }, (_, i) => list.slice(i * size, i * size + size));
}

/** Entries whose key names a known id; the rest are left out. */
export function byKey<T>(keys: IdKeys, entries: readonly [unknown, T][]): Record<string, T> {
  return Object.fromEntries(
    entries.flatMap(([key, value]) => {
      const id = keys.idOf(need(isString(key) && key));
      return id === null ? [] : [[id, value]];
    }),
  );
}

export function scenarioRecord(played: unknown, best: unknown): ScenarioRecord {
  return { played: need(isCount(played) && played > 0 && played), best: bandAt(best) };
}

export function checkResult(answer: unknown, correct: unknown): CheckResult {
  if (!isString(answer) || (correct !== 0 && correct !== 1)) throw new Corrupt();
  return { answer: answer === '' ? [] : answer.split(','), correct: correct === 1 };
}

/** Visits, location and checks, which versions 2 and 3 write alike, after the version and course ref. */
export function readVisitsAndChecks(
  keys: SnapshotKeys,
  [, , visited, location, checks]: unknown[],
): Pick<ProgressFacts, 'visited' | 'location' | 'checks'> {
  const at = need(isString(location) && location);
  return {
    visited: need(isList(visited) && visited.every(isString) && visited)
      .map((k) => keys.lessons.idOf(k))
      .filter((id): id is string => id !== null),
    location: at === '' ? null : keys.lessons.idOf(at),
    checks: byKey(
      keys.checks,
      groups(checks, 3).map(([key, answer, correct]) => [key, checkResult(answer, correct)]),
    ),
  };
}
