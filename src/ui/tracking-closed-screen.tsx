import { useEffect } from 'react';
import { useClosedCleanly, useExitMode, useLaunchMode } from '../app/use-session';
import { PageHeading } from './page-heading';

/** What the learner sees after Exit: the LMS has everything, and the course asks nothing more of them. */
export function TrackingClosedScreen() {
  const exit = useExitMode();
  const clean = useClosedCleanly();
  const reviewing = useLaunchMode() !== 'normal';
  // The Exit button that had focus is gone; put the learner on the message instead.
  useEffect(() => document.querySelector<HTMLElement>('[data-page-heading]')?.focus(), []);
  return (
    <div className="closed">
      <p className="eyebrow">{clean && exit !== null ? 'Progress saved' : 'Session ended'}</p>
      <PageHeading>You can close this window</PageHeading>
      <p>
        {!clean
          ? 'Your LMS did not confirm that it saved your latest progress. If something is missing when you come back, tell whoever runs your training.'
          : reviewing
            ? 'This was a review: your record in your learning system is as it was.'
            : exit === null
              ? 'Nothing from this visit was saved, and your earlier progress is as it was.'
              : exit === 'normal'
                ? 'You have finished the course and your results are with your LMS.'
                : 'Your LMS has your progress. When you open the course again, you will carry on where you left off.'}
      </p>
    </div>
  );
}
