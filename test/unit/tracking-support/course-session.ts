import { createActor, fromCallback, waitFor, type EventObject, type InspectionEvent } from 'xstate';
import { provideCourseAdapters, type CourseAdapters } from '../../../src/app/course-adapters';
import { roleplayId } from '../../../src/app/course.machine';
import type { CourseCatalog } from '../../../src/course/catalog';
import type { ProgressFacts } from '../../../src/course/progress-facts';
import type { LoadedProgress, ProgressStore } from '../../../src/persistence/progress-store';
import type { RoleplayActor } from '../../../src/scenario/scenario.machine';
import { roleplayStart } from '../../../src/scenario/roleplay-start';
import { replyEvent } from '../../../src/scenario/scenario.machine';
import { createBrowserTracker } from '../../../src/tracking/browser-tracker';
import { connectTracker } from '../../../src/tracking/connect-tracker';
import { pageWatcher as watchThePage } from '../../../src/tracking/page-watcher';
import type { WindowLike } from '../../../src/tracking/find-api';
import type { Cmi5Options } from '../../../src/tracking/cmi5/cmi5-options';
import type { PageEvent } from '../../../src/tracking/tracker-protocol';
import { trackerActor } from '../../../src/tracking/tracker-actor';
import { loadLmsParts } from '../../../src/ui/lms-parts';
import { sampleScenario } from '../support/scenario';

/** A clock the test moves by hand, so session times and latencies are exact. */
export function testClock(start = Date.UTC(2026, 0, 15, 9, 30, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

/** Browser storage in memory. `saved` lists every write; `earlier` is what an earlier sitting left. */
export function memoryStore(earlier: ProgressFacts | null = null): ProgressStore & { saved: ProgressFacts[] } {
  const saved: ProgressFacts[] = [];
  return {
    saved,
    load: (): LoadedProgress => ({ facts: saved.at(-1) ?? earlier, problem: null }),
    save: (f) => void saved.push(f),
  };
}

/** A page watcher that never reports: for a course whose page the test does not play with. */
export const quietPage = fromCallback<EventObject, void, PageEvent>(() => {});

export interface LaunchOptions {
  readonly catalog: CourseCatalog;
  /** The window the course looks for an LMS from; a bare object is a page with no LMS. */
  readonly win?: WindowLike;
  readonly clock?: ReturnType<typeof testClock>;
  readonly store?: ProgressStore;
  readonly retryDelayMs?: number;
  readonly waitMs?: number;
  /** How often to look for an LMS that has not appeared, once the course runs without it. */
  readonly lateIntervalMs?: number;
  /** The real watcher by default, so tests hide or leave the page with DOM events. */
  readonly pageWatcher?: CourseAdapters['pageWatcher'];
  /** Sees every event any actor of the course receives, as XState's inspection API reports it. */
  readonly inspect?: (event: InspectionEvent) => void;
  /** A cmi5 launch: the page's address (with the launch parameters) and what the adapter needs. */
  readonly cmi5?: Cmi5Options;
}

/**
 * Starts the course machine that src/main.tsx starts, with the real tracker adapters and a test
 * clock, and waits until it is running (the session has said what the learner saved).
 */
export async function launchCourse({
  catalog,
  win = {},
  clock = testClock(),
  store = memoryStore(),
  retryDelayMs = 5,
  waitMs = 300,
  lateIntervalMs,
  pageWatcher = watchThePage,
  inspect,
  cmi5,
}: LaunchOptions) {
  const tracker = trackerActor({
    connect: (courseCatalog) =>
      connectTracker({
        win,
        catalog: courseCatalog,
        wait: { timeoutMs: waitMs, intervalMs: 10, lateIntervalMs },
        scorm: { now: clock.now, log: () => {} },
        withLms: loadLmsParts,
        standalone: () => createBrowserTracker(store),
        ...(cmi5 ? { cmi5 } : {}),
      }),
    now: clock.now,
  });
  const logic = provideCourseAdapters({ tracker, pageWatcher, retryDelayMs: () => retryDelayMs });
  const course = createActor(logic, { input: { catalog, orderSeed: 'testseed' }, inspect }).start();
  await waitFor(course, (s) => s.hasTag('running'), { timeout: 5000 });
  const { session, progress } = course.getSnapshot().children;
  if (!session || !progress) throw new Error('the course is running without its session or progress');
  return { course, session, progress, clock };
}

export type Course = Awaited<ReturnType<typeof launchCourse>>;

/** Plays the sample role-play through the course's own run: greet, then listen (WOW) or blame (misery). */
export function playScenario({ course, clock }: Course, ending: 'wow' | 'misery', run = 0): void {
  course.send(roleplayStart(sampleScenario(), run));
  const actor = course.getSnapshot().children[roleplayId('sc', run)] as RoleplayActor | undefined;
  if (!actor) throw new Error('the course did not start the role-play');
  // 8 s to answer and 29.5 s reading feedback, twice: a 75-second run.
  for (const replyId of ['greet', ending === 'wow' ? 'listen' : 'blame']) {
    clock.advance(8_000);
    actor.send(replyEvent(replyId, 8_000));
    clock.advance(29_500);
    actor.send({ type: 'feedback.continue', readMs: 29_500 });
  }
}

/** The sample course's first module half: two lessons, one check, a reflection. */
export function playFirstHalf({ progress, clock }: Course, pass: boolean): void {
  progress.send({ type: 'lesson.visited', lessonId: 'hello' });
  clock.advance(60_000);
  progress.send({ type: 'lesson.visited', lessonId: 'first' });
  clock.advance(30_000);
  progress.send({
    type: 'check.answered',
    checkId: 'q1',
    answer: pass ? ['b'] : ['a'],
    latencyMs: 4_250,
    prompt: 'Pick b',
  });
  progress.send({ type: 'reflection.changed', reflectionId: 'r1', text: 'Listen before answering.' });
}

/** The rest: the second lesson, its check and its scenario, played to a WOW or a misery ending. */
export function playSecondHalf(course: Course, pass: boolean): void {
  const { progress, clock } = course;
  progress.send({ type: 'lesson.visited', lessonId: 'second' });
  clock.advance(45_000);
  progress.send({
    type: 'check.answered',
    checkId: 'q2',
    answer: pass ? ['a', 'c'] : ['b'],
    latencyMs: 12_340,
    prompt: 'Pick a and c',
  });
  playScenario(course, pass ? 'wow' : 'misery');
}
