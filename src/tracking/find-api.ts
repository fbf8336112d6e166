/** The SCORM 2004 runtime an LMS puts on a window as `API_1484_11`. */
export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
  GetDiagnostic(code: string): unknown;
}

/** The SCORM 1.2 runtime an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

export type ScormVersion = '2004' | '1.2';

export type FoundApi =
  { readonly version: '2004'; readonly api: Scorm2004Api } | { readonly version: '1.2'; readonly api: Scorm12Api };

/** Enough of a window to search: real windows, and plain objects in tests. */
export type WindowLike = object;

/** Beyond this many parents the chain is assumed broken, as in the ADL sample code. */
const MAX_PARENTS = 10;

/** Every property read may throw: a cross-origin frame refuses reads but still lets us step past it. */
function read(win: unknown, key: string): unknown {
  try {
    return typeof win === 'object' && win !== null ? (win as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function withParents(start: unknown): unknown[] {
  const chain: unknown[] = [];
  let win = start;
  while (typeof win === 'object' && win !== null && !chain.includes(win) && chain.length <= MAX_PARENTS) {
    chain.push(win);
    win = read(win, 'parent');
  }
  return chain;
}

function apiOn(win: unknown, version: ScormVersion): FoundApi | null {
  const api = read(win, version === '2004' ? 'API_1484_11' : 'API');
  const method = version === '2004' ? 'Initialize' : 'LMSInitialize';
  if (typeof read(api, method) !== 'function') return null;
  return version === '2004' ? { version, api: api as Scorm2004Api } : { version, api: api as Scorm12Api };
}

/**
 * Looks for an LMS runtime the way the SCORM specs describe: this window, then its parents, then
 * the window that opened this one (or the top window) and its parents. The nearest window wins;
 * on one window the preferred version is taken first.
 */
export function findApi(win: WindowLike, prefer: ScormVersion = '2004'): FoundApi | null {
  const own = withParents(win);
  const top = own.at(-1);
  const openers = [read(win, 'opener'), read(top, 'opener')].filter((o, i, all) => o && all.indexOf(o) === i);
  const windows = [...own, ...openers.flatMap(withParents)];
  const order: ScormVersion[] = prefer === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  for (const w of windows)
    for (const version of order) {
      const found = apiOn(w, version);
      if (found) return found;
    }
  return null;
}

/** A top-level window that nobody opened cannot have an LMS above it, so there is no point waiting. */
export function isPlainlyAlone(win: WindowLike): boolean {
  const parent = read(win, 'parent');
  return (parent === win || parent === undefined || parent === null) && !read(win, 'opener');
}

export interface WaitOptions {
  readonly prefer?: ScormVersion;
  /** How long an LMS may take to attach its runtime after the course starts loading. */
  readonly timeoutMs?: number;
  readonly intervalMs?: number;
  /** How often to look again once the course has started without its LMS. */
  readonly lateIntervalMs?: number;
}

/** Finds the runtime, giving a late LMS a short while; settles at once when there plainly is none. */
export function waitForApi(
  win: WindowLike,
  { prefer = '2004', timeoutMs = 1500, intervalMs = 150 }: WaitOptions = {},
): Promise<FoundApi | null> {
  const found = findApi(win, prefer);
  if (found || isPlainlyAlone(win)) return Promise.resolve(found);
  return poll(win, prefer, intervalMs, timeoutMs);
}

/**
 * Keeps looking for a runtime that has not appeared yet, for as long as the page is open: some LMS
 * wrappers attach it seconds after the course frame loads. Looking once a second reads a few window
 * properties, which costs nothing. Resolves null only when `signal` aborts.
 */
export function watchForApi(
  win: WindowLike,
  { prefer = '2004', lateIntervalMs = 1000 }: WaitOptions,
  signal: AbortSignal,
): Promise<FoundApi | null> {
  return poll(win, prefer, lateIntervalMs, Infinity, signal);
}

function poll(
  win: WindowLike,
  prefer: ScormVersion,
  intervalMs: number,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<FoundApi | null> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(null);
    const started = Date.now();
    const settle = (result: FoundApi | null) => {
      clearInterval(timer);
      signal?.removeEventListener('abort', stop);
      resolve(result);
    };
    const stop = () => settle(null);
    const timer = setInterval(() => {
      const late = findApi(win, prefer);
      if (late || Date.now() - started >= timeoutMs) settle(late);
    }, intervalMs);
    signal?.addEventListener('abort', stop);
  });
}
