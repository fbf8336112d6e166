import { useSessionSelector } from './course-context';

// What only the screens of an LMS session read (src/ui/lms-parts-bundle.ts), kept apart from
// use-session.ts so that they travel in that chunk rather than in the first load.

/** How the session ended: suspend (the learner can come back) or normal (the attempt is over). */
export function useExitMode() {
  return useSessionSelector((s) => s.context.exit);
}

/** False when the LMS did not confirm the last save as the session ended. */
export function useClosedCleanly(): boolean {
  return useSessionSelector((s) => s.context.closedCleanly);
}

/** The result the LMS held when this launch began: its status in SCORM's words and its score in %. */
export interface RecordedVerdict {
  /** Such as passed, failed, completed or incomplete; null when the LMS held a score only. */
  readonly verdict: string | null;
  /** Rounded to a whole percentage. */
  readonly score: number | null;
}

/** The result the LMS held when this launch began; null when it held none. */
export function useRecordedResult(): RecordedVerdict | null {
  const verdict = useSessionSelector(
    ({ context: { recorded } }) =>
      recorded.status.success ?? recorded.status.lessonStatus ?? recorded.status.completion ?? null,
  );
  const score = useSessionSelector(({ context: { recorded } }) =>
    recorded.score === null ? null : Math.round(recorded.score),
  );
  return verdict === null && score === null ? null : { verdict, score };
}
