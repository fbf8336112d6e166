import { useSessionControls, useSessionPhase } from '../app/use-session';

/** Speaks up only when progress is really at risk, or when an LMS was there but would not connect. */
export function TrackingNotice() {
  const phase = useSessionPhase();
  const { retry } = useSessionControls();
  if (phase === 'at-risk')
    return (
      <div className="notice notice--error" role="alert">
        <p>
          <strong>Your progress could not be saved to the LMS;</strong> keep this window open and try again.
        </p>
        <button type="button" className="button button--primary" onClick={retry}>
          Try saving again
        </button>
      </div>
    );
  if (phase === 'offline-refused')
    return (
      <div className="notice notice--warning" role="status">
        <p>
          <strong>We could not connect to your LMS,</strong> so your progress is saved in this browser only. If this
          keeps happening, tell whoever runs your training.
        </p>
      </div>
    );
  return null;
}
