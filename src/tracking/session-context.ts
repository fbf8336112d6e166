import { useSelector } from '@xstate/react';
import { createContext, useContext } from 'react';
import type { LmsSession, LmsSessionSnapshot } from './lms-session.machine';

/** The LMS session for UI that shows its state. Null in tests and previews without one. */
export const LmsSessionContext = createContext<LmsSession | null>(null);

export type SessionPhase = 'searching' | 'connected' | 'at-risk' | 'offline' | 'offline-refused' | 'closed';

function phaseOf(snapshot: LmsSessionSnapshot): SessionPhase {
  if (snapshot.matches('searching')) return 'searching';
  if (snapshot.matches({ connected: 'atRisk' })) return 'at-risk';
  if (snapshot.matches('connected')) return 'connected';
  if (snapshot.matches('terminated')) return 'closed';
  return snapshot.context.lmsRefused ? 'offline-refused' : 'offline';
}

/** Where the session stands, as the learner needs to know it; null without a session. */
export function useSessionPhase(): SessionPhase | null {
  const session = useContext(LmsSessionContext);
  return useSelector(session ?? undefined, (s) => (s ? phaseOf(s) : null));
}

/** "First Last" from the LMS, for a certificate; null when there is no LMS or it does not say. */
export function useLearnerName(): string | null {
  const session = useContext(LmsSessionContext);
  return useSelector(session ?? undefined, (s) => s?.context.learnerName ?? null);
}

/** How the session ended: suspend (the learner can come back) or normal (the attempt is over). */
export function useExitMode() {
  const session = useContext(LmsSessionContext);
  return useSelector(session ?? undefined, (s) => s?.context.exit ?? null);
}

/** False when the LMS did not confirm the last save as the session ended. */
export function useClosedCleanly(): boolean {
  const session = useContext(LmsSessionContext);
  return useSelector(session ?? undefined, (s) => s?.context.closedCleanly ?? true);
}

/** What the learner may ask of the session. Components send these; they never call the LMS. */
export function useSessionControls() {
  const session = useContext(LmsSessionContext);
  return {
    exit: () => session?.send({ type: 'session.exit' }),
    retry: () => session?.send({ type: 'session.retry' }),
  };
}
