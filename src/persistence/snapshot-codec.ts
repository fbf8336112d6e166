import type { CourseCatalog } from '../course/catalog';
import type { RestoreProblem } from '../course/progress.machine';
import type { ProgressFacts } from '../course/progress-facts';
import { parseJson } from './ascii-json';
import { refOf } from './id-keys';
import { knownFacts } from './known-facts';
import { readSnapshot } from './snapshot-read';
import { keysFor, SNAPSHOT_VERSION } from './snapshot-shape';
import { writeSnapshot } from './snapshot-write';

export { SNAPSHOT_VERSION };

/**
 * Reads the formats of versions 1 and 2, which only learners who began before release 3 still have
 * (src/persistence/snapshot-older.ts). It is a chunk of its own that the caller loads only when the
 * saved text is one of those (`needsOlderReader`): every learner would otherwise download it with
 * the first load, whose budget is fixed.
 */
export type OlderReader = (catalog: CourseCatalog, parsed: unknown) => ProgressFacts | RestoreProblem;

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
export function decodeSnapshot(catalog: CourseCatalog, text: string, older: OlderReader | null): DecodeResult {
  const parsed = parseJson(text);
  try {
    const facts = readAnyVersion(catalog, parsed, older);
    return typeof facts === 'string' ? { ok: false, problem: facts } : { ok: true, facts: knownFacts(catalog, facts) };
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}

/** The oldest format readSnapshot reads; earlier ones need the OlderReader. */
const OLDEST_CURRENT = 3;

/** How many parts an array snapshot of each version read here has. */
const LENGTHS: Readonly<Record<number, number>> = { 3: 7, 4: 8 };

/** The snapshot's version: `v` in version 1's object, the first item of every later array; null when it has none. */
function versionOf(parsed: unknown): number | null {
  const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  const version: unknown = isObject ? (parsed as { v?: unknown }).v : Array.isArray(parsed) ? parsed[0] : undefined;
  return Number.isInteger(version) && (version as number) >= 1 ? (version as number) : null;
}

/** True when the text is a snapshot that only the OlderReader can read, so the caller should load it first. */
export function needsOlderReader(text: string): boolean {
  const version = versionOf(parseJson(text));
  return version !== null && version < OLDEST_CURRENT;
}

function readAnyVersion(
  catalog: CourseCatalog,
  parsed: unknown,
  older: OlderReader | null,
): ProgressFacts | RestoreProblem {
  const version = versionOf(parsed);
  if (version === null) return 'corrupt';
  if (version > SNAPSHOT_VERSION) return 'newer-version';
  // Without its reader an older snapshot is not damaged, only unread for now: held, never overwritten.
  if (version < OLDEST_CURRENT) return older ? older(catalog, parsed) : 'unreadable';
  const list = parsed as unknown[];
  if (!Array.isArray(parsed) || list.length !== LENGTHS[version]) return 'corrupt';
  if (list[1] !== refOf(catalog.config.id)) return 'other-course';
  return readSnapshot(keysFor(catalog), list);
}
