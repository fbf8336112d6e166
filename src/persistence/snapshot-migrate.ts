import type { CourseCatalog } from '../course/catalog';
import type { ProgressFacts } from '../course/progress-facts';
import {
  byKey,
  checkResult,
  Corrupt,
  groups,
  isList,
  isString,
  need,
  readVisitsAndChecks,
  scenarioRecord,
} from './snapshot-parse';
import type { SnapshotKeys } from './snapshot-shape';

/**
 * Readers for every format an earlier release wrote, so no learner loses progress to an update.
 * Each gives today's facts; ids the course does not have are dropped afterwards by the codec.
 */

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !isList(x);
const recordOf = (x: unknown): Record<string, unknown> => need(isRecord(x) && x);
const BAND_NAMES: readonly unknown[] = ['misery', 'mediocrity', 'wow'];

/**
 * Version 1 (commit 45b368e, browser storage only): {"v":1,"c":course id,"facts":facts}, ids in
 * full and each scenario's runs in `attempts`, which nothing reads any more.
 */
export function readVersion1(catalog: CourseCatalog, parsed: Record<string, unknown>): ProgressFacts | 'other-course' {
  if (parsed.c !== catalog.config.id) return 'other-course';
  const facts = recordOf(parsed.facts);
  const checks = Object.entries(recordOf(facts.checks)).map(([id, raw]) => {
    const { answer, correct } = recordOf(raw);
    if (!isList(answer) || !answer.every(isString) || typeof correct !== 'boolean') throw new Corrupt();
    return [id, checkResult(answer.join(','), correct ? 1 : 0)] as const;
  });
  const scenarios = Object.entries(recordOf(facts.scenarios)).map(([id, raw]) => {
    const { played, best } = recordOf(raw);
    return [id, scenarioRecord(played, BAND_NAMES.indexOf(best))] as const;
  });
  const reflections = Object.entries(recordOf(facts.reflections)).map(
    ([id, text]) => [id, need(isString(text) && text)] as const,
  );
  const visited = need(isList(facts.visited) && facts.visited.every(isString) && facts.visited);
  if (facts.location !== null && !isString(facts.location)) throw new Corrupt();
  return {
    visited,
    location: facts.location,
    checks: Object.fromEntries(checks),
    scenarios: Object.fromEntries(scenarios),
    reflections: Object.fromEntries(reflections),
  };
}

/**
 * Version 2 (commit e9ef146): [2, course ref, visited, location, checks, scenarios, words,
 * reflections], a scenario being [key, played, best, runs] and reflections plain text.
 */
export function readVersion2(keys: SnapshotKeys, parsed: unknown[]): ProgressFacts {
  const [, , , , , scenarios, words, reflections] = need(parsed.length === 8 && parsed);
  need(isList(words));
  return {
    ...readVisitsAndChecks(keys, parsed),
    scenarios: byKey(
      keys.scenarios,
      need(isList(scenarios) && scenarios).map((raw) => {
        const [key, played, best, runs] = need(isList(raw) && raw.length === 4 && raw);
        need(isList(runs));
        return [key, scenarioRecord(played, best)];
      }),
    ),
    reflections: byKey(
      keys.reflections,
      groups(reflections, 2).map(([key, text]) => [key, need(isString(text) && text)]),
    ),
  };
}
