import type { Scorm12Api, Scorm2004Api } from '../../../src/tracking/find-api';
import type { Version } from './scorm-rules';

/** Switchable misbehaviour seen in real LMSs; flip a flag mid-test to model an LMS recovering. */
export interface Faults {
  /** Every SetValue fails with a general error. */
  rejectWrites: boolean;
  /** Every Commit fails with a general error. */
  rejectCommits: boolean;
  /** The LMS has no interactions at all: 401 (1.2) or 402 (2004). */
  noInteractions: boolean;
  /** Reading cmi.suspend_data answers "" with a general error, as a backend that timed out does. */
  rejectSavedDataReads: boolean;
}

export const noFaults = (): Faults => ({
  rejectWrites: false,
  rejectCommits: false,
  noInteractions: false,
  rejectSavedDataReads: false,
});

type Call = (...args: string[]) => unknown;

/** Puts faults between the course and an LMS-side API, keeping GetLastError truthful. */
export function faultyLms<Api extends Scorm12Api | Scorm2004Api>(version: Version, inner: Api, faults: Faults): Api {
  const is12 = version === '1.2';
  const p = is12 ? 'LMS' : '';
  const codes = {
    write: is12 ? '101' : '351',
    commit: is12 ? '101' : '391',
    missing: is12 ? '401' : '402',
    read: is12 ? '101' : '301',
  };
  const raw = inner as unknown as Record<string, Call>;
  const forward = (method: string, ...args: string[]) => raw[method]?.(...args);
  let error: string | null = null;
  const fail = (code: string, value: string) => {
    error = code;
    return value;
  };
  const pass = (method: string, ...args: string[]) => {
    error = null;
    return forward(method, ...args);
  };
  const api: Record<string, Call> = {
    [`${p}Initialize`]: (arg) => pass(`${p}Initialize`, arg),
    [is12 ? 'LMSFinish' : 'Terminate']: (arg) => pass(is12 ? 'LMSFinish' : 'Terminate', arg),
    [`${p}GetValue`]: (element) => {
      if (faults.noInteractions && element.startsWith('cmi.interactions')) return fail(codes.missing, '');
      if (faults.rejectSavedDataReads && element === 'cmi.suspend_data') return fail(codes.read, '');
      return pass(`${p}GetValue`, element);
    },
    [`${p}SetValue`]: (element, value) => {
      if (faults.noInteractions && element.startsWith('cmi.interactions')) return fail(codes.missing, 'false');
      if (faults.rejectWrites) return fail(codes.write, 'false');
      return pass(`${p}SetValue`, element, value);
    },
    [`${p}Commit`]: (arg) => (faults.rejectCommits ? fail(codes.commit, 'false') : pass(`${p}Commit`, arg)),
    [`${p}GetLastError`]: () => error ?? forward(`${p}GetLastError`),
    [`${p}GetErrorString`]: (code) => forward(`${p}GetErrorString`, code),
    [`${p}GetDiagnostic`]: (code) => forward(`${p}GetDiagnostic`, code),
  };
  return api as unknown as Api;
}
