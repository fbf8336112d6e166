import { attemptFinished, keptExit, type CmiJson, type ScormVersion } from './cmi-record';
import { launchSeed, type Learner, type LmsOwned } from './launch-seed';

/**
 * Why the LMS hands the course what it does. The words are the caller's business (the preview
 * panel has its own), so the model stays the same for the panel and the tests.
 */
export type LaunchBasis =
  /** Nothing was committed in this attempt yet: a first launch, or every earlier session died before a commit. */
  | 'nothing-kept'
  /** The kept record says exit=suspend: everything comes back with entry=resume. */
  | 'suspended'
  /** SCORM 1.2 without exit=suspend: Moodle still hands back every kept element, with entry "". */
  | 'kept-without-suspend'
  /** SCORM 2004 without exit=suspend: Moodle keeps the record but hands the course a blank one. */
  | 'blank-without-suspend';

export interface NextLaunchInput {
  readonly version: ScormVersion;
  readonly learner: Learner;
  /**
   * The attempt's run-time data as of its last successful Commit or Terminate, or null when
   * nothing was committed. Whether the session ended with Terminate does not matter: Moodle
   * stores each commit as it comes and decides from the stored values alone.
   */
  readonly kept: CmiJson | null;
  /** total_time the LMS has summed for this attempt from the session times it received. */
  readonly totalSeconds: number;
  /** The manifest's mastery score in percent, or null when the manifest sets none. */
  readonly masteryScore: number | null;
}

export interface NextLaunch {
  readonly basis: LaunchBasis;
  readonly entry: LmsOwned['entry'];
  /** "review" (with credit=no-credit) once the kept attempt is finished: still the same attempt. */
  readonly mode: LmsOwned['mode'];
  /** The exit value the last session left, for explaining the launch. */
  readonly lastExit: string | null;
  /** Seed for scorm-again's loadFromJSON, applied before the course can call Initialize. */
  readonly seed: CmiJson;
}

/**
 * What an LMS hands a course at its next launch, modelled on Moodle's mod_scorm with its default
 * settings, because that is the LMS most of the course's clients run: a course that resumes by
 * the spec but not in Moodle has failed its learners. The rules, from `get_scorm_default` in
 * scorm_12lib.php / scorm_13lib.php and `scorm_check_mode` in lib.php:
 * - Never a new attempt on its own: with "force new attempt" off (the default), Moodle reopens the
 *   same attempt, and only a learner who asks for one after finishing gets a new attempt.
 * - A finished attempt (completion element completed/passed/failed) reopens in review mode.
 * - SCORM 1.2 hands back every stored element whatever the exit; entry is "resume" only after
 *   exit=suspend, "" after any other exit, and "ab-initio" while nothing is stored.
 * - SCORM 2004 hands back stored data only after cmi.exit=suspend (RTE 4.2.8); after any other
 *   exit, including none at all because the session died before the course set one, the course
 *   gets a blank record with entry=ab-initio, although Moodle still holds the old values.
 */
export function planNextLaunch({ version, learner, kept, totalSeconds, masteryScore }: NextLaunchInput): NextLaunch {
  const lastExit = keptExit(version, kept);
  const mode = attemptFinished(version, kept) ? 'review' : 'normal';
  const basis = decideBasis(version, kept, lastExit);
  const handedBack = basis === 'suspended' || basis === 'kept-without-suspend' ? kept : null;
  const entry = basis === 'suspended' ? 'resume' : basis === 'kept-without-suspend' ? '' : 'ab-initio';
  const owned: LmsOwned = { learner, entry, mode, totalSeconds: handedBack ? totalSeconds : 0, masteryScore };
  return { basis, entry, mode, lastExit, seed: launchSeed(version, handedBack, owned) };
}

/** What a brand-new learner gets: the same rules with nothing kept. */
export const firstLaunch = (version: ScormVersion, learner: Learner, masteryScore: number | null = null): NextLaunch =>
  planNextLaunch({ version, learner, kept: null, totalSeconds: 0, masteryScore });

function decideBasis(version: ScormVersion, kept: CmiJson | null, lastExit: string | null): LaunchBasis {
  if (!kept) return 'nothing-kept';
  if (lastExit === 'suspend') return 'suspended';
  return version === '1.2' ? 'kept-without-suspend' : 'blank-without-suspend';
}
