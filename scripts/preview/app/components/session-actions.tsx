import type { PreviewLms, PreviewState } from '../preview-lms';

/** What a learner or an LMS administrator can do to the launch, like an LMS player's own bar. */
export function SessionActions({ state, lms }: { state: PreviewState; lms: PreviewLms }) {
  const running = state.session !== null;
  return (
    <div className="session-actions" role="group" aria-label="Learner session">
      {running ? (
        <button type="button" className="button" onClick={() => lms.exit()}>
          Exit course
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={() => lms.launch()}>
          Launch course
        </button>
      )}
      <button type="button" className="button" onClick={() => lms.relaunch()}>
        {running ? 'Exit and relaunch' : 'Relaunch'}
      </button>
      <button type="button" className="button" onClick={() => lms.newAttempt()}>
        New attempt
      </button>
      <button type="button" className="button button--danger" onClick={() => lms.resetLearner()}>
        Reset learner
      </button>
    </div>
  );
}
