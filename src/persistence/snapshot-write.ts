import type { CourseCatalog } from '../course/catalog';
import type { ProgressFacts } from '../course/progress-facts';
import { BANDS } from '../course/progress-facts';
import { toAsciiJson } from './ascii-json';
import { refOf } from './id-keys';
import { toPunycode } from './punycode';
import { SNAPSHOT_VERSION, type Snapshot, type SnapshotKeys } from './snapshot-shape';

/** Facts in the saved shape, as printable ASCII JSON. Every fact is written; packing is the codec's job. */
export function writeSnapshot(catalog: CourseCatalog, keys: SnapshotKeys, facts: ProgressFacts): string {
  const snapshot: Snapshot = [
    SNAPSHOT_VERSION,
    refOf(catalog.config.id),
    facts.visited.map((id) => keys.lessons.keyOf(id)),
    facts.location === null ? '' : keys.lessons.keyOf(facts.location),
    Object.entries(facts.checks).flatMap(([id, c]) => [keys.checks.keyOf(id), c.answer.join(','), c.correct ? 1 : 0]),
    Object.entries(facts.scenarios).flatMap(([id, r]) => [keys.scenarios.keyOf(id), r.played, BANDS.indexOf(r.best)]),
    Object.entries(facts.reflections).flatMap(([id, text]) => [keys.reflections.keyOf(id), toPunycode(text)]),
    facts.orderSeed ?? '',
  ];
  return toAsciiJson(snapshot);
}
