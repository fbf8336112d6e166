import type { ProgressStore } from '../persistence/progress-store';
import { NOTHING_RECORDED } from './recorded-result';
import type { Tracker } from './tracker';

/** The standalone adapter, for when no LMS is found: progress stays in this browser. */
export function createBrowserTracker(store: ProgressStore): Tracker {
  return {
    kind: 'browser',
    start: () => ({
      loaded: store.load(),
      learnerName: null,
      mode: 'normal',
      credit: true,
      recorded: NOTHING_RECORDED,
    }),
    save(facts, _report, scope) {
      if (scope.progress) store.save(facts);
      return true;
    },
    record: () => {},
    commit: () => true,
    finish: () => true,
  };
}
