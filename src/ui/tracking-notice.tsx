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
import { formatPercent } from '../i18n/format';
import { selectKey, t } from '../i18n/i18n';
import { Message } from '../i18n/message';

const bold = [<strong key="bold" />];

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
          {recorded ? (
            <Message
              id="tracking.review-recorded"
              values={{
                status: selectKey(recorded.verdict ?? 'recorded'),
                hasScore: recorded.score === null ? 'no' : 'yes',
                score: recorded.score === null ? '' : formatPercent(recorded.score),
              }}
              components={bold}
            />
          ) : (
            <Message id="tracking.review" components={bold} />
          )}
        </p>
      </div>
    );
  if (held && !deciding && phase !== 'closed')
    return (
      <div className="notice notice--warning" role="status">
        <p>
          <Message id="tracking.held" components={bold} />
        </p>
        <button type="button" className="button button--secondary" onClick={replaceSavedData}>
          {t('tracking.held.replace')}
        </button>
      </div>
    );
  if (phase === 'at-risk')
    return (
      <div className="notice notice--error" role="alert">
        <p>
          <Message id="tracking.at-risk" components={bold} />
        </p>
        <button type="button" className="button button--primary" onClick={retry}>
          {t('tracking.at-risk.retry')}
        </button>
      </div>
    );
  if (phase === 'offline-looking')
    return (
      <div className="notice notice--warning" role="alert">
        <p>
          <Message id="tracking.offline-looking" components={bold} />
        </p>
      </div>
    );
  if (phase === 'connected' && connectedLate && !lateNoticeRead)
    return (
      <div className="notice notice--info" role="status">
        <p>
          <Message id="tracking.connected-late" components={bold} />
        </p>
        <button type="button" className="button button--secondary" onClick={() => setLateNoticeRead(true)}>
          {t('tracking.connected-late.hide')}
        </button>
      </div>
    );
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
