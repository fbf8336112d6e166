import { fromCallback, type EventObject } from 'xstate';
import type { PageEvent } from './tracker-protocol';

/**
 * Reports when the page is hidden or left. visibilitychange→hidden is the last moment browsers
 * reliably give; pagehide only backs it up. A pagehide with `persisted` set means the page is
 * going into the back/forward cache and may come back as it is, with its LMS session open: it is
 * only hidden, so the session commits but does not Terminate, and a restored page (pageshow with
 * `persisted`) carries on tracking. Provided at the edge, so tests can drive it by hand.
 */
export const pageWatcher = fromCallback<EventObject, void, PageEvent>(({ sendBack }) => {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') sendBack({ type: 'page.hidden' });
  };
  const onPageHide = (event: PageTransitionEvent) =>
    sendBack(event.persisted ? { type: 'page.hidden' } : { type: 'page.leaving' });
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onPageHide);
  };
});
