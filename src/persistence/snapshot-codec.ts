import type { RestoreProblem } from '../course/progress.machine';
import type { Band, ProgressFacts, ScenarioAttempt, ScenarioRecord } from '../course/progress-facts';
import { BANDS } from '../course/progress-facts';

/** Bump when the shape of saved facts changes; older snapshots are then refused, never misread. */
export const SNAPSHOT_VERSION = 1;

export type DecodeResult =
  | { readonly ok: true; readonly facts: ProgressFacts }
  | { readonly ok: false; readonly problem: RestoreProblem };

interface SnapshotV1 {
  v: number;
  c: string;
  facts: ProgressFacts;
}

export function encodeSnapshot(courseId: string, facts: ProgressFacts): string {
  const snapshot: SnapshotV1 = { v: SNAPSHOT_VERSION, c: courseId, facts };
  return JSON.stringify(snapshot);
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isBand = (x: unknown): x is Band => BANDS.includes(x as Band);

function isAttempt(x: unknown): x is ScenarioAttempt {
  return (
    isRecord(x) &&
    isString(x.endingId) &&
    isBand(x.band) &&
    typeof x.seconds === 'number' &&
    Array.isArray(x.path) &&
    x.path.every((s) => isRecord(s) && isString(s.replyId) && isBand(s.band))
  );
}

function isScenarioRecord(x: unknown): x is ScenarioRecord {
  return isRecord(x) && isBand(x.best) && typeof x.played === 'number' && Array.isArray(x.attempts) && x.attempts.every(isAttempt);
}

function isFacts(x: unknown): x is ProgressFacts {
  return (
    isRecord(x) &&
    Array.isArray(x.visited) &&
    x.visited.every(isString) &&
    isRecord(x.checks) &&
    Object.values(x.checks).every(
      (c) => isRecord(c) && Array.isArray(c.answer) && c.answer.every(isString) && typeof c.correct === 'boolean',
    ) &&
    isRecord(x.scenarios) &&
    Object.values(x.scenarios).every(isScenarioRecord) &&
    isRecord(x.reflections) &&
    Object.values(x.reflections).every(isString) &&
    (x.location === null || isString(x.location))
  );
}

/** Reads a saved snapshot. Never throws: anything unreadable comes back as a problem to report. */
export function decodeSnapshot(courseId: string, text: string): DecodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (!isRecord(parsed) || typeof parsed.v !== 'number') return { ok: false, problem: 'corrupt' };
  if (parsed.c !== courseId) return { ok: false, problem: 'other-course' };
  if (parsed.v !== SNAPSHOT_VERSION) return { ok: false, problem: 'old-version' };
  if (!isFacts(parsed.facts)) return { ok: false, problem: 'corrupt' };
  return { ok: true, facts: parsed.facts };
}
