import { useProgressSelector } from '../app/course-context';
import { useSessionControls } from '../app/use-session';
import { focusPageHeading } from './page-heading';
import { selectKey, t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/restore';

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
        {/* Of newer-version data it says "newer", never "older": after a package rollback the data is fine, just ahead of this version. */}
        <Message id="restore.problem" values={{ reason: selectKey(problem) }} components={[<strong />]} />
      </p>
      <p>{t('restore.choice')}</p>
      <div className="notice__actions">
        <button type="button" className="button button--primary" onClick={decide(replaceSavedData)}>
          {t('restore.start-fresh')}
        </button>
        <button type="button" className="button button--secondary" onClick={decide(keepSavedData)}>
          {t('restore.keep')}
        </button>
      </div>
    </div>
  );
}
