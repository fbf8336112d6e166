import { fromCallback, type EventObject } from 'xstate';
import type { PageEvent } from './tracker-protocol';

/**
 * Reports when the page is hidden or left. visibilitychange→hidden is the last moment browsers
 * reliably give; pagehide only backs it up. Provided at the edge, so tests can drive it by hand.
 */
export const pageWatcher = fromCallback<EventObject, void, PageEvent>(({ sendBack }) => {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') sendBack({ type: 'page.hidden' });
  };
  const onPageHide = () => sendBack({ type: 'page.leaving' });
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onPageHide);
  };
});
