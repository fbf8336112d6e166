import type { Scorm12Api, Scorm2004Api } from '../../../src/tracking/find-api';
import type { Version } from './scorm-rules';
import { strictLms, type StrictLms } from './strict-lms';

/** One call the course made on an LMS page, as the page recorded it. */
export interface RecordedCall {
  readonly name: string;
  readonly args: readonly string[];
  readonly result: string;
  /** GetLastError right after the call. */
  readonly error: string;
}

/**
 * Runs calls recorded in a real browser through the strict check, so browser runs meet the same
 * rules as unit runs. `interactionsAtStart` answers the check's own look at _count.
 */
export function replayThroughStrict(
  version: Version,
  calls: readonly RecordedCall[],
  interactionsAtStart = 0,
): StrictLms<Scorm12Api | Scorm2004Api> {
  let cursor = 0;
  let last: RecordedCall | undefined;
  const answer = (name: string, args: string[]): unknown => {
    const next = calls[cursor];
    if (next && next.name === name && next.args.join('\u0000') === args.join('\u0000')) {
      cursor += 1;
      last = next;
      return next.result;
    }
    if (/GetLastError$/.test(name)) return last?.error ?? '0';
    if (/GetValue$/.test(name) && args[0] === 'cmi.interactions._count') return String(interactionsAtStart);
    throw new Error(`replay out of step at call ${cursor}: ${name}(${args.join(', ')})`);
  };
  const inner = new Proxy(
    {},
    {
      get:
        (_, name) =>
        (...args: string[]) =>
          answer(String(name), args),
    },
  ) as Scorm12Api | Scorm2004Api;
  const strict = strictLms(version, inner);
  const api = strict.api as unknown as Record<string, (...args: string[]) => unknown>;
  for (const call of calls) api[call.name]?.(...call.args);
  return strict;
}
