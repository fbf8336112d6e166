import type { CourseConfig, ReportingMode } from '../../src/config/course-config.schema';
import { scaledPassMark } from './manifest-input';

export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';

/**
 * What the LMS must receive before it counts the AU as satisfied, for each reporting mode. It
 * follows src/course/completion-rule.ts: the pass-mark modes finish a learner who has done
 * everything AND reached the pass mark (the course only passes a learner once everything is done,
 * so the LMS gets both `completed` and `passed`); 'completed-incomplete' only asks for everything
 * done. Whether a fail is ever reported ('passed-failed') does not change what satisfies the AU.
 */
export const MOVE_ON: Record<ReportingMode, MoveOn> = {
  'passed-incomplete': 'CompletedAndPassed',
  'passed-failed': 'CompletedAndPassed',
  'completed-incomplete': 'Completed',
};

interface AuCriteria {
  readonly moveOn: MoveOn;
  /** The pass mark scaled to 0..1, or null when the mode never judges a pass. */
  readonly masteryScore: string | null;
}

/**
 * moveOn and masteryScore for the AU. cmi5 hands masteryScore to the AU at launch and the AU judges
 * passed/failed by it, so it is the course's own pass mark and is written whenever moveOn involves
 * Passed. Unlike SCORM's `masteryScoreInManifest`, there is no LMS-side judgement to opt out of.
 */
export function auCriteria(config: Pick<CourseConfig, 'passMark' | 'reporting'>): AuCriteria {
  const moveOn = MOVE_ON[config.reporting.mode];
  return { moveOn, masteryScore: moveOn.includes('Passed') ? scaledPassMark(config.passMark) : null };
}
