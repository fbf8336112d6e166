export type ScormVersionKey = '1.2' | '2004';

export type MethodKind =
  'initialize' | 'terminate' | 'getValue' | 'setValue' | 'commit' | 'getLastError' | 'getErrorString' | 'getDiagnostic';

export interface Dialect {
  readonly version: ScormVersionKey;
  readonly label: string;
  /** The property of the parent window that the course's API discovery looks for. */
  readonly windowProperty: 'API' | 'API_1484_11';
  readonly methods: Readonly<Record<MethodKind, string>>;
  /** cmi.suspend_data limit in characters that every conformant LMS must accept. */
  readonly suspendDataLimit: number;
  /** Error codes the LMS presets return. */
  readonly errors: {
    readonly interactionsUnsupported: string;
    readonly setFailed: string;
    readonly commitFailed: string;
  };
}

export const DIALECTS: Readonly<Record<ScormVersionKey, Dialect>> = {
  '1.2': {
    version: '1.2',
    label: 'SCORM 1.2',
    windowProperty: 'API',
    methods: {
      initialize: 'LMSInitialize',
      terminate: 'LMSFinish',
      getValue: 'LMSGetValue',
      setValue: 'LMSSetValue',
      commit: 'LMSCommit',
      getLastError: 'LMSGetLastError',
      getErrorString: 'LMSGetErrorString',
      getDiagnostic: 'LMSGetDiagnostic',
    },
    suspendDataLimit: 4096,
    errors: { interactionsUnsupported: '401', setFailed: '101', commitFailed: '101' },
  },
  '2004': {
    version: '2004',
    label: 'SCORM 2004 4th ed.',
    windowProperty: 'API_1484_11',
    methods: {
      initialize: 'Initialize',
      terminate: 'Terminate',
      getValue: 'GetValue',
      setValue: 'SetValue',
      commit: 'Commit',
      getLastError: 'GetLastError',
      getErrorString: 'GetErrorString',
      getDiagnostic: 'GetDiagnostic',
    },
    suspendDataLimit: 64_000,
    errors: { interactionsUnsupported: '402', setFailed: '351', commitFailed: '391' },
  },
};

/** The course's own budget for suspend_data, well inside SCORM 1.2's limit (issue #5). */
export const COURSE_SUSPEND_TARGET = 2000;

export const METHOD_KINDS = Object.keys(DIALECTS['1.2'].methods) as MethodKind[];
