import { useId, type Ref } from 'react';
import type { Band } from '../course/progress-facts';
import { BandBadge } from './band-badge';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/roleplay';

interface ReplyFeedbackProps {
  readonly band: Band;
  readonly feedback: string;
  /** The next step ends the conversation, so the button says so. */
  readonly leadsToEnding: boolean;
  readonly canContinue: boolean;
  readonly onContinue: () => void;
  readonly focusRef: Ref<HTMLElement>;
}

/** Why the reply landed as it did; the conversation waits until the learner has read it. */
export function ReplyFeedback({
  band,
  feedback,
  leadsToEnding,
  canContinue,
  onContinue,
  focusRef,
}: ReplyFeedbackProps) {
  const headingId = useId();
  const textId = useId();
  return (
    <section
      className={`scn-feedback scn-feedback--${band}`}
      ref={focusRef}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-describedby={textId}
    >
      <h3 id={headingId} className="scn-feedback__heading">
        <Message id="roleplay.feedback-heading" components={[<span />, <BandBadge band={band} />]} />
      </h3>
      <p id={textId} className="scn-feedback__text">
        {feedback}
      </p>
      <button type="button" className="scn-button scn-button--primary" disabled={!canContinue} onClick={onContinue}>
        {leadsToEnding ? t('roleplay.see-ending') : t('roleplay.continue')}
      </button>
    </section>
  );
}
