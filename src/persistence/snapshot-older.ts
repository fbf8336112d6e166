import type { CourseCatalog } from '../course/catalog';
import type { ProgressFacts } from '../course/progress-facts';
import type { RestoreProblem } from '../course/progress.machine';
import { refOf } from './id-keys';
import { readVersion1, readVersion2 } from './snapshot-migrate';
import { keysFor } from './snapshot-shape';

/** Version 2 was an array of eight parts, like version 4, but without the order seed and with ids by position. */
const VERSION_2_LENGTH = 8;

/**
 * The OlderReader (src/persistence/snapshot-codec.ts): versions 1 and 2, as release 1 and 2 wrote
 * them. A chunk of its own, loaded only when saved progress is in one of those formats.
 */
export function readOlderSnapshot(catalog: CourseCatalog, parsed: unknown): ProgressFacts | RestoreProblem {
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    const record = parsed as Record<string, unknown>;
    return record.v === 1 ? readVersion1(catalog, record) : 'corrupt';
  }
  if (!Array.isArray(parsed) || parsed[0] !== 2 || parsed.length !== VERSION_2_LENGTH) return 'corrupt';
  if (parsed[1] !== refOf(catalog.config.id)) return 'other-course';
  return readVersion2(keysFor(catalog), parsed);
}
