import { useEffect, useRef } from 'react';
import { hrefFor, type Route } from './hash-route';
import { focusPageHeading } from './page-heading';

/** Moves focus to the new screen's heading on every in-app navigation, but not on first load. */
export function useFocusOnRoute(route: Route, title: string): void {
  const previous = useRef<string | null>(null);
  const key = hrefFor(route);
  useEffect(() => {
    document.title = title;
    if (previous.current !== null && previous.current !== key) {
      focusPageHeading();
      window.scrollTo(0, 0);
    }
    previous.current = key;
  }, [key, title]);
}
