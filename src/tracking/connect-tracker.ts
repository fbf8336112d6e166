import type { CourseCatalog } from '../course/catalog';
import {
  isPlainlyAlone,
  waitForApi,
  watchForApi,
  type FoundApi,
  type ScormVersion,
  type WaitOptions,
  type WindowLike,
} from './find-api';
import { isCmi5Launch } from './cmi5/cmi5-launch-check';
import type { Cmi5Options } from './cmi5/cmi5-options';
import type { ScormDataModel } from './scorm-data-model';
import type { ScormTrackerOptions } from './scorm-tracker';
import { NOTHING_RECORDED } from './recorded-result';
import type { Tracker, TrackerStart } from './tracker';

export interface Connection {
  readonly tracker: Tracker;
  readonly start: TrackerStart;
  /** An LMS was there but would not open a session, so progress stays in this browser. */
  readonly lmsRefused: boolean;
  /**
   * With lmsRefused: the LMS did answer, but this launch has already ended there (a cmi5 page
   * reloaded after it sent terminated), so progress waits in this browser for the next launch.
   */
  readonly launchEnded?: boolean;
  /**
   * Set when the course started without an LMS but sits in a frame or was opened by another window,
   * where one may still appear: keeps looking until it does (or `signal` aborts), then opens it.
   */
  readonly lateLms: ((signal: AbortSignal) => Promise<LateLms | null>) | null;
}

/** An LMS that appeared after the course had started on browser storage. */
export type LateLms =
  { readonly tracker: Tracker; readonly start: TrackerStart; readonly refused: false } | { readonly refused: true };

export interface ConnectOptions {
  readonly win: WindowLike;
  readonly catalog: CourseCatalog;
  /** The adapter to use when there is no LMS to talk to. */
  readonly standalone: () => Tracker | Promise<Tracker>;
  readonly wait?: WaitOptions;
  readonly scorm?: ScormTrackerOptions;
  /**
   * What else the course needs once an LMS is found: the words and screens only an LMS session
   * shows (src/ui/lms-parts.ts), so a course without an LMS never downloads them. Loaded with the
   * adapter: should it not arrive, the adapter counts as not loaded, and the learner is told that
   * progress stays in this browser.
   */
  readonly withLms?: () => Promise<unknown>;
  /** The page's address and what a cmi5 launch needs; without it the course never looks for cmi5. */
  readonly cmi5?: Cmi5Options;
}

type LmsOptions = Pick<ConnectOptions, 'scorm' | 'withLms'>;

/**
 * Each version's data model is a chunk of its own, fetched once the LMS has said which version it
 * speaks: a course without an LMS downloads neither, and one inside an LMS only the one it uses.
 */
const DATA_MODELS: Readonly<Record<ScormVersion, () => Promise<ScormDataModel>>> = {
  '2004': () => import('./scorm2004-data-model').then((m) => m.scorm2004DataModel),
  '1.2': () => import('./scorm12-data-model').then((m) => m.scorm12DataModel),
};

/** The adapter for the found runtime, or null when its code could not be downloaded. */
async function loadScormTracker(found: FoundApi, catalog: CourseCatalog, { scorm: options, withLms }: LmsOptions) {
  try {
    const [{ createScormTracker }, model] = await Promise.all([
      import('./scorm-tracker'),
      DATA_MODELS[found.version](),
      withLms?.(),
    ]);
    return createScormTracker(found, model, catalog, options);
  } catch (error) {
    (options?.log ?? console.warn)(`[tracking] the SCORM ${found.version} adapter did not load: ${String(error)}`);
    return null;
  }
}

/** Opens the session on the found runtime; null when its adapter did not load or the LMS refused to start. */
async function openLms(found: FoundApi, catalog: CourseCatalog, options: LmsOptions) {
  const tracker = await loadScormTracker(found, catalog, options);
  const start = tracker?.start();
  return tracker && start ? { tracker, start } : null;
}

/** Finds the LMS runtime, picks the adapter for its version and opens the session; falls back to standalone. */
export async function connectTracker(options: ConnectOptions): Promise<Connection> {
  const { win, catalog, standalone, wait, cmi5, withLms } = options;
  // A cmi5 LMS says so in the launch URL; it has no runtime in a parent window to look for.
  const cmi5Launch = cmi5 && isCmi5Launch(new URL(cmi5.href).search);
  if (cmi5Launch) {
    // Its own chunk, with the LMS's screens: only a cmi5 launch downloads them. If they do not
    // arrive, nothing has been sent yet, and the course runs as for an LMS that refused.
    const connection = await Promise.all([import('./cmi5/open-cmi5'), withLms?.()])
      .then(([m]) => m.connectCmi5(cmi5, catalog))
      .catch(() => null);
    if (connection) return connection;
  }
  const found = cmi5Launch ? null : await waitForApi(win, wait);
  const opened = found && (await openLms(found, catalog, options));
  if (opened) return { ...opened, lmsRefused: false, lateLms: null };
  const tracker = await standalone();
  const start = tracker.start() ?? {
    loaded: { facts: null, problem: null },
    learnerName: null,
    mode: 'normal' as const,
    credit: true,
    recorded: NOTHING_RECORDED,
  };
  const lateLms =
    found || cmi5Launch || isPlainlyAlone(win)
      ? null
      : async (signal: AbortSignal): Promise<LateLms | null> => {
          const late = await watchForApi(win, wait ?? {}, signal);
          if (!late || signal.aborted) return null;
          const lms = await openLms(late, catalog, options);
          return lms ? { ...lms, refused: false } : { refused: true };
        };
  return { tracker, start, lmsRefused: found !== null || !!cmi5Launch, lateLms };
}
