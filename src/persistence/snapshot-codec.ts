import type { CourseCatalog } from '../course/catalog';
import type { RestoreProblem } from '../course/progress.machine';
import type { ProgressFacts } from '../course/progress-facts';
import { parseJson } from './ascii-json';
import { refOf } from './id-keys';
import { readSnapshot } from './snapshot-read';
import { keysFor, SNAPSHOT_VERSION } from './snapshot-shape';
import { capAttempts, dropOneAttempt, longestReflection, truncateReflections } from './snapshot-trim';
import { writeSnapshot } from './snapshot-write';

export { SNAPSHOT_VERSION };

/**
 * Hard limit on a saved snapshot, in characters (all ASCII, so also bytes). Half of SCORM 1.2's
 * 4,096-character suspend_data, so LMSs that escape or re-encode what they store still have room.
 */
export const SNAPSHOT_BUDGET = 2000;

export type DecodeResult =
  { readonly ok: true; readonly facts: ProgressFacts } | { readonly ok: false; readonly problem: RestoreProblem };

/**
 * Saves facts as compact ASCII within `budget` characters. When they would not fit, it first drops
 * older scenario attempts, then cuts every reflection to the same shorter length, then drops
 * reflections; what counts towards completion and the score is always kept.
 */
export function encodeSnapshot(catalog: CourseCatalog, facts: ProgressFacts, budget = SNAPSHOT_BUDGET): string {
  const keys = keysFor(catalog);
  const encode = (f: ProgressFacts) => writeSnapshot(catalog, keys, f);
  let current = capAttempts(facts);
  let text = encode(current);
  while (text.length > budget) {
    const smaller = dropOneAttempt(current);
    if (!smaller) break;
    current = smaller;
    text = encode(current);
  }
  if (text.length <= budget) return text;
  let low = 0;
  let high = longestReflection(current);
  let best: string | null = null;
  while (low <= high) {
    const cap = Math.floor((low + high) / 2);
    const candidate = encode(truncateReflections(current, cap));
    if (candidate.length <= budget) {
      best = candidate;
      low = cap + 1;
    } else high = cap - 1;
  }
  return best ?? encode({ ...current, reflections: {} });
}

/**
 * Reads a saved snapshot. Never throws: anything unreadable comes back as a problem to report.
 * Ids the course no longer has are left out, so progress survives content updates.
 */
export function decodeSnapshot(catalog: CourseCatalog, text: string): DecodeResult {
  const parsed = parseJson(text);
  const isOldShape = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && 'v' in parsed;
  if (isOldShape) return { ok: false, problem: 'old-version' };
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'number') return { ok: false, problem: 'corrupt' };
  if (parsed[0] !== SNAPSHOT_VERSION) return { ok: false, problem: 'old-version' };
  if (parsed.length !== 8) return { ok: false, problem: 'corrupt' };
  if (parsed[1] !== refOf(catalog.config.id)) return { ok: false, problem: 'other-course' };
  try {
    return { ok: true, facts: readSnapshot(keysFor(catalog), parsed) };
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}
