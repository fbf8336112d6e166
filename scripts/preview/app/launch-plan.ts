import { planNextLaunch, type NextLaunch } from '../../lms-model/next-launch';
import type { LearnerRecord, PreviewPresets } from './learner-record';
import type { ScormVersionKey } from './scorm-dialect';

export const PREVIEW_LEARNER = { id: 'preview-learner', name: 'Learner, Preview' } as const;

export interface LaunchPlan extends NextLaunch {
  /** What the LMS does on this launch and why, in words for the panel. */
  readonly reason: string;
}

interface LaunchInput {
  readonly version: ScormVersionKey;
  readonly record: LearnerRecord;
  readonly presets: PreviewPresets;
  readonly passMark: number;
}

/** The shared LMS model's decision for the preview learner, with the panel's explanation. */
export function planLaunch({ version, record, presets, passMark }: LaunchInput): LaunchPlan {
  const plan = planNextLaunch({
    version,
    learner: PREVIEW_LEARNER,
    kept: record.cmi,
    totalSeconds: record.totalSeconds,
    masteryScore: presets.mastery ? passMark : null,
  });
  return { ...plan, reason: explain(plan, record) };
}

function explain(plan: NextLaunch, record: LearnerRecord): string {
  const exit = `exit="${plan.lastExit ?? ''}"`;
  const unfinished = record.terminated
    ? ''
    : ' The last session closed without Terminate, so the data of its last commit is used.';
  const review =
    plan.mode === 'review'
      ? ' The attempt is finished, so the LMS reopens it in review mode (credit "no-credit"), as Moodle does.'
      : '';
  switch (plan.basis) {
    case 'nothing-kept':
      return record.launches === 0
        ? 'First launch of this attempt.'
        : 'Nothing was committed yet, so the course starts afresh.';
    case 'suspended':
      return `The course exited with exit="suspend": the LMS resumes with entry="resume", suspend_data and location.${unfinished}${review}`;
    case 'kept-without-suspend':
      return `The course did not set exit="suspend" (${exit}): a SCORM 1.2 LMS such as Moodle still hands back the saved data, with entry="".${unfinished}${review}`;
    case 'blank-without-suspend':
      return `The course did not set cmi.exit="suspend" (${plan.lastExit === null ? 'it never set cmi.exit' : exit}): a SCORM 2004 LMS such as Moodle keeps the same attempt but hands the course a blank record with entry="ab-initio", without suspend_data or location.${unfinished}${review}`;
  }
}
