import { useSessionPhase } from '../app/use-session';

/** A quiet line for when the course runs on its own, outside any LMS. */
export function TrackingStorageNote() {
  const phase = useSessionPhase();
  if (phase !== 'offline') return null;
  return <p>Your progress is saved in this browser only.</p>;
}
