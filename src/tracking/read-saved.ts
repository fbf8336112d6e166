import type { LmsCalls } from './lms-calls';
import { ATTEMPTS } from './lms-writer';

export type SavedRead = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly code: number };

/**
 * "Nothing is stored here yet": SCORM 2004 answers an unset element with 403; SCORM 1.2 with no
 * error at all. Any other error with an empty value is a failed read, not an empty record.
 */
const NOT_SET = new Set([0, 403]);

/**
 * Reads what the learner saved, telling an empty record from a read that failed, and trying a
 * failing read again before giving up. A failed read must never be taken for "nothing saved":
 * the course would then write empty progress over the learner's work.
 */
export function readSaved(calls: LmsCalls, element: string): SavedRead {
  let code = 0;
  for (let i = 0; i < ATTEMPTS; i += 1) {
    const value = calls.getValue(element);
    if (value !== '') return { ok: true, value };
    code = calls.lastError();
    if (NOT_SET.has(code)) return { ok: true, value: '' };
  }
  return { ok: false, code };
}
