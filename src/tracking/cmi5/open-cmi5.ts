import type { CourseCatalog } from '../../course/catalog';
import type { LoadedProgress, ProgressStore } from '../../persistence/progress-store';
import { emptyFacts } from '../../course/progress-facts';
import { mergeFacts } from '../../persistence/merge-facts';
import { decodeSnapshot, encodeSnapshot } from '../../persistence/snapshot-codec';
import { createBrowserTracker } from '../browser-tracker';
import type { Connection } from '../connect-tracker';
import type { Tracker, TrackerStart } from '../tracker';
import { createCmi5Tracker } from './cmi5-tracker';
import { uiLocale } from '../../i18n/i18n';
import type { Cmi5Options } from './cmi5-options';
import { languagePreferenceOf, parseLaunchData, type LaunchData } from './launch-data';
import { readCmi5Launch, type Cmi5Launch } from './launch-params';
import { launchRecordStore, pendingState, type RecordStore } from './launch-record';
import { preferredLocale, siblingBuildUrl } from './locale-choice';
import { createOutbox, defaultRetryDelayMs, type Outbox } from './outbox';
import { carryOver } from './session-carry';
import { newUuid } from './uuid';
import { fetchAuthToken, isSuccess, xapiClient, type XapiClient, type XapiReply } from './xapi-client';
import { PROFILE_PREFERENCES, STATE_JOURNAL, STATE_LAUNCH_DATA, STATE_PROGRESS } from './xapi-iris';

export type Cmi5Opened =
  /** `refused`: the launch could not be honoured (a used fetch URL, an ended session, an LMS that would not answer), so progress stays in this browser until the next launch. */
  | {
      readonly kind: 'opened';
      readonly tracker: Tracker;
      readonly start: TrackerStart;
      readonly refused: boolean;
      /** The refusal is an ended session: the page was reloaded after it sent terminated. */
      readonly ended?: boolean;
    }
  /** The learner prefers another shipped language: the page is going to that build. */
  | { readonly kind: 'leaving' };

/** Reads tried this often before the course gives up on them, as for a SCORM LMS. */
const READ_ATTEMPTS = 3;

async function read(get: () => Promise<XapiReply>): Promise<XapiReply> {
  let reply = await get();
  for (let n = 1; n < READ_ATTEMPTS && !isSuccess(reply) && reply.status !== 404; n += 1) reply = await get();
  return reply;
}

const safeStorage = (pick: () => Storage): Storage | null => {
  try {
    return pick();
  } catch {
    return null;
  }
};

function remember(storage: Storage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Without session storage a reload asks the fetch URL again, and is told it was used.
  }
}

function decoded(catalog: CourseCatalog, text: string): LoadedProgress {
  if (text === '') return { facts: null, problem: null };
  // No release that wrote versions 1 or 2 ever spoke cmi5, so the LRS holds none of them.
  const result = decodeSnapshot(catalog, text, null);
  return result.ok ? { facts: result.facts, problem: null } : { facts: null, problem: result.problem };
}

/**
 * Saved progress as the session expects it: what the LRS holds (unreadable and corrupt data are
 * problems, never "nothing"), with what this browser still had to send merged in, since that is
 * newer. `reply` is null when there was no token to ask with.
 */
function loadedFrom(catalog: CourseCatalog, reply: XapiReply | null, pending: string | null): LoadedProgress {
  const held: LoadedProgress =
    reply === null || reply.status === 404
      ? { facts: null, problem: null }
      : isSuccess(reply)
        ? decoded(catalog, reply.body)
        : { facts: null, problem: 'unreadable' };
  const mine = pending === null ? null : decoded(catalog, pending).facts;
  if (!mine) return held;
  return { facts: held.facts ? mergeFacts(held.facts, mine, emptyFacts) : mine, problem: null };
}

/** Progress kept for the next launch when this one cannot reach the LRS: it waits in the outbox. */
function pendingStore(catalog: CourseCatalog, outbox: Outbox, loaded: LoadedProgress): ProgressStore {
  return {
    load: () => loaded,
    save: (facts) =>
      outbox.add({ kind: 'state', stateId: STATE_PROGRESS, body: encodeSnapshot(catalog, facts, Infinity) }),
  };
}

function inThisBrowser(
  catalog: CourseCatalog,
  store: RecordStore,
  loaded: LoadedProgress,
  log: (m: string) => void,
  why: string,
  ended = false,
): Cmi5Opened {
  log(`[cmi5] progress stays in this browser until the next launch: ${why}`);
  const outbox = createOutbox({ store, client: null, retryDelayMs: defaultRetryDelayMs, log });
  const tracker = createBrowserTracker(pendingStore(catalog, outbox, loaded));
  return { kind: 'opened', tracker, start: tracker.start() as TrackerStart, refused: true, ended };
}

