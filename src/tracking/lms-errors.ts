import type { ScormVersion } from './find-api';

/**
 * What a failed call's error code says about trying again:
 * - `unsupported`: the LMS does not have the element at all; stop using it.
 * - `refused`: this call can never succeed as made (wrong element, value or session state), so
 *   repeating it only adds load; the LMS is otherwise fine.
 * - `already-open`: Initialize on a session that is already open, which is what was wanted.
 * - `transient`: a general failure (network, server, LMS busy) that may clear with time.
 */
export type ErrorKind = 'unsupported' | 'refused' | 'already-open' | 'transient';

/**
 * SCORM 1.2: 401 is "not implemented". 402 is "invalid set value, element is a keyword" (a
 * `_count` or `_children`), a mistake in the call, not a missing feature. 201–203 are argument
 * errors, 301 "not initialized", 403–405 read-only, write-only and data type.
 */
const REFUSED_12 = new Set([201, 202, 203, 301, 402, 403, 404, 405]);
const UNSUPPORTED_12 = new Set([401]);

/**
 * SCORM 2004: 401 undefined and 402 unimplemented elements. 403 value not initialized, 404 read
 * only, 405 write only, 406 type mismatch, 407 out of range, 408 dependency not established and
 * 201 argument errors are all about the call; 104, 112, 113, 122, 123, 132, 133, 142 and 143 about
 * calling outside an open session. None of them changes by waiting.
 */
const REFUSED_2004 = new Set([104, 112, 113, 122, 123, 132, 133, 142, 143, 201, 403, 404, 405, 406, 407, 408]);
const UNSUPPORTED_2004 = new Set([401, 402]);
const ALREADY_INITIALIZED_2004 = 103;

export function errorKind(version: ScormVersion, code: number): ErrorKind {
  if (version === '1.2') {
    if (UNSUPPORTED_12.has(code)) return 'unsupported';
    return REFUSED_12.has(code) ? 'refused' : 'transient';
  }
  if (UNSUPPORTED_2004.has(code)) return 'unsupported';
  if (code === ALREADY_INITIALIZED_2004) return 'already-open';
  return REFUSED_2004.has(code) ? 'refused' : 'transient';
}
