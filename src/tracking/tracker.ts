import type { ProgressFacts } from '../course/progress-facts';
import type { LoadedProgress } from '../persistence/progress-store';
import type { CheckReport } from '../course/progress.machine';
import type { ReplyChosen } from '../scenario/scenario.machine';
import type { ProgressReport } from './progress-report';
import type { RecordedResult } from './recorded-result';

export type TrackerKind = 'scorm-2004' | 'scorm-1.2' | 'cmi5' | 'browser';

/** Suspend keeps the attempt open so the learner resumes; normal ends it. */
export type ExitMode = 'suspend' | 'normal';

/** Whether this launch may change the learner's record: review and browse may not. */
export type LaunchMode = 'normal' | 'review' | 'browse';

export interface TrackerStart {
  readonly loaded: LoadedProgress;
  /** "First Last", for a certificate; null when the LMS does not say. */
  readonly learnerName: string | null;
  readonly mode: LaunchMode;
  /** False in no-credit launches, whose results must not change the record. */
  readonly credit: boolean;
  /** What the LMS already held, so that nothing is lowered. */
  readonly recorded: RecordedResult;
}

/**
 * One learner choice to journal, as the course saw it. The LMS adapter turns it into an interaction;
 * that code loads with the adapter, so a course without an LMS never downloads it.
 */
export type LearnerChoice =
  | { readonly kind: 'reply'; readonly reply: ReplyChosen; readonly at: number }
  | { readonly kind: 'check'; readonly check: CheckReport; readonly at: number };

/** What a save may write: the learner's progress (suspend_data, location) and their results (status, score, objectives). */
export interface SaveScope {
  readonly progress: boolean;
  readonly results: boolean;
}

/**
 * Where learner progress goes: the course's tracking port. Adapters: SCORM 2004, SCORM 1.2, cmi5 and
 * this browser only. None of them throws; every failure comes back as `false` or `null`.
 */
export interface Tracker {
  readonly kind: TrackerKind;
  /** Opens the session and reads what the learner brought back. Null when the LMS refused to start. */
  start(): TrackerStart | null;
  /** Writes the learner's state, as far as `scope` allows. False when something their progress depends on failed. */
  save(facts: ProgressFacts, report: ProgressReport, scope: SaveScope): boolean;
  /** Journals one learner choice. A lost interaction does not put progress at risk, so nothing is returned. */
  record(choice: LearnerChoice): void;
  /** Asks the LMS to store what was written, with the session time so far. */
  commit(): boolean;
  /**
   * Ends the session; false when the LMS refused the exit value or the ending. Nothing may be called
   * afterwards. With `exit` null (a review, or a record the learner chose to keep), nothing is written first.
   */
  finish(exit: ExitMode | null): boolean;
  /**
   * For adapters that send in the background (cmi5): `listener` is called when everything that had
   * failed to send has since been delivered, so the learner told of the risk is told it is over.
   */
  onRecovered?(listener: () => void): void;
}
