import { createActor, SimulatedClock, waitFor } from 'xstate';
import { provideCourseAdapters } from '../../../src/app/course-adapters';
import type { CourseCatalog } from '../../../src/course/catalog';
import { createBrowserTracker } from '../../../src/tracking/browser-tracker';
import { connectTracker } from '../../../src/tracking/connect-tracker';
import type { WindowLike } from '../../../src/tracking/find-api';
import { trackerActor } from '../../../src/tracking/tracker-actor';
import { loadLmsParts } from '../../../src/ui/lms-parts';
import { memoryStore, quietPage } from './course-session';

/**
 * The course as src/main.tsx starts it, with the session's own retry delays (not shortened) and
 * one simulated clock behind both XState's timers and the tracker's `now`, so a test moves time
 * by hand and nothing depends on the wall clock.
 */
export async function launchOnSimulatedClock(catalog: CourseCatalog, win: WindowLike) {
  const clock = new SimulatedClock();
  clock.set(Date.UTC(2026, 0, 15, 9, 30, 0));
  const now = () => clock.now();
  const tracker = trackerActor({
    connect: (courseCatalog) =>
      connectTracker({
        win,
        catalog: courseCatalog,
        wait: { timeoutMs: 0, intervalMs: 10 },
        scorm: { now, log: () => {} },
        withLms: loadLmsParts,
        standalone: () => createBrowserTracker(memoryStore()),
      }),
    now,
  });
  const logic = provideCourseAdapters({ tracker, pageWatcher: quietPage });
  const course = createActor(logic, { input: { catalog, orderSeed: 'testseed' }, clock }).start();
  await waitFor(course, (s) => s.hasTag('running'), { timeout: 5000 });
  const { session, progress } = course.getSnapshot().children;
  if (!session || !progress) throw new Error('the course is running without its session or progress');
  /** Moves time forward in small steps, so every timer due on the way fires in order. */
  const advance = (ms: number, step = 100) => {
    for (let spent = 0; spent < ms; spent += step) clock.increment(Math.min(step, ms - spent));
  };
  return { course, session, progress, advance };
}
