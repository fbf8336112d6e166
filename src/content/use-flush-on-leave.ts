import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Calls `flush` when the component unmounts (a route change), when the page is hidden (a tab
 * switch, a phone locking) and when it is left (a tab close or reload), so work held back by a
 * debounce is never lost. The latest `flush` is always the one called.
 */
export function useFlushOnLeave(flush: () => void): void {
  const latest = useRef(flush);
  useLayoutEffect(() => {
    latest.current = flush;
  });
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') latest.current();
    };
    const onPageHide = () => latest.current();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      latest.current();
    };
  }, []);
}
