import type { CourseCatalog } from '../course/catalog';
import { waitForApi, type FoundApi, type ScormVersion, type WaitOptions, type WindowLike } from './find-api';
import type { ScormDataModel } from './scorm-data-model';
import type { ScormTrackerOptions } from './scorm-tracker';
import { NOTHING_RECORDED } from './recorded-result';
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

/**
 * Each version's data model is a chunk of its own, fetched once the LMS has said which version it
 * speaks: a course without an LMS downloads neither, and one inside an LMS only the one it uses.
 */
const DATA_MODELS: Readonly<Record<ScormVersion, () => Promise<ScormDataModel>>> = {
  '2004': () => import('./scorm2004-data-model').then((m) => m.scorm2004DataModel),
  '1.2': () => import('./scorm12-data-model').then((m) => m.scorm12DataModel),
};

/** The adapter for the found runtime, or null when its code could not be downloaded. */
async function loadScormTracker(found: FoundApi, catalog: CourseCatalog, options?: ScormTrackerOptions) {
  try {
    const [{ createScormTracker }, model] = await Promise.all([
      import('./scorm-tracker'),
      DATA_MODELS[found.version](),
    ]);
    return createScormTracker(found, model, catalog, options);
  } catch (error) {
    (options?.log ?? console.warn)(`[tracking] the SCORM ${found.version} adapter did not load: ${String(error)}`);
    return null;
  }
}

/** Finds the LMS runtime, picks the adapter for its version and opens the session; falls back to standalone. */
export async function connectTracker({ win, catalog, standalone, wait, scorm }: ConnectOptions): Promise<Connection> {
  const found = await waitForApi(win, wait);
  const lmsTracker = found && (await loadScormTracker(found, catalog, scorm));
  if (lmsTracker) {
    const start = lmsTracker.start();
    if (start) return { tracker: lmsTracker, start, lmsRefused: false };
  }
  const tracker = standalone();
  const start = tracker.start() ?? {
    loaded: { facts: null, problem: null },
    learnerName: null,
    mode: 'normal' as const,
    credit: true,
    recorded: NOTHING_RECORDED,
  };
  return { tracker, start, lmsRefused: found !== null };
}
