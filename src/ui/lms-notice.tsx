import { useState } from 'react';
import { useRecordedResult } from '../app/use-lms-session';
import { useSessionControls } from '../app/use-session';
import { formatPercent } from '../i18n/format';
import { selectKey, t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/lms';

const bold = [<strong key="bold" />];

/** The notices only an LMS session can give rise to; TrackingNotice decides which one is due. */
export type LmsNoticeKind = 'review' | 'at-risk' | 'connected-late' | 'launch-ended';

export function LmsNotice({ kind }: { readonly kind: LmsNoticeKind }) {
  const recorded = useRecordedResult();
  const { retry } = useSessionControls();
  const [lateNoticeRead, setLateNoticeRead] = useState(false);
  if (kind === 'review')
    return (
      <div className="notice notice--info" role="status">
        <p>
          {recorded ? (
            <Message
              id="lms.review-recorded"
              values={{
                status: selectKey(recorded.verdict ?? 'recorded'),
                hasScore: recorded.score === null ? 'no' : 'yes',
                score: recorded.score === null ? '' : formatPercent(recorded.score),
              }}
              components={bold}
            />
          ) : (
            <Message id="lms.review" components={bold} />
          )}
        </p>
      </div>
    );
  if (kind === 'at-risk')
    return (
      <div className="notice notice--error" role="alert">
        <p>
          <Message id="lms.at-risk" components={bold} />
        </p>
        <button type="button" className="button button--primary" onClick={retry}>
          {t('lms.at-risk.retry')}
        </button>
      </div>
    );
  if (kind === 'launch-ended')
    return (
      <div className="notice notice--warning" role="status">
        <p>
          <Message id="lms.launch-ended" components={bold} />
        </p>
      </div>
    );
  if (lateNoticeRead) return null;
  return (
    <div className="notice notice--info" role="status">
      <p>
        <Message id="lms.connected-late" components={bold} />
      </p>
      <button type="button" className="button button--secondary" onClick={() => setLateNoticeRead(true)}>
        {t('lms.connected-late.hide')}
      </button>
    </div>
  );
}
