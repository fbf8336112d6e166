/**
 * Shown where code that loads on demand did not arrive, as happens on a flaky connection.
 * Reloading fetches it again; the learner's progress is already saved, so nothing is lost.
 */
export function LoadProblem({ what }: { readonly what: string }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>We could not load this {what}. Check your connection, then try again. Your progress so far is saved.</p>
      <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
        Try again
      </button>
    </div>
  );
}
