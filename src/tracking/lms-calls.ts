import type { FoundApi, Scorm12Api, Scorm2004Api, ScormVersion } from './find-api';

/** The eight runtime calls under one set of names, with LMS quirks smoothed over. */
export interface LmsCalls {
  /** Which version's error codes `lastError` speaks. */
  readonly version: ScormVersion;
  initialize(): boolean;
  terminate(): boolean;
  commit(): boolean;
  getValue(element: string): string;
  setValue(element: string, value: string): boolean;
  lastError(): number;
  /** The LMS's own words for an error code, for the log. */
  explain(code: number): string;
}

/** LMSs answer "true", true or 1; some throw instead of returning false. */
function guarded<T>(call: () => unknown, read: (raw: unknown) => T, failed: T): T {
  try {
    return read(call());
  } catch {
    return failed;
  }
}

const isTrue = (raw: unknown) => raw === true || raw === 'true' || raw === 1;
const asText = (raw: unknown): string =>
  typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
const asCode = (raw: unknown) => {
  const code = Number.parseInt(asText(raw), 10);
  return Number.isNaN(code) ? 0 : code;
};

function calls2004(api: Scorm2004Api): LmsCalls {
  return {
    version: '2004',
    initialize: () => guarded(() => api.Initialize(''), isTrue, false),
    terminate: () => guarded(() => api.Terminate(''), isTrue, false),
    commit: () => guarded(() => api.Commit(''), isTrue, false),
    getValue: (element) => guarded(() => api.GetValue(element), asText, ''),
    setValue: (element, value) => guarded(() => api.SetValue(element, value), isTrue, false),
    lastError: () => guarded(() => api.GetLastError(), asCode, 101),
    explain: (code) =>
      `${guarded(() => api.GetErrorString(String(code)), asText, '')} ${guarded(() => api.GetDiagnostic(String(code)), asText, '')}`.trim(),
  };
}

function calls12(api: Scorm12Api): LmsCalls {
  return {
    version: '1.2',
    initialize: () => guarded(() => api.LMSInitialize(''), isTrue, false),
    terminate: () => guarded(() => api.LMSFinish(''), isTrue, false),
    commit: () => guarded(() => api.LMSCommit(''), isTrue, false),
    getValue: (element) => guarded(() => api.LMSGetValue(element), asText, ''),
    setValue: (element, value) => guarded(() => api.LMSSetValue(element, value), isTrue, false),
    lastError: () => guarded(() => api.LMSGetLastError(), asCode, 101),
    explain: (code) =>
      `${guarded(() => api.LMSGetErrorString(String(code)), asText, '')} ${guarded(() => api.LMSGetDiagnostic(String(code)), asText, '')}`.trim(),
  };
}

export function lmsCalls(found: FoundApi): LmsCalls {
  return found.version === '2004' ? calls2004(found.api) : calls12(found.api);
}
