import type { ProgressFacts } from '../course/progress-facts';
import type { LoadedProgress } from '../persistence/progress-store';
import type { InteractionReport } from './interaction-report';
import type { ProgressReport } from './progress-report';

export type TrackerKind = 'scorm-2004' | 'scorm-1.2' | 'browser';

/** Suspend keeps the attempt open so the learner resumes; normal ends it. */
export type ExitMode = 'suspend' | 'normal';

export interface TrackerStart {
  readonly loaded: LoadedProgress;
  /** "First Last", for a certificate; null when the LMS does not say. */
  readonly learnerName: string | null;
}

/**
 * Where learner progress goes: the course's tracking port. Adapters: SCORM 2004, SCORM 1.2, and
 * this browser only. None of them throws; every failure comes back as `false` or `null`.
 */
export interface Tracker {
  readonly kind: TrackerKind;
  /** Opens the session and reads what the learner brought back. Null when the LMS refused to start. */
  start(): TrackerStart | null;
  /** Writes the learner's state. False when something their progress depends on could not be written. */
  save(facts: ProgressFacts, report: ProgressReport): boolean;
  /** Journals one learner choice. A lost interaction does not put progress at risk, so nothing is returned. */
  record(interaction: InteractionReport): void;
  /** Asks the LMS to store what was written, with the session time so far. */
  commit(): boolean;
  /** Ends the session; false when the LMS refused the exit value or the ending. Nothing may be called afterwards. */
  finish(exit: ExitMode): boolean;
}
