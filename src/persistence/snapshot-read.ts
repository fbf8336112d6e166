import type { ProgressFacts } from '../course/progress-facts';
import { fromPunycode } from './punycode';
import { byKey, groups, isString, need, readVisitsAndChecks, scenarioRecord } from './snapshot-parse';
import type { SnapshotKeys } from './snapshot-shape';

/** Rebuilds facts from a parsed snapshot of the current version (see snapshot-shape.ts). Throws on anything malformed. */
export function readSnapshot(keys: SnapshotKeys, parsed: unknown[]): ProgressFacts {
  const [, , , , , scenarios, reflections] = need(parsed.length === 7 && parsed);
  return {
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
