import { useConnectedLate, useLaunchMode, useSavedDataHeld, useSessionPhase } from '../app/use-session';
import { useProgressSelector } from '../app/course-context';
import { Message } from '../i18n/message';
import { LazyHeldNotice } from './lazy-restore-notice';
import { lmsParts } from './lms-parts';

const bold = [<strong key="bold" />];

/**
 * Speaks up only when progress is really at risk or not being saved: an LMS that would not connect,
 * a review that changes nothing, or saved progress the learner chose to leave as it was.
 */
export function TrackingNotice() {
  const phase = useSessionPhase();
  const mode = useLaunchMode();
  const held = useSavedDataHeld();
  const deciding = useProgressSelector((s) => s.matches({ notice: 'restoreFailed' }));
  const connectedLate = useConnectedLate();
  // Only an LMS session reaches these states, so its notices are loaded with the LMS adapter.
  const lms = lmsParts();
  if (mode !== 'normal' && phase !== 'closed') return lms && <lms.LmsNotice kind="review" />;
  // Held only after saved progress could not be read, so it comes with the restore notice's chunk.
  if (held && !deciding && phase !== 'closed') return <LazyHeldNotice />;
  if (phase === 'at-risk') return lms && <lms.LmsNotice kind="at-risk" />;
  if (phase === 'offline-looking')
    return (
      <div className="notice notice--warning" role="alert">
        <p>
          <Message id="tracking.offline-looking" components={bold} />
        </p>
      </div>
    );
  if (phase === 'connected' && connectedLate) return lms && <lms.LmsNotice kind="connected-late" />;
  // Only an LMS that answered can say this launch has ended, so its notice comes with the LMS parts.
  if (phase === 'offline-ended') return lms && <lms.LmsNotice kind="launch-ended" />;
  if (phase === 'offline-refused')
    return (
      <div className="notice notice--warning" role="status">
        <p>
          <Message id="tracking.offline-refused" components={bold} />
        </p>
      </div>
    );
  return null;
}
