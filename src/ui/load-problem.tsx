/**
 * Shown where code that loads on demand did not arrive, as happens on a flaky connection. Trying
 * again downloads it afresh without reloading the page, so the LMS session stays open; the
 * learner's progress is already saved, so nothing is lost.
 */
export function LoadProblem({ what, onRetry }: { readonly what: string; readonly onRetry: () => void }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>We could not load this {what}. Check your connection, then try again. Your progress so far is saved.</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
