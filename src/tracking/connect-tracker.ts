import type { CourseCatalog } from '../course/catalog';
import { waitForApi, type WaitOptions, type WindowLike } from './find-api';
import { createScormTracker, type ScormTrackerOptions } from './scorm-tracker';
import type { Tracker, TrackerStart } from './tracker';

export interface Connection {
  readonly tracker: Tracker;
  readonly start: TrackerStart;
  /** An LMS was there but would not open a session, so progress stays in this browser. */
  readonly lmsRefused: boolean;
}

export interface ConnectOptions {
  readonly win: WindowLike;
  readonly catalog: CourseCatalog;
  /** The adapter to use when there is no LMS to talk to. */
  readonly standalone: () => Tracker;
  readonly wait?: WaitOptions;
  readonly scorm?: ScormTrackerOptions;
}

/** Finds the LMS runtime, picks the adapter for its version and opens the session; falls back to standalone. */
export async function connectTracker({ win, catalog, standalone, wait, scorm }: ConnectOptions): Promise<Connection> {
  const found = await waitForApi(win, wait);
  if (found) {
    const tracker = createScormTracker(found, catalog, scorm);
    const start = tracker.start();
    if (start) return { tracker, start, lmsRefused: false };
  }
  const tracker = standalone();
  const start = tracker.start() ?? { loaded: { facts: null, problem: null }, learnerName: null };
  return { tracker, start, lmsRefused: found !== null };
}
