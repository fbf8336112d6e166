import type {
  Band,
  CheckResult,
  ProgressFacts,
  ScenarioAttempt,
  ScenarioRecord,
  ScenarioStep,
} from '../course/progress-facts';
import { BANDS, emptyFacts } from '../course/progress-facts';
import type { SnapshotKeys } from './snapshot-shape';

const isString = (x: unknown): x is string => typeof x === 'string';
const isList = (x: unknown): x is unknown[] => Array.isArray(x);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const bandAt = (x: unknown): Band | undefined => (isCount(x) ? BANDS[x] : undefined);

/** Thrown inside the reader only; decodeSnapshot turns it into a 'corrupt' result. */
class Corrupt extends Error {}

function need<T>(value: T | undefined | null | false): T {
  if (value === undefined || value === null || value === false) throw new Corrupt();
  return value;
}

function readAttempt(raw: unknown, words: readonly string[]): ScenarioAttempt {
  const [ending, band, seconds, ...steps] = need(isList(raw) && raw.length >= 3 && raw);
  const path = steps.map((step): ScenarioStep => {
    const n = need(isCount(step) && step);
    return { replyId: need(words[Math.floor(n / BANDS.length)]), band: need(bandAt(n % BANDS.length)) };
  });
  return {
    endingId: need(isCount(ending) && words[ending]),
    band: need(bandAt(band)),
    seconds: need(isCount(seconds) && seconds),
    path,
  };
}

function readScenario(raw: unknown, words: readonly string[]): [string, ScenarioRecord] {
  const [key, played, best, attempts] = need(isList(raw) && raw.length === 4 && raw);
  const list = need(isList(attempts) && attempts).map((a) => readAttempt(a, words));
  if (!isString(key) || !isCount(played) || played < list.length || played === 0) throw new Corrupt();
  return [key, { played, best: need(bandAt(best)), attempts: list }];
}

function pairs(raw: unknown, size: number): unknown[][] {
  const list = need(isList(raw) && raw.length % size === 0 && raw);
  return Array.from({ length: list.length / size }, (_, i) => list.slice(i * size, i * size + size));
}

/**
 * Rebuilds facts from a parsed snapshot of the current version. Throws on anything malformed;
 * ids the course no longer has are left out.
 */
export function readSnapshot(keys: SnapshotKeys, parsed: unknown[]): ProgressFacts {
  const [, , visited, location, checks, scenarios, words, reflections] = parsed;
  const wordList = need(isList(words) && words.every(isString) && words);
  const lessons = need(isList(visited) && visited.every(isString) && visited)
    .map((k) => keys.lessons.idOf(k))
    .filter((id): id is string => id !== null);
  const checkEntries = pairs(checks, 3).flatMap(([key, answer, correct]): [string, CheckResult][] => {
    if (!isString(key) || !isString(answer) || (correct !== 0 && correct !== 1)) throw new Corrupt();
    const id = keys.checks.idOf(key);
    return id === null ? [] : [[id, { answer: answer === '' ? [] : answer.split(','), correct: correct === 1 }]];
  });
  const scenarioEntries = need(isList(scenarios) && scenarios).flatMap((raw): [string, ScenarioRecord][] => {
    const [key, record] = readScenario(raw, wordList);
    const id = keys.scenarios.idOf(key);
    return id === null ? [] : [[id, record]];
  });
  const reflectionEntries = pairs(reflections, 2).flatMap(([key, text]): [string, string][] => {
    if (!isString(key) || !isString(text)) throw new Corrupt();
    const id = keys.reflections.idOf(key);
    return id === null ? [] : [[id, text]];
  });
  const at = need(isString(location) && location);
  return {
    ...emptyFacts,
    visited: [...new Set(lessons)],
    location: at === '' ? null : keys.lessons.idOf(at),
    checks: Object.fromEntries(checkEntries),
    scenarios: Object.fromEntries(scenarioEntries),
    reflections: Object.fromEntries(reflectionEntries),
  };
}
