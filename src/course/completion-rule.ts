import type { ReportingMode } from '../config/course-config.schema';

export interface Standing {
  readonly complete: boolean;
  readonly passed: boolean;
}

/**
 * Whether the learner has finished the course as the configured reporting mode counts it: the
 * pass-mark modes ask for everything done and the pass mark reached; 'completed-incomplete'
 * only asks for everything done. The LMS is told the course is finished, and the certificate is
 * offered, on this one rule.
 */
export function meetsCompletionRule(mode: ReportingMode, { complete, passed }: Standing): boolean {
  return complete && (passed || mode === 'completed-incomplete');
}

/** Whether the mode judges the learner against the pass mark, so a score means something on a certificate. */
export function judgesPassMark(mode: ReportingMode): boolean {
  return mode !== 'completed-incomplete';
}
