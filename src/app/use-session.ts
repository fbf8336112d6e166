import { useCourseActor, useSessionSelector, type SessionSnapshot } from './course-context';

export type SessionPhase =
  'searching' | 'connected' | 'at-risk' | 'offline' | 'offline-looking' | 'offline-refused' | 'closed';

function phaseOf(snapshot: SessionSnapshot): SessionPhase {
  if (snapshot.matches('searching')) return 'searching';
  if (snapshot.matches({ connected: 'atRisk' })) return 'at-risk';
  if (snapshot.matches('connected')) return 'connected';
  if (snapshot.matches('terminated')) return 'closed';
  if (snapshot.context.lmsRefused) return 'offline-refused';
  return snapshot.context.lookingForLms ? 'offline-looking' : 'offline';
}

/** Where the LMS session stands, as the learner needs to know it. */
export function useSessionPhase(): SessionPhase {
  return useSessionSelector(phaseOf);
}

/** "First Last" from the LMS, for a certificate; null when there is no LMS or it does not say. */
export function useLearnerName(): string | null {
  return useSessionSelector((s) => s.context.learnerName);
}

/** How the session ended: suspend (the learner can come back) or normal (the attempt is over). */
export function useExitMode() {
  return useSessionSelector((s) => s.context.exit);
}

/** False when the LMS did not confirm the last save as the session ended. */
export function useClosedCleanly(): boolean {
  return useSessionSelector((s) => s.context.closedCleanly);
}

/** Normal, or a review or browse launch that must not change the learner's record. */
export function useLaunchMode() {
  return useSessionSelector((s) => s.context.mode);
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

/** True when the LMS answered only after the course had started, and this visit's progress was sent to it. */
export function useConnectedLate(): boolean {
  return useSessionSelector((s) => s.context.connectedLate);
}

/** True while saved progress the course could not read is left as it was, and nothing is written. */
export function useSavedDataHeld(): boolean {
  return useSessionSelector((s) => s.context.holdingSavedData);
}

/** What the learner may ask of the session. Components send these to the course; they never call the LMS. */
export function useSessionControls() {
  const course = useCourseActor();
  return {
    exit: () => course.send({ type: 'session.exit' }),
    retry: () => course.send({ type: 'session.retry' }),
    replaceSavedData: () => course.send({ type: 'saved.replace' }),
    keepSavedData: () => course.send({ type: 'saved.keep' }),
  };
}
