import { useEffect } from 'react';

/** Whether the learner has moved within the course since the page loaded. */
let navigated = false;
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => (navigated = true), { once: true });

/**
 * useFocusOnRoute moves focus to the new screen's heading, but a screen still loading has none
 * yet, and the link that was followed is gone: focus has fallen to the page. Once the screen is
 * there, its heading takes focus as it would have without the wait. On first load nothing
 * moves, as on every screen; nor when the learner has already put focus somewhere themselves.
 * The same holds after "Try again": the button that had focus is gone once the download starts.
 */
export function FocusHeadingWhenLoaded() {
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (navigated && lost) document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, []);
  return null;
}
