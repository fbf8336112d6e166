import type { ProgressFacts } from '../course/progress-facts';
import { fromPunycode } from './punycode';
import { byKey, groups, isString, need, readVisitsAndChecks, scenarioRecord } from './snapshot-parse';
import type { SnapshotKeys } from './snapshot-shape';

/** An order seed as written: a few letters and digits. Anything else is no seed, and the next save writes a fresh one. */
const SEED = /^[0-9a-z]{1,16}$/;

/**
 * Rebuilds facts from a parsed snapshot of version 3 or the current version 4, which only adds the
 * order seed at the end (see snapshot-shape.ts). Throws on anything malformed.
 */
export function readSnapshot(keys: SnapshotKeys, parsed: unknown[]): ProgressFacts {
  const [, , , , , scenarios, reflections, seed] = need((parsed.length === 7 || parsed.length === 8) && parsed);
  return {
    ...(typeof seed === 'string' && SEED.test(seed) ? { orderSeed: seed } : {}),
    ...readVisitsAndChecks(keys, parsed),
    scenarios: byKey(
      keys.scenarios,
      groups(scenarios, 3).map(([key, played, best]) => [key, scenarioRecord(played, best)]),
    ),
    reflections: byKey(
      keys.reflections,
      groups(reflections, 2).map(([key, text]) => [key, fromPunycode(need(isString(text) && text))]),
    ),
  };
}
