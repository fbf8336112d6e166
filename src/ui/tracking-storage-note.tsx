import { useSessionPhase } from '../app/use-session';
import { t } from '../i18n/i18n';

/** A quiet line for when the course runs on its own, outside any LMS. */
export function TrackingStorageNote() {
  const phase = useSessionPhase();
  if (phase !== 'offline') return null;
  return <p>{t('tracking.storage-note')}</p>;
}
