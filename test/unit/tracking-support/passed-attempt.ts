import { firstLaunch } from '../../../scripts/lms-model/next-launch';
import { TEST_LEARNER } from './test-learner';

/**
 * What Moodle hands a SCORM 2004 course when it reopens a passed attempt: review mode, no credit,
 * the recorded result, and none of the saved data (lms-realities.md).
 */
export function passedAttemptInReview(): Record<string, unknown> {
  return {
    ...(firstLaunch('2004', TEST_LEARNER).seed as Record<string, unknown>),
    mode: 'review',
    credit: 'no-credit',
    entry: '',
    completion_status: 'completed',
    success_status: 'passed',
    score: { raw: '94', min: '0', max: '100', scaled: '0.94' },
    objectives: {
      0: { id: 'module.m1', success_status: 'passed', completion_status: 'completed', score: { raw: '100' } },
    },
  };
}
