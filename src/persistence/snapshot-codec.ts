import type { CourseCatalog } from '../course/catalog';
import type { RestoreProblem } from '../course/progress.machine';
import type { ProgressFacts } from '../course/progress-facts';
import { parseJson } from './ascii-json';
import { refOf } from './id-keys';
import { knownFacts } from './known-facts';
import { readSnapshot } from './snapshot-read';
import { readVersion1, readVersion2 } from './snapshot-migrate';
import { keysFor, SNAPSHOT_VERSION } from './snapshot-shape';
import { writeSnapshot } from './snapshot-write';

export { SNAPSHOT_VERSION };

export type DecodeResult =
  { readonly ok: true; readonly facts: ProgressFacts } | { readonly ok: false; readonly problem: RestoreProblem };

export interface PackedSnapshot {
  readonly text: string;
  /** Reflections left out because the whole would not fit; empty whenever everything fits. */
  readonly dropped: readonly string[];
}

/**
 * Saves facts as printable ASCII within `capacity` characters, the limit of the store in use.
 * Reflections are never cut: when the whole would not fit, the longest are left out whole, and
 * `dropped` says which. What counts towards completion and the score is always kept.
 */
export function packSnapshot(catalog: CourseCatalog, facts: ProgressFacts, capacity: number): PackedSnapshot {
  const keys = keysFor(catalog);
  const known = knownFacts(catalog, facts);
  const bySize = Object.keys(known.reflections).sort(
    (a, b) => writeSnapshot(catalog, keys, only(known, b)).length - writeSnapshot(catalog, keys, only(known, a)).length,
  );
  const dropped: string[] = [];
  let text = writeSnapshot(catalog, keys, known);
  for (const id of bySize) {
    if (text.length <= capacity) break;
    dropped.push(id);
    text = writeSnapshot(catalog, keys, without(known, dropped));
  }
  return { text, dropped };
}

export function encodeSnapshot(catalog: CourseCatalog, facts: ProgressFacts, capacity: number): string {
  return packSnapshot(catalog, facts, capacity).text;
}

const only = (facts: ProgressFacts, id: string): ProgressFacts => ({
  ...facts,
  reflections: { [id]: facts.reflections[id] ?? '' },
});

const without = (facts: ProgressFacts, ids: readonly string[]): ProgressFacts => ({
  ...facts,
  reflections: Object.fromEntries(Object.entries(facts.reflections).filter(([id]) => !ids.includes(id))),
});

/**
 * Reads a saved snapshot of this or any earlier version. Never throws: anything unreadable comes
 * back as a problem to report, and a later version's data as 'newer-version', never as older.
 */
export function decodeSnapshot(catalog: CourseCatalog, text: string): DecodeResult {
  const parsed = parseJson(text);
  try {
    const facts = readAnyVersion(catalog, parsed);
    return typeof facts === 'string' ? { ok: false, problem: facts } : { ok: true, facts: knownFacts(catalog, facts) };
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}

/** How many parts an array snapshot of each version has; version 1 was an object. */
const LENGTHS: Readonly<Record<number, number>> = { 2: 8, 3: 7, 4: 8 };

function readAnyVersion(catalog: CourseCatalog, parsed: unknown): ProgressFacts | RestoreProblem {
  const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  const version: unknown = isObject ? (parsed as { v?: unknown }).v : Array.isArray(parsed) ? parsed[0] : undefined;
  if (!Number.isInteger(version) || (version as number) < 1) return 'corrupt';
  if ((version as number) > SNAPSHOT_VERSION) return 'newer-version';
  if (isObject) return version === 1 ? readVersion1(catalog, parsed as Record<string, unknown>) : 'corrupt';
  const list = parsed as unknown[];
  if (list.length !== LENGTHS[version as number]) return 'corrupt';
  if (list[1] !== refOf(catalog.config.id)) return 'other-course';
  const keys = keysFor(catalog);
  return version === 2 ? readVersion2(keys, list) : readSnapshot(keys, list);
}
