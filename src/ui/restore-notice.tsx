import { useProgressSelector } from '../app/course-context';
import { useSessionControls } from '../app/use-session';
import type { RestoreProblem } from '../course/progress.machine';
import { focusPageHeading } from './page-heading';

const REASONS: Record<RestoreProblem, string> = {
  corrupt: 'the saved data is damaged',
  // Newer, never "older": after a package rollback the data is fine, just ahead of this version.
  'newer-version': 'it was saved by a newer version of this course, which this version cannot read',
  'other-course': 'it belongs to a different course',
  unreadable: 'your learning system did not hand it over when asked',
};

/**
 * Tells the learner that saved progress could not be used, and lets them decide: start fresh,
 * which writes over it, or keep it for now, which writes nothing and leaves it as it is.
 */
export function RestoreNotice() {
  const problem = useProgressSelector((s) =>
    s.matches({ notice: 'restoreFailed' }) ? s.context.restoreProblem : null,
  );
  const { replaceSavedData, keepSavedData } = useSessionControls();
  if (!problem) return null;
  // The notice, and the button pressed, go away: focus moves to the screen's heading instead of the page body.
  const decide = (choice: () => void) => () => {
    focusPageHeading();
    choice();
  };
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>We could not restore your saved progress</strong> because {REASONS[problem]}. It has not been changed.
      </p>
      <p>
        Start fresh to begin again and save from now on; this replaces what was saved. Or keep it for now: nothing you
        do in this visit is saved, and you can try again later.
      </p>
      <div className="notice__actions">
        <button type="button" className="button button--primary" onClick={decide(replaceSavedData)}>
          Start fresh
        </button>
        <button type="button" className="button button--secondary" onClick={decide(keepSavedData)}>
          Keep it for now
        </button>
      </div>
    </div>
  );
}
