import type { InteractionReport } from './interaction-report';
import type { ObjectiveReport, ProgressReport } from './progress-report';
import type { ReportedStatus } from './reported-status';
import type { RecordedResult } from './recorded-result';
import type { ExitMode } from './tracker';

/** One SetValue: element and value. */
export type Write = readonly [element: string, value: string];

/**
 * How one SCORM version names and formats what the course reports. Pure: every function returns
 * the writes in the order they must happen, and the tracker sends them.
 */
export interface ScormDataModel {
  readonly kind: 'scorm-2004' | 'scorm-1.2';
  readonly learnerName: string;
  /** "ab-initio" on a first launch, when there is no suspend_data to read. */
  readonly entry: string;
  readonly suspendData: string;
  /** Characters of suspend_data every conforming LMS must keep; saved progress is packed within it. */
  readonly suspendDataCapacity: number;
  readonly objectiveCount: string;
  objectiveId(n: number): string;
  readonly interactionCount: string;
  /** Whether `cmi.interactions.n.id` can be read back (2004), so a resumed session knows what is journaled. */
  readonly interactionIdReadable: boolean;
  /** Bookmark and progress: useful, but nothing is lost if the LMS refuses them. */
  position(report: ProgressReport): Write[];
  score(score: number): Write[];
  status(status: ReportedStatus): Write[];
  /** Everything about objective `n` except its id. */
  objective(n: number, objective: ObjectiveReport): Write[];
  /** Every write for a new interaction at index `n`, id first and type before any response. */
  interaction(n: number, interaction: InteractionReport): Write[];
  sessionTime(ms: number): Write;
  exit(mode: ExitMode): Write;
  /** SCORM 1.2 LMSs commonly expect a commit before LMSFinish; in 2004 Terminate commits. */
  readonly commitBeforeFinish: boolean;
  /** "normal", "review" or "browse": whether this launch may change the learner's record. */
  readonly mode: string;
  /** "credit" or "no-credit": whether this launch's results count. */
  readonly credit: string;
  /** The result the LMS already holds, read with `read`; `objectiveSlots` maps objective ids to indexes. */
  recorded(read: (element: string) => string, objectiveSlots: ReadonlyMap<string, number>): RecordedResult;
}
