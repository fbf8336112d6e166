import { Scorm12API, Scorm2004API, type Settings } from 'scorm-again';
import type { CmiJson } from './learner-record';
import { DIALECTS, type MethodKind, type ScormVersionKey } from './scorm-dialect';

/** The LMS side of one launch: scorm-again, seeded before the course can see it. */
export interface ScormRuntime {
  call(kind: MethodKind, ...args: string[]): string;
  lastError(): string;
  errorString(code: string): string;
  cmi(): CmiJson;
  /** total_time after adding this session, as the LMS computes it at Terminate. */
  totalSeconds(): number;
}

export function createRuntime(
  version: ScormVersionKey,
  seed: CmiJson,
  options: { masteryOverride: boolean },
): ScormRuntime {
  const settings: Settings = {
    logLevel: 5,
    autocommit: false,
    lmsCommitUrl: false,
    // Moodle-like: with a mastery score, the LMS sets passed/failed from score.raw at LMSFinish.
    mastery_override: options.masteryOverride,
  };
  const api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  api.loadFromJSON(seed);
  const methods = api as unknown as Record<string, (...args: string[]) => string>;
  const names = DIALECTS[version].methods;
  return {
    call: (kind, ...args) => String(methods[names[kind]]?.(...args) ?? ''),
    lastError: () => String(methods[names.getLastError]?.() ?? '0'),
    errorString: (code) => String(methods[names.getErrorString]?.(code) ?? ''),
    cmi: () => {
      const rendered = api.renderCMIToJSONObject() as { cmi?: CmiJson };
      return rendered.cmi ?? {};
    },
    totalSeconds: () => api.renderCommitObject(true).totalTimeSeconds,
  };
}
