import type { Scorm12Api, Scorm2004Api } from '../../../src/tracking/find-api';
import { checkValue, isWriteOnly, type Version } from './scorm-rules';

/** The method names of one SCORM version. */
const METHODS = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
    diagnostic: 'LMSGetDiagnostic',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    errorString: 'GetErrorString',
    diagnostic: 'GetDiagnostic',
  },
} as const;

type AnyApi = Scorm12Api | Scorm2004Api;
type Call = (...args: string[]) => unknown;
const call = (api: AnyApi, method: string, ...args: string[]): unknown =>
  (api as unknown as Record<string, Call>)[method]?.(...args);

export interface Rejection {
  readonly element: string;
  readonly value: string;
  readonly code: string;
}

export interface StrictLms<Api extends AnyApi> {
  /** Put this on the window: it checks every call, then hands it to the LMS underneath. */
  readonly api: Api;
  /** Breaches of the spec by the course: call order, vocabularies, formats, interaction journaling. */
  readonly violations: string[];
  /** Writes the LMS underneath refused; a healthy run has none. */
  readonly rejections: Rejection[];
  /** Every SetValue the course made, in order. */
  readonly writes: Array<readonly [string, string]>;
  readonly counts: { initialize: number; terminate: number; commit: number };
}

/**
 * Wraps an LMS-side API (scorm-again, possibly with faults) in a clean-room check of what a SCO
 * may do. scorm-again is lenient on purpose; this is not.
 */
export function strictLms<Api extends AnyApi>(version: Version, inner: Api): StrictLms<Api> {
  const m = METHODS[version];
  const violations: string[] = [];
  const rejections: Rejection[] = [];
  const writes: Array<readonly [string, string]> = [];
  const counts = { initialize: 0, terminate: 0, commit: 0 };
  let phase: 'new' | 'open' | 'closed' = 'new';
  let interactionCount = 0;
  const typed = new Set<number>();
  const objectiveIds = new Map<string, number>();
  const session = new Set<string>();
  const values = new Map<string, string>();

  const flag = (problem: string) => violations.push(problem);
  const needOpen = (what: string) => {
    if (phase === 'new') flag(`${what} before Initialize`);
    if (phase === 'closed') flag(`${what} after Terminate`);
  };
  const needEmpty = (what: string, arg: unknown) => {
    if (arg !== '') flag(`${what} must be called with "" (got ${JSON.stringify(arg)})`);
  };

  function checkInteraction(element: string) {
    const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (!match) return;
    const n = Number(match[1]);
    const field = match[2] ?? '';
    if (n === interactionCount) {
      if (field !== 'id') flag(`interaction ${n} must start with its id, not ${field}`);
      interactionCount += 1;
      return;
    }
    if (n !== interactionCount - 1)
      flag(`wrote ${element} while _count is ${interactionCount}: interactions are appended, never overwritten`);
    if (field === 'type') typed.add(n);
    if (/^(student_response|learner_response|correct_responses\.)/.test(field) && !typed.has(n))
      flag(`${element} set before its type`);
  }

  function checkObjectiveId(element: string, value: string) {
    const match = /^cmi\.objectives\.(\d+)\.id$/.exec(element);
    if (!match) return;
    const n = Number(match[1]);
    const other = objectiveIds.get(value);
    if (other !== undefined && other !== n) flag(`objective id ${value} used at ${other} and ${n}`);
    objectiveIds.set(value, n);
  }

  function checkStatusAfterScore(element: string, value: string) {
    const verdict = version === '1.2' ? element === 'cmi.core.lesson_status' : element === 'cmi.success_status';
    const scored = version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.scaled';
    if (verdict && (value === 'passed' || value === 'failed') && !session.has(scored))
      flag(`${element}=${value} set before the score in this session`);
  }

  function checkEnding() {
    const time = version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time';
    const exitElement = version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
    if (!session.has(time)) flag('Terminate without a session time');
    if (!session.has(exitElement)) flag('Terminate without an exit value');
    const exit = values.get(exitElement);
    const finished =
      version === '1.2'
        ? ['passed', 'completed', 'failed'].includes(values.get('cmi.core.lesson_status') ?? '')
        : values.get('cmi.completion_status') === 'completed';
    if ((exit === '' || exit === 'normal') && !finished) flag(`exit "${exit}" ends an attempt that is not complete`);
  }

  const api = {
    [m.initialize]: (arg: string) => {
      needEmpty(m.initialize, arg);
      if (phase !== 'new') flag(`${m.initialize} after the session was opened`);
      counts.initialize += 1;
      const result = call(inner, m.initialize, arg);
      if (String(result) === 'true') {
        phase = 'open';
        interactionCount = Number(call(inner, m.get, 'cmi.interactions._count')) || 0;
      }
      return result;
    },
    [m.terminate]: (arg: string) => {
      needEmpty(m.terminate, arg);
      needOpen(m.terminate);
      counts.terminate += 1;
      if (counts.terminate > 1) flag(`${m.terminate} called more than once`);
      if (phase === 'open') checkEnding();
      phase = 'closed';
      return call(inner, m.terminate, arg);
    },
    [m.get]: (element: string) => {
      needOpen(`${m.get}(${element})`);
      if (isWriteOnly(version, element)) flag(`${element} is write-only`);
      return call(inner, m.get, element);
    },
    [m.set]: (element: string, value: unknown) => {
      needOpen(`${m.set}(${element})`);
      if (typeof value !== 'string') flag(`${element} set to a ${typeof value}, not a string`);
      const text = String(value);
      const problem = checkValue(version, element, text);
      if (problem) flag(problem);
      checkInteraction(element);
      checkObjectiveId(element, text);
      checkStatusAfterScore(element, text);
      writes.push([element, text]);
      const result = call(inner, m.set, element, text);
      if (String(result) === 'true') {
        session.add(element);
        values.set(element, text);
      } else rejections.push({ element, value: text, code: String(call(inner, m.lastError)) });
      return result;
    },
    [m.commit]: (arg: string) => {
      needEmpty(m.commit, arg);
      needOpen(m.commit);
      counts.commit += 1;
      return call(inner, m.commit, arg);
    },
    [m.lastError]: () => call(inner, m.lastError),
    [m.errorString]: (code: string) => call(inner, m.errorString, code),
    [m.diagnostic]: (code: string) => call(inner, m.diagnostic, code),
  };
  return { api: api as unknown as Api, violations, rejections, writes, counts };
}
