import type { RestoreProblem } from '../course/progress.machine';
import { useProgressActor, useProgressSelector } from '../app/course-context';

const REASONS: Record<RestoreProblem, string> = {
  corrupt: 'the saved data was damaged',
  'old-version': 'it was saved by an older version of this course',
  // Newer, never "older": after a package rollback the data is fine, just ahead of this version.
  'newer-version': 'it was saved by a newer version of this course, which this version cannot read',
  'other-course': 'it belongs to a different course',
};

/** Tells the learner, once, that saved progress could not be used and they are starting fresh. */
export function RestoreNotice() {
  const problem = useProgressSelector((s) =>
    s.matches({ notice: 'restoreFailed' }) ? s.context.restoreProblem : null,
  );
  const progress = useProgressActor();
  if (!problem) return null;
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>We could not restore your saved progress</strong> because {REASONS[problem]}. You are starting the
        course fresh; anything you do from now on is saved.
      </p>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => progress.send({ type: 'notice.dismissed' })}
      >
        Dismiss
      </button>
    </div>
  );
}
