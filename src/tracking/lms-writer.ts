import type { LmsCalls } from './lms-calls';
import { errorKind } from './lms-errors';
import { createOutage } from './lms-outage';

/** A call that fails while the LMS seems healthy is tried this many times in all before it counts as failed. */
export const ATTEMPTS = 3;

export type SetOutcome = 'ok' | 'unsupported' | 'failed';

export interface LmsWriter {
  initialize(): boolean;
  /** The value, or '' when the LMS has none or refuses to say. */
  get(element: string): string;
  /** Skips values the LMS already holds from this session, so saving often stays cheap. */
  set(element: string, value: string): SetOutcome;
  /** During an outage, a commit after a save that brought nothing new is a retry: it tries at once. */
  commit(): boolean;
  /** Called once: after it, nothing may be sent. Gives what an outage held back one last try first. */
  terminate(): boolean;
}

export type Log = (message: string) => void;

/**
 * An interaction is a journal entry written as a group, id first; replaying one of its fields on
 * its own later would journal a fragment, so interactions are not held back for a later try.
 */
const isJournal = (element: string) => element.startsWith('cmi.interactions.');

/**
 * Wraps the raw calls with retries that respect the error code, backoff during an outage, a log
 * of what failed, and a cache of what was written.
 *
 * During an outage, writes are held back (the latest value of each element) instead of sent,
 * until the current wait is over. A save that only repeats what was held back is a retry (the
 * learner's button, the session's timer, the page being hidden, the end of the session): its
 * commit tries at once, sending what was held back, one try each, then committing. The first
 * failure ends the try and the wait grows.
 */
export function createLmsWriter(calls: LmsCalls, log: Log = (m) => console.warn(m), now = Date.now): LmsWriter {
  const written = new Map<string, string>();
  const outage = createOutage(now);
  const heldBack = new Map<string, string>();
  /** A save since the last commit brought something new: the learner is working, not retrying. */
  let fresh = false;
  /** A retry inside a wait has tried the LMS since the last commit: one try per save. */
  let retried = false;
  // A broken LMS fails every save the same way: log when a call starts failing, not every time.
  const failing = new Set<string>();
  const report = (what: string, code: number, tries: number) => {
    if (failing.has(what)) return;
    failing.add(what);
    log(
      `[tracking] ${what} failed (${tries} ${tries === 1 ? 'try' : 'tries'}): error ${code} ${calls.explain(code)}`.trim(),
    );
  };

  /**
   * One call, tried again at once only while the LMS seems healthy: during an outage a repeat in
   * the same instant cannot help. Refused calls are never repeated; they cannot succeed as made.
   */
  function attempt(call: () => boolean, what: string): SetOutcome {
    if (outage.waiting()) return 'failed';
    const tries = outage.active() ? 1 : ATTEMPTS;
    let code = 0;
    for (let i = 0; i < tries; i += 1) {
      if (call()) {
        outage.end();
        failing.delete(what);
        return 'ok';
      }
      code = calls.lastError();
      const kind = errorKind(calls.version, code);
      if (kind === 'unsupported') return 'unsupported';
      if (kind === 'refused') {
        report(what, code, i + 1);
        return 'failed';
      }
    }
    outage.failed();
    report(what, code, tries);
    return 'failed';
  }

  function set(element: string, value: string): SetOutcome {
    if (written.get(element) === value) return 'ok';
    if (outage.waiting()) {
      if (heldBack.get(element) !== value) fresh = true;
      // A save that opens by repeating what was held back is a retry: it makes the one try.
      else if (!fresh && !retried) {
        retried = true;
        outage.probeNow();
      }
    }
    const outcome = attempt(() => calls.setValue(element, value), `SetValue ${element}`);
    if (outcome === 'ok') written.set(element, value);
    if (outcome === 'failed' && outage.active() && !isJournal(element)) heldBack.set(element, value);
    else heldBack.delete(element);
    return outcome;
  }

  /** Sends what the outage held back, ending the wait: false at the first failure. */
  function sendHeldBack(): boolean {
    if (!outage.active()) return true;
    outage.probeNow();
    for (const [element, value] of [...heldBack]) if (set(element, value) === 'failed') return false;
    return true;
  }

  function commit(): boolean {
    const retry = !fresh && !retried;
    fresh = false;
    retried = false;
    // Inside a wait, only a save that repeats what was held back (a retry, the page hidden) tries.
    if (outage.waiting() && !retry) return false;
    if (!sendHeldBack()) return false;
    outage.probeNow();
    return attempt(() => calls.commit(), 'Commit') === 'ok';
  }

  return {
    initialize() {
      for (let i = 0; i < ATTEMPTS; i += 1)
        if (calls.initialize() || errorKind(calls.version, calls.lastError()) === 'already-open') return true;
      report('Initialize', calls.lastError(), ATTEMPTS);
      return false;
    },
    get: (element) => calls.getValue(element),
    set,
    commit,
    terminate() {
      // What was held back is the learner's latest work: one last try, and the commit with it.
      if (outage.active() && sendHeldBack()) commit();
      if (calls.terminate()) return true;
      report('Terminate', calls.lastError(), 1);
      return false;
    },
  };
}
