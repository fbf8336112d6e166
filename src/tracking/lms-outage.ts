/** The first wait after an LMS stops answering, and the longest: bounded exponential backoff. */
export const FIRST_WAIT_MS = 1000;
export const LONGEST_WAIT_MS = 16_000;

export interface Outage {
  /** The LMS failed with an error that may clear with time, and has not answered since. */
  active(): boolean;
  /** Inside a wait: calls are held back rather than made. */
  waiting(): boolean;
  /** A call failed again: wait twice as long as last time, up to the longest wait. */
  failed(): void;
  /** A call succeeded: the LMS is back. */
  end(): void;
  /** Ends the current wait so the next call tries the LMS, as a commit or the end of the session does. */
  probeNow(): void;
}

/**
 * While the LMS fails every call (a network cut, a server down), trying each save at once only
 * adds load: hundreds of calls in seconds. Instead the first failure starts a wait, each failed
 * try doubles it, and every call inside a wait is held back without reaching the LMS. Since all
 * the calls of one save happen in the same instant, one failed call holds back the rest.
 */
export function createOutage(now: () => number): Outage {
  let wait = 0;
  let until = -Infinity;
  return {
    active: () => wait > 0,
    waiting: () => wait > 0 && now() < until,
    failed() {
      wait = wait === 0 ? FIRST_WAIT_MS : Math.min(wait * 2, LONGEST_WAIT_MS);
      until = now() + wait;
    },
    end() {
      wait = 0;
      until = -Infinity;
    },
    probeNow() {
      until = -Infinity;
    },
  };
}
