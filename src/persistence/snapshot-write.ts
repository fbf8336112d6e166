import type { CourseCatalog } from '../course/catalog';
import type { Band, ProgressFacts, ScenarioAttempt } from '../course/progress-facts';
import { BANDS } from '../course/progress-facts';
import { toAsciiJson } from './ascii-json';
import { refOf } from './id-keys';
import { SNAPSHOT_VERSION, type SavedScenario, type Snapshot, type SnapshotKeys } from './snapshot-shape';

const bandIndex = (band: Band): number => BANDS.indexOf(band);

/** Facts in the saved shape, as ASCII JSON; every fact is kept, trimming is the codec's job. */
export function writeSnapshot(catalog: CourseCatalog, keys: SnapshotKeys, facts: ProgressFacts): string {
  const words: string[] = [];
  const word = (id: string): number => {
    const at = words.indexOf(id);
    return at >= 0 ? at : words.push(id) - 1;
  };
  const attempt = (a: ScenarioAttempt): number[] => [
    word(a.endingId),
    bandIndex(a.band),
    Math.max(0, Math.round(a.seconds)),
    ...a.path.map((s) => word(s.replyId) * BANDS.length + bandIndex(s.band)),
  ];
  const snapshot: Snapshot = [
    SNAPSHOT_VERSION,
    refOf(catalog.config.id),
    facts.visited.map((id) => keys.lessons.keyOf(id)),
    facts.location === null ? '' : keys.lessons.keyOf(facts.location),
    Object.entries(facts.checks).flatMap(([id, c]) => [keys.checks.keyOf(id), c.answer.join(','), c.correct ? 1 : 0]),
    Object.entries(facts.scenarios).map(([id, r]): SavedScenario => [
      keys.scenarios.keyOf(id),
      r.played,
      bandIndex(r.best),
      r.attempts.map(attempt),
    ]),
    words,
    Object.entries(facts.reflections).flatMap(([id, text]) => [keys.reflections.keyOf(id), text]),
  ];
  return toAsciiJson(snapshot);
}