async function readLaunchData(client: XapiClient): Promise<LaunchData | null> {
  const reply = await read(() => client.getState(STATE_LAUNCH_DATA));
  return isSuccess(reply) ? parseLaunchData(reply.body) : null;
}

function mergeJournal(store: RecordStore, reply: XapiReply): void {
  if (!isSuccess(reply)) return;
  try {
    // Either side may know of a verb the other does not (another browser, or a journal PUT still queued).
    const held = JSON.parse(reply.body) as RecordStore['record']['sent'];
    store.record.sent = { ...held, ...store.record.sent };
  } catch {
    // A journal the course cannot read adds nothing; the local one still stands.
  }
}

/**
 * Opens a cmi5 launch (sections 8, 10, 11): the token (once per launch), LMS.LaunchData, the
 * learner's preferences (and the language they pick), saved progress and the once-only journal.
 * Null when the page's parameters are not a launch it can use.
 */
export async function openCmi5(options: Cmi5Options, catalog: CourseCatalog): Promise<Cmi5Opened | null> {
  const { locale = uiLocale, locales = import.meta.env.COURSE_LOCALES.split(',') } = options;
  const launch: Cmi5Launch | null = readCmi5Launch(options.href);
  if (!launch) return null;
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const session = options.sessionStorage !== undefined ? options.sessionStorage : safeStorage(() => sessionStorage);
  const local = options.localStorage !== undefined ? options.localStorage : safeStorage(() => localStorage);
  const log = options.log ?? console.warn;
  const now = options.now ?? Date.now;
  const navigate =
    options.navigate ?? ((url, how) => (how === 'replace' ? location.replace(url) : location.assign(url)));
  const store = launchRecordStore(local, launch.registration);
  const pending = pendingState(store.record, STATE_PROGRESS);
  const offline = (why: string, reply: XapiReply | null = null, ended = false) =>
    inThisBrowser(catalog, store, loadedFrom(catalog, reply, pending), log, why, ended);

  // One POST per launch (8.2.3): a reload, or the hop to another language's build, reuses the token.
  const tokenKey = `mot:cmi5-token:${launch.fetchUrl}`;
  let token = session?.getItem(tokenKey) ?? null;
  if (!token) {
    const fetched = await fetchAuthToken(fetchImpl, launch.fetchUrl);
    if (!fetched.ok) return offline(fetched.reason);
    token = fetched.token;
    remember(session, tokenKey, token);
  }
  const client = xapiClient(fetchImpl, launch, token);

  const launchData = await readLaunchData(client);
  if (!launchData) return offline('LMS.LaunchData could not be read');

  // Read before initialized (11.0.0.0-3); it may send the learner to another language's build.
  const preferences = await read(() => client.getProfile(PROFILE_PREFERENCES));
  const wanted = preferredLocale(isSuccess(preferences) ? languagePreferenceOf(preferences.body) : '', locales);
  const hopKey = `mot:cmi5-hop:${launch.fetchUrl}`;
  if (wanted && wanted !== locale && !session?.getItem(hopKey)) {
    remember(session, hopKey, wanted);
    navigate(siblingBuildUrl(options.href, wanted), 'replace');
    return { kind: 'leaving' };
  }

  const carried = carryOver(store.record, launchData.contextTemplate, now());
  const [saved, journal] = await Promise.all([
    read(() => client.getState(STATE_PROGRESS)),
    read(() => client.getState(STATE_JOURNAL)),
  ]);
  mergeJournal(store, journal);
  store.persist();
  // This session already sent terminated (the page was reloaded): the LRS takes nothing more in it.
  if (store.record.terminated) return offline('this launch session has ended; relaunch from the LMS', saved, true);

  const outbox = createOutbox({
    store,
    client,
    retryDelayMs: options.retryDelayMs ?? defaultRetryDelayMs,
    log,
  });
  const tracker = createCmi5Tracker({
    catalog,
    locale,
    source: { launch, template: launchData.contextTemplate, newId: newUuid, now },
    launchData,
    store,
    outbox,
    loaded: loadedFrom(catalog, saved, pending),
    carried,
    navigate,
  });
  return { kind: 'opened', tracker, start: tracker.start(), refused: false };
}

/**
 * The connection for connectTracker: null when the launch could not be opened at all (the course
 * then runs as for an LMS that refused), and never settling while the page leaves for the build
 * of the learner's language.
 */
export async function connectCmi5(options: Cmi5Options, catalog: CourseCatalog): Promise<Connection | null> {
  const opened = await openCmi5(options, catalog);
  if (opened?.kind === 'leaving') return new Promise<never>(() => {});
  return (
    opened && {
      tracker: opened.tracker,
      start: opened.start,
      lmsRefused: opened.refused,
      launchEnded: opened.ended ?? false,
      lateLms: null,
    }
  );
}
