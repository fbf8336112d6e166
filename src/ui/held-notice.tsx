import { useSessionControls } from '../app/use-session';
import { t } from '../i18n/i18n';
import { Message } from '../i18n/message';
import 'virtual:ui-messages/restore';

const bold = [<strong key="bold" />];

/** Shown once the learner chose to keep saved progress the course could not read: nothing is being written over it. */
export function HeldNotice() {
  const { replaceSavedData } = useSessionControls();
  return (
    <div className="notice notice--warning" role="status">
      <p>
        <Message id="restore.held" components={bold} />
      </p>
      <button type="button" className="button button--secondary" onClick={replaceSavedData}>
        {t('restore.held.replace')}
      </button>
    </div>
  );
}
