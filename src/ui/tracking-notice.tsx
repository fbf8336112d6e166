import { useState } from 'react';
import {
  useConnectedLate,
  useLaunchMode,
  useRecordedResult,
  useSavedDataHeld,
  useSessionControls,
  useSessionPhase,
} from '../app/use-session';
import { useProgressSelector } from '../app/course-context';

/**
 * Speaks up only when progress is really at risk or not being saved: an LMS that would not connect,
 * a review that changes nothing, or saved progress the learner chose to leave as it was.
 */
export function TrackingNotice() {
  const phase = useSessionPhase();
  const mode = useLaunchMode();
  const held = useSavedDataHeld();
  const recorded = useRecordedResult();
  const deciding = useProgressSelector((s) => s.matches({ notice: 'restoreFailed' }));
  const connectedLate = useConnectedLate();
  const [lateNoticeRead, setLateNoticeRead] = useState(false);
  const { retry, replaceSavedData } = useSessionControls();
  if (mode !== 'normal' && phase !== 'closed')
    return (
      <div className="notice notice--info" role="status">
        <p>
          <strong>You are reviewing a finished attempt.</strong>
          {recorded ? ` Your learning system has it as ${recorded}.` : ''} Nothing you do now changes your record there.
        </p>
      </div>
    );
  if (held && !deciding && phase !== 'closed')
    return (
      <div className="notice notice--warning" role="status">
        <p>
          <strong>Nothing from this visit is being saved:</strong> your earlier progress is kept as it was.
        </p>
        <button type="button" className="button button--secondary" onClick={replaceSavedData}>
          Start fresh and save from now on
        </button>
      </div>
    );
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
  if (phase === 'offline-looking')
    return (
      <div className="notice notice--warning" role="alert">
        <p>
          <strong>Your LMS has not answered yet,</strong> so your progress is kept in this browser for now. If it
          answers while this page is open, everything you have done is sent to it. If this message stays, close the
          course, open it again from your LMS, and tell whoever runs your training if it happens again.
        </p>
      </div>
    );
  if (phase === 'connected' && connectedLate && !lateNoticeRead)
    return (
      <div className="notice notice--info" role="status">
        <p>
          <strong>Your LMS has now answered.</strong> What you did before it answered has been sent to it.
        </p>
        <button type="button" className="button button--secondary" onClick={() => setLateNoticeRead(true)}>
          Hide this message
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
