import { useEffect } from 'react';
import { useClosedCleanly, useExitMode, useLaunchMode } from '../app/use-session';
import { PageHeading } from './page-heading';
import { t } from '../i18n/i18n';

/** What the learner sees after Exit: the LMS has everything, and the course asks nothing more of them. */
export function TrackingClosedScreen() {
  const exit = useExitMode();
  const clean = useClosedCleanly();
  const reviewing = useLaunchMode() !== 'normal';
  // The Exit button that had focus is gone; put the learner on the message instead.
  useEffect(() => document.querySelector<HTMLElement>('[data-page-heading]')?.focus(), []);
  return (
    <div className="closed">
      <p className="eyebrow">{clean && exit !== null ? t('tracking.closed.saved') : t('tracking.closed.ended')}</p>
      <PageHeading>{t('tracking.closed.title')}</PageHeading>
      <p>
        {t(
          !clean
            ? 'tracking.closed.unconfirmed'
            : reviewing
              ? 'tracking.closed.review'
              : exit === null
                ? 'tracking.closed.nothing-saved'
                : exit === 'normal'
                  ? 'tracking.closed.finished'
                  : 'tracking.closed.suspended',
        )}
      </p>
    </div>
  );
}
