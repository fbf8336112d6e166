import type { LessonStatus } from '../course/completion';
import { t } from '../i18n/i18n';
import type { MessageId } from '../i18n/messages';
import 'virtual:ui-messages/status';
import './status-mark.css';

const LABELS: Record<LessonStatus, MessageId> = {
  done: 'status.done',
  'in-progress': 'status.in-progress',
  'not-started': 'status.not-started',
};

const ICONS: Record<LessonStatus, string> = { done: '✓', 'in-progress': '◐', 'not-started': '○' };

/** Status shown as icon and words, never by colour alone. */
export function StatusMark({ status }: { readonly status: LessonStatus }) {
  return (
    <span className={`status status--${status}`}>
      <span aria-hidden="true" className="status__icon">
        {ICONS[status]}
      </span>
      {t(LABELS[status])}
    </span>
  );
}
