import { t } from '../i18n/i18n';

/** Which part of the course did not arrive: the words of the message depend on it. */
export type LoadProblemWhat = 'lesson' | 'outline' | 'role_play' | 'notice' | 'question' | 'page';

/**
 * Shown where code that loads on demand did not arrive, as happens on a flaky connection. Trying
 * again downloads it afresh without reloading the page, so the LMS session stays open; the
 * learner's progress is already saved, so nothing is lost.
 */
export function LoadProblem({ what, onRetry }: { readonly what: LoadProblemWhat; readonly onRetry: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('load-problem.text', { what })}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('load-problem.retry')}
      </button>
    </div>
  );
}
