import { useCourseActor, useSessionSelector, type SessionSnapshot } from './course-context';

export type SessionPhase =
  | 'searching'
  | 'connected'
  | 'at-risk'
  | 'offline'
  | 'offline-looking'
  | 'offline-refused'
  | 'offline-ended'
  | 'closed';

function phaseOf(snapshot: SessionSnapshot): SessionPhase {
  if (snapshot.matches('searching')) return 'searching';
  if (snapshot.matches({ connected: 'atRisk' })) return 'at-risk';
  if (snapshot.matches('connected')) return 'connected';
  if (snapshot.matches('terminated')) return 'closed';
  if (snapshot.context.lmsRefused) return snapshot.context.launchEnded ? 'offline-ended' : 'offline-refused';
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

/** Normal, or a review or browse launch that must not change the learner's record. */
export function useLaunchMode() {
  return useSessionSelector((s) => s.context.mode);
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
