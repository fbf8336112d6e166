import type { ReportingMode } from '../config/course-config.schema';

/** The status an LMS sees, in both SCORM vocabularies, decided once for the course and for each objective. */
export interface ReportedStatus {
  /** SCORM 1.2 folds completion and mastery into one value. */
  readonly lessonStatus: 'passed' | 'failed' | 'completed' | 'incomplete' | 'not attempted';
  readonly completion: 'completed' | 'incomplete' | 'not attempted';
  readonly success: 'passed' | 'failed' | 'unknown';
}

export interface Standing {
  readonly started: boolean;
  readonly complete: boolean;
  readonly passed: boolean;
}

/**
 * Applies the configured reporting mode. A pass or fail is only given once everything is done;
 * 'passed-incomplete' never reports a fail, because some LMSs lock a learner out after one.
 */
export function reportedStatus(mode: ReportingMode, { started, complete, passed }: Standing): ReportedStatus {
  const completion = complete ? 'completed' : started ? 'incomplete' : 'not attempted';
  const open = started ? 'incomplete' : 'not attempted';
  switch (mode) {
    case 'passed-incomplete':
      return complete && passed
        ? { lessonStatus: 'passed', completion, success: 'passed' }
        : { lessonStatus: open, completion, success: 'unknown' };
    case 'passed-failed':
      if (!complete) return { lessonStatus: open, completion, success: 'unknown' };
      return passed
        ? { lessonStatus: 'passed', completion, success: 'passed' }
        : { lessonStatus: 'failed', completion, success: 'failed' };
    case 'completed-incomplete':
      return { lessonStatus: complete ? 'completed' : open, completion, success: 'unknown' };
  }
}
