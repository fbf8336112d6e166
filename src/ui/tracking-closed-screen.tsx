import { useEffect } from 'react';
import { useClosedCleanly, useExitMode } from '../app/use-lms-session';
import { useLaunchMode } from '../app/use-session';
import { PageHeading } from './page-heading';
import { t } from '../i18n/i18n';
import 'virtual:ui-messages/lms';

/** What the learner sees after Exit: the LMS has everything, and the course asks nothing more of them. */
export function TrackingClosedScreen() {
  const exit = useExitMode();
  const clean = useClosedCleanly();
  const reviewing = useLaunchMode() !== 'normal';
  // The Exit button that had focus is gone; put the learner on the message instead.
  useEffect(() => document.querySelector<HTMLElement>('[data-page-heading]')?.focus(), []);
  return (
    <div className="closed">
      <p className="eyebrow">{clean && exit !== null ? t('lms.closed.saved') : t('lms.closed.ended')}</p>
      <PageHeading>{t('lms.closed.title')}</PageHeading>
      <p>
        {t(
          !clean
            ? 'lms.closed.unconfirmed'
            : reviewing
              ? 'lms.closed.review'
              : exit === null
                ? 'lms.closed.nothing-saved'
                : exit === 'normal'
                  ? 'lms.closed.finished'
                  : 'lms.closed.suspended',
        )}
      </p>
    </div>
  );
}
