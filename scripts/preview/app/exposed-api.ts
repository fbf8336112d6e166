import type { PreviewPresets } from './learner-record';
import { DIALECTS, METHOD_KINDS, type MethodKind, type ScormVersionKey } from './scorm-dialect';
import type { ScormRuntime } from './scorm-runtime';

export interface CallRecord {
  readonly seq: number;
  /** Milliseconds since the launch. */
  readonly at: number;
  readonly kind: MethodKind;
  readonly method: string;
  readonly element: string;
  /** The value written (SetValue) or returned (GetValue). */
  readonly value: string;
  readonly result: string;
  readonly error: string;
  readonly errorText: string;
  /** Why a preset made the call fail, when one did. */
  readonly simulated: string;
}

const PRESET_TEXT: Record<string, string> = {
  '101': 'General exception',
  '351': 'General Set Failure',
  '391': 'General Commit Failure',
  '401': 'Not implemented error',
  '402': 'Unimplemented Data Model Element',
};

const ERROR_LOOKUPS: ReadonlySet<MethodKind> = new Set(['getLastError', 'getErrorString', 'getDiagnostic']);

/**
 * The object the course finds on window.API / window.API_1484_11. It forwards to scorm-again and
 * records every call with the error code read right after it: scorm-again's own SetValue events
 * fire even for rejected values. Presets make it behave like stricter LMSs by failing calls itself.
 */
export function createExposedApi(
  version: ScormVersionKey,
  runtime: ScormRuntime,
  options: { presets: () => PreviewPresets; onCall: (call: CallRecord) => void; startedAt: number },
): Record<string, (...args: string[]) => string> {
  const dialect = DIALECTS[version];
  let seq = 0;
  // A preset's failure owns GetLastError until the next call that is not an error look-up.
  let simulatedError: string | null = null;

  const simulate = (kind: MethodKind, element: string): { code: string; why: string } | null => {
    const presets = options.presets();
    const touchesInteractions = element.startsWith('cmi.interactions');
    if (presets.noInteractions && touchesInteractions && (kind === 'setValue' || kind === 'getValue'))
      return { code: dialect.errors.interactionsUnsupported, why: 'Preset: interactions not supported' };
    if (presets.failWrites && kind === 'setValue')
      return { code: dialect.errors.setFailed, why: 'Preset: writes fail' };
    if (presets.failWrites && kind === 'commit')
      return { code: dialect.errors.commitFailed, why: 'Preset: writes fail' };
    return null;
  };

  const invoke = (kind: MethodKind, args: string[]): string => {
    const element = kind === 'getValue' || kind === 'setValue' ? String(args[0] ?? '') : '';
    const lookup = ERROR_LOOKUPS.has(kind);
    const failure = lookup ? null : simulate(kind, element);
    let result: string;
    let error: string;
    if (failure) {
      simulatedError = failure.code;
      result = kind === 'getValue' ? '' : 'false';
      error = failure.code;
    } else if (lookup && simulatedError !== null) {
      result =
        kind === 'getLastError'
          ? simulatedError
          : (PRESET_TEXT[String(args[0])] ?? runtime.errorString(String(args[0])));
      error = '0';
    } else {
      if (!lookup) simulatedError = null;
      result = runtime.call(kind, ...args.map(String));
      error = lookup ? '0' : runtime.lastError();
    }
    seq += 1;
    options.onCall({
      seq,
      at: Date.now() - options.startedAt,
      kind,
      method: dialect.methods[kind],
      element,
      value:
        kind === 'setValue'
          ? String(args[1] ?? '')
          : kind === 'getValue'
            ? result
            : lookup
              ? String(args[0] ?? '')
              : '',
      result,
      error,
      errorText: error === '0' ? '' : failure ? (PRESET_TEXT[error] ?? '') : runtime.errorString(error),
      simulated: failure?.why ?? '',
    });
    return result;
  };

  const api: Record<string, (...args: string[]) => string> = {};
  for (const kind of METHOD_KINDS) api[dialect.methods[kind]] = (...args: string[]) => invoke(kind, args);
  return api;
}
