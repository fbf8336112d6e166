import type { CheckReport } from '../course/progress.machine';
import type { ProgressFacts } from '../course/progress-facts';
import type { LoadedProgress } from '../persistence/progress-store';
import type { ReplyChosen } from '../scenario/scenario.machine';
import type { ProgressReport } from './progress-report';
import type { RecordedResult } from './recorded-result';
import type { ExitMode, LaunchMode, SaveScope, TrackerKind } from './tracker';

/** What the LMS session asks of the tracker actor. Plain data, so the session machine stays pure. */
export type TrackerCommand =
  | { type: 'tracker.save'; facts: ProgressFacts; report: ProgressReport; scope: SaveScope; commit: boolean }
  | { type: 'tracker.recordReply'; reply: ReplyChosen }
  | { type: 'tracker.recordCheck'; check: CheckReport }
  | { type: 'tracker.finish'; facts: ProgressFacts; report: ProgressReport; scope: SaveScope; exit: ExitMode | null };

/** What an opened session knows at its start. */
export interface TrackerOpened {
  kind: TrackerKind;
  loaded: LoadedProgress;
  /** "First Last", for a certificate; null when the LMS does not say. */
  learnerName: string | null;
  mode: LaunchMode;
  credit: boolean;
  recorded: RecordedResult;
}

/** What the tracker actor reports back to the session. */
export type TrackerReply =
  | (TrackerOpened & {
      type: 'tracker.connected';
      /** An LMS was there but would not open a session, so progress stays in this browser. */
      lmsRefused: boolean;
      /** With lmsRefused: this launch had already ended at the LMS (see Connection.launchEnded). */
      launchEnded: boolean;
      /** Started on browser storage inside a frame or popup: the tracker keeps looking for an LMS. */
      lookingForLms: boolean;
    })
  /** The LMS appeared after the course had started on browser storage, and its session is now open. */
  | (TrackerOpened & { type: 'tracker.lateConnected' })
  /** The LMS appeared late but would not open a session. */
  | { type: 'tracker.lateRefused' }
  | { type: 'tracker.unavailable' }
  /** `milestone`: what was committed, or null when the save was not committed. */
  | { type: 'save.succeeded'; milestone: string | null }
  | { type: 'save.failed' }
  | { type: 'session.closed'; ok: boolean };

/** What the page watcher reports: the page is hidden (the last reliable moment) or being left. */
export type PageEvent = { type: 'page.hidden' } | { type: 'page.leaving' };
