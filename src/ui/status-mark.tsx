import type { LessonStatus } from '../course/completion';
import './status-mark.css';

const LABELS: Record<LessonStatus, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  'not-started': 'Not started',
};

const ICONS: Record<LessonStatus, string> = { done: '✓', 'in-progress': '◐', 'not-started': '○' };

/** Status shown as icon and words, never by colour alone. */
export function StatusMark({ status }: { readonly status: LessonStatus }) {
  return (
    <span className={`status status--${status}`}>
      <span aria-hidden="true" className="status__icon">
        {ICONS[status]}
      </span>
      {LABELS[status]}
    </span>
  );
}
