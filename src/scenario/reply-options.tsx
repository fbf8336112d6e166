import { useId } from 'react';
import { useDisplayOrder } from '../app/use-display-order';
import type { Reply } from './scenario';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/roleplay';

interface ReplyOptionsProps {
  readonly replies: readonly Reply[];
  /** Names the scene, so its replies come in this attempt's order for it. */
  readonly orderKey: string;
  readonly canChoose: (reply: Reply) => boolean;
  readonly onChoose: (reply: Reply) => void;
}

/** The learner's possible replies: a labelled group of native buttons, named by what they say. */
export function ReplyOptions({ replies: written, orderKey, canChoose, onChoose }: ReplyOptionsProps) {
  const labelId = useId();
  const replies = useDisplayOrder(written, orderKey);
  return (
    <div className="scn-replies" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="scn-replies__label">
        {t('roleplay.replies-label')}
      </p>
      <ul className="scn-replies__list">
        {replies.map((reply) => (
          <li key={reply.id}>
            <button type="button" className="scn-reply" disabled={!canChoose(reply)} onClick={() => onChoose(reply)}>
              {reply.text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
