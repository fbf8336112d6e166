import { createLrs, lrsFetch, type Launch, type LaunchOptions, type Lrs } from '../../../scripts/lrs/index';
import type { Cmi5Options } from '../../../src/tracking/cmi5/cmi5-options';
import type { testClock } from './course-session';

/** Web Storage in memory: one per tab (sessionStorage) or per browser (localStorage). */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, String(value));
  }
}

export const LRS_BASE = 'http://lrs.test/lrs';
export const AU_URL = 'http://course.test/courses/en-GB/index.html?theme=dark';
export const LEARNER = { name: 'Jane Doe', account: { homePage: 'http://lms.test', name: 'jane' } };

/**
 * A browser talking to the local LRS: its storage, its network (which a test can cut), the
 * pages it was sent to, and every request it made, as the LRS saw them.
 */
export function cmi5Browser(clock: ReturnType<typeof testClock>) {
  const lrs: Lrs = createLrs({ baseUrl: LRS_BASE, now: clock.now });
  const toLrs = lrsFetch(lrs);
  const requests: { method: string; url: string }[] = [];
  const navigations: { url: string; how: 'replace' | 'assign' }[] = [];
  const network: {
    down: boolean;
    answer?: (method: string, url: string) => number | null;
    /** The LRS gets the request and stores it, but its answer is lost on the way back. */
    loseAnswer?: (method: string, url: string) => boolean;
  } = { down: false };
  /** Pages closed (a tab shut, a page reloaded): their requests never leave, as in a browser. */
  let closedBefore = 0;
  let failures = 0;
  let localStorage = new MemoryStorage();
  let pages = 0;
  const fetchFor =
    (page: number): typeof globalThis.fetch =>
    (input, init) => {
      if (page < closedBefore) return new Promise<Response>(() => {});
      const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
      requests.push({ method: init?.method ?? 'GET', url });
      // The network is down for xAPI only: the fetch URL was used before it went.
      if (network.down && url.includes('/xapi/')) {
        failures += 1;
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      const status = network.answer?.(init?.method ?? 'GET', url) ?? null;
      if (status !== null) return Promise.resolve(new Response('refused by the test', { status }));
      if (network.loseAnswer?.(init?.method ?? 'GET', url))
        return toLrs(input, init).then(() => Promise.reject(new TypeError('Failed to fetch')));
      return toLrs(input, init);
    };
  return {
    lrs,
    requests,
    navigations,
    network,
    /** From now on pages open on another device: nothing of this browser's storage comes along. */
    otherDevice: () => void (localStorage = new MemoryStorage()),
    launch: (options: Partial<LaunchOptions> = {}): Launch => lrs.launch({ auUrl: AU_URL, actor: LEARNER, ...options }),
    /** What the course needs for one page (tab) at `href`; give the same sessionStorage for a reload. */
    /** Every page opened so far is closed: nothing it still had to send gets out. */
    closePages: () => void (closedBefore = pages),
    failedRequests: () => failures,
    page(href: string, sessionStorage: Storage = new MemoryStorage(), locale = 'en-GB'): Cmi5Options {
      return {
        href,
        locale,
        locales: ['en-GB', 'es'],
        fetch: fetchFor(pages++),
        sessionStorage,
        localStorage,
        now: clock.now,
        navigate: (url, how) => void navigations.push({ url, how }),
        retryDelayMs: () => 5,
        log: () => {},
      };
    },
    fetchPosts: () => requests.filter((r) => r.method === 'POST' && r.url.includes('/fetch/')).length,
  };
}

export type Cmi5Browser = ReturnType<typeof cmi5Browser>;

type StoredStatement = {
  id: string;
  verb: { id: string };
  object: { id: string };
  result?: Record<string, unknown>;
  context?: { registration?: string; extensions?: Record<string, unknown> };
};

/** Verbs only the LMS uses (cmi5 9.3): launched, satisfied, abandoned, waived. */
const LMS_VERBS = /\/(launched|satisfied|abandoned|waived)$/;

/** The statements the AU sent, in stored order, without the LMS's own. */
export function auStatements(lrs: Lrs): StoredStatement[] {
  return (lrs.statements() as unknown as StoredStatement[]).filter((s) => !LMS_VERBS.test(s.verb.id));
}

/** The LMS's own verbs, in stored order. */
export const lmsVerbsOf = (lrs: Lrs) =>
  (lrs.statements() as unknown as StoredStatement[])
    .filter((s) => LMS_VERBS.test(s.verb.id))
    .map((s) => s.verb.id.split('/').at(-1));

export const verbsOf = (lrs: Lrs) => auStatements(lrs).map((s) => s.verb.id.split('/').at(-1));

/** A state document as the LRS holds it, read with a launch's own token. */
export function stateDocument(lrs: Lrs, launch: Launch, token: string, stateId: string): string | null {
  const query = new URLSearchParams({
    activityId: launch.activityId,
    agent: JSON.stringify(LEARNER),
    registration: launch.registration,
    stateId,
  });
  const answer = lrs.handle({
    method: 'GET',
    url: `${LRS_BASE}/xapi/activities/state?${query}`,
    headers: { Authorization: `Basic ${token}`, 'X-Experience-API-Version': '1.0.3' },
    body: null,
  });
  return answer.status === 200 ? answer.body : null;
}
