import { useSessionControls, useSessionPhase } from '../app/use-session';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/lms';
import './exit-button.css';

/** Ends the LMS session on purpose: the only way out that browsers never cut short. */
export function ExitButton() {
  const phase = useSessionPhase();
  const { exit } = useSessionControls();
  if (phase !== 'connected' && phase !== 'at-risk') return null;
  return (
    <button type="button" className="button exit-button" onClick={exit}>
      {t('lms.exit')}
    </button>
  );
}
