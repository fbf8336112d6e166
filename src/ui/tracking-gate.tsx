import { useSelector } from '@xstate/react';
import { useContext, useEffect, useState, type ReactNode } from 'react';
import type { LoadedProgress } from '../persistence/progress-store';
import { LmsSessionContext } from '../tracking/session-context';

/** Below this, a message would only flash; a top-level page without an LMS settles at once. */
const QUIET_MS = 400;
const NOTHING_RESTORED: LoadedProgress = { facts: null, problem: null };

/**
 * Holds the course back until the LMS session knows what the learner saved, so the course never
 * starts fresh and then jumps. Without a session it renders at once with nothing restored.
 */
export function TrackingGate({ children }: { readonly children: (loaded: LoadedProgress) => ReactNode }) {
  const session = useContext(LmsSessionContext);
  const loaded = useSelector(session ?? undefined, (s) =>
    !s ? NOTHING_RESTORED : s.matches('searching') ? null : s.context.loaded,
  );
  const [patient, setPatient] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPatient(true), QUIET_MS);
    return () => clearTimeout(timer);
  }, []);
  if (loaded) return children(loaded);
  return (
    <main className="main" aria-busy="true">
      <p className="loading" role="status">
        {patient ? 'Connecting to your learning system…' : ''}
      </p>
    </main>
  );
}
