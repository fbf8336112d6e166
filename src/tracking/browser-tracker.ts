import type { ProgressStore } from '../persistence/progress-store';
import type { Tracker } from './tracker';

/** The standalone adapter, for when no LMS is found: progress stays in this browser. */
export function createBrowserTracker(store: ProgressStore): Tracker {
  return {
    kind: 'browser',
    start: () => ({ loaded: store.load(), learnerName: null }),
    save(facts) {
      store.save(facts);
      return true;
    },
    record: () => {},
    commit: () => true,
    finish: () => true,
  };
}
