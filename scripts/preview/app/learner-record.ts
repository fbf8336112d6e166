import type { ScormVersionKey } from './scorm-dialect';

export type CmiJson = Record<string, unknown>;

/** What the preview LMS keeps about its one learner for one SCORM version, as a real LMS would. */
export interface LearnerRecord {
  readonly attempt: number;
  readonly launches: number;
  /** total_time so far in this attempt, summed from the session times the course reported. */
  readonly totalSeconds: number;
  /** Run-time data as last committed or terminated, or null before the first commit of an attempt. */
  readonly cmi: CmiJson | null;
  /** Whether the last session ended with Terminate/LMSFinish rather than just closing. */
  readonly terminated: boolean;
}

export interface PreviewPresets {
  readonly mastery: boolean;
  readonly noInteractions: boolean;
  readonly failWrites: boolean;
}

export interface PreviewSettings {
  readonly version: ScormVersionKey;
  /** The language's package being played; each is its own activity with its own record, as in an LMS. */
  readonly language: string;
  readonly presets: PreviewPresets;
}

export const FRESH_RECORD: LearnerRecord = { attempt: 1, launches: 0, totalSeconds: 0, cmi: null, terminated: false };

export const PRESET_LABELS: Readonly<Record<keyof PreviewPresets, string>> = {
  mastery: 'Mastery score set',
  noInteractions: 'Interactions not supported',
  failWrites: 'Writes fail',
};
