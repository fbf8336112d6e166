import type { LmsCalls } from './lms-calls';

/** Every failing call is tried this many times in all before it counts as failed. */
export const ATTEMPTS = 3;

/** 401/402: the LMS does not have the element at all (1.2: not implemented; 2004: undefined or unimplemented). */
const UNSUPPORTED = new Set([401, 402]);
/** SCORM 2004 "already initialized": the session is open, which is what we wanted. */
const ALREADY_INITIALIZED = 103;

export type SetOutcome = 'ok' | 'unsupported' | 'failed';

export interface LmsWriter {
  initialize(): boolean;
  /** The value, or '' when the LMS has none or refuses to say. */
  get(element: string): string;
  /** Skips values the LMS already holds from this session, so saving often stays cheap. */
  set(element: string, value: string): SetOutcome;
  commit(): boolean;
  /** Called once: after it, nothing may be sent. */
  terminate(): boolean;
}

export type Log = (message: string) => void;

/** Wraps the raw calls with bounded retries, a log of what failed, and a cache of what was written. */
export function createLmsWriter(calls: LmsCalls, log: Log = (m) => console.warn(m)): LmsWriter {
  const written = new Map<string, string>();
  // A broken LMS fails every save the same way: log when a call starts failing, not every time.
  const failing = new Set<string>();
  const report = (what: string, tries = ATTEMPTS) => {
    if (failing.has(what)) return;
    failing.add(what);
    const code = calls.lastError();
    log(
      `[tracking] ${what} failed (${tries} ${tries === 1 ? 'try' : 'tries'}): error ${code} ${calls.explain(code)}`.trim(),
    );
  };
  const succeeded = (what: string) => failing.delete(what);
  const retried = (call: () => boolean, what: string): boolean => {
    for (let i = 0; i < ATTEMPTS; i += 1)
      if (call()) {
        succeeded(what);
        return true;
      }
    report(what);
    return false;
  };
  return {
    initialize: () => retried(() => calls.initialize() || calls.lastError() === ALREADY_INITIALIZED, 'Initialize'),
    get: (element) => calls.getValue(element),
    set(element, value) {
      if (written.get(element) === value) return 'ok';
      for (let i = 0; i < ATTEMPTS; i += 1) {
        if (calls.setValue(element, value)) {
          written.set(element, value);
          succeeded(`SetValue ${element}`);
          return 'ok';
        }
        if (UNSUPPORTED.has(calls.lastError())) return 'unsupported';
      }
      report(`SetValue ${element}`);
      return 'failed';
    },
    commit: () => retried(() => calls.commit(), 'Commit'),
    terminate() {
      if (calls.terminate()) return true;
      report('Terminate', 1);
      return false;
    },
  };
}
