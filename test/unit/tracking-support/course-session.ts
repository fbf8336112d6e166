import { createActor, waitFor } from 'xstate';
import type { CourseCatalog } from '../../../src/course/catalog';
import type { ProgressFacts, ScenarioAttempt } from '../../../src/course/progress-facts';
import { progressMachine } from '../../../src/course/progress.machine';
import type { LoadedProgress, ProgressStore } from '../../../src/persistence/progress-store';
import { createBrowserTracker } from '../../../src/tracking/browser-tracker';
import { connectTracker } from '../../../src/tracking/connect-tracker';
import type { WindowLike } from '../../../src/tracking/find-api';
import { lmsSessionMachine } from '../../../src/tracking/lms-session.machine';
import { trackingActions } from '../../../src/tracking/progress-tracking';

/** A clock the test moves by hand, so session times and latencies are exact. */
export function testClock(start = Date.UTC(2026, 0, 15, 9, 30, 0)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

export function memoryStore(): ProgressStore & { saved: ProgressFacts[] } {
  const saved: ProgressFacts[] = [];
  return {
    saved,
    load: (): LoadedProgress => ({ facts: saved.at(-1) ?? null, problem: null }),
    save: (f) => void saved.push(f),
  };
}

export interface LaunchOptions {
  readonly catalog: CourseCatalog;
  readonly win: WindowLike;
  readonly clock?: ReturnType<typeof testClock>;
  readonly store?: ProgressStore;
  readonly retryDelayMs?: number;
  readonly waitMs?: number;
}

/** Starts the course as src/main.tsx does: the LMS session first, then progress with what it restored. */
export async function launchCourse({
  catalog,
  win,
  clock = testClock(),
  store = memoryStore(),
  retryDelayMs = 5,
  waitMs = 300,
}: LaunchOptions) {
  const logic = lmsSessionMachine.provide({ delays: { retryDelay: retryDelayMs } });
  const session = createActor(logic, {
    input: {
      catalog,
      now: clock.now,
      connect: () =>
        connectTracker({
          win,
          catalog,
          wait: { timeoutMs: waitMs, intervalMs: 10 },
          scorm: { now: clock.now, log: () => {} },
          standalone: () => createBrowserTracker(store),
        }),
    },
  }).start();
  await waitFor(session, (s) => !s.matches('searching'), { timeout: 5000 });
  const { loaded } = session.getSnapshot().context;
  const progress = createActor(progressMachine.provide({ actions: trackingActions(session) }), {
    input: { catalog, facts: loaded.facts, restoreProblem: loaded.problem },
  }).start();
  return { session, progress, clock };
}

export type Course = Awaited<ReturnType<typeof launchCourse>>;

const attempt = (band: ScenarioAttempt['band']): ScenarioAttempt => ({
  endingId: `end-${band}`,
  band,
  path: [
    { replyId: 'greet', band: 'mediocrity' },
    { replyId: band === 'wow' ? 'listen' : 'blame', band },
  ],
  seconds: 75,
});

/** The sample course's first module half: two lessons, one check, a reflection. */
export function playFirstHalf({ progress, clock }: Course, pass: boolean): void {
  progress.send({ type: 'lesson.visited', lessonId: 'hello' });
  clock.advance(60_000);
  progress.send({ type: 'lesson.visited', lessonId: 'first' });
  clock.advance(30_000);
  progress.send({ type: 'check.answered', checkId: 'q1', answer: pass ? ['b'] : ['a'], latencyMs: 4_250 });
  progress.send({ type: 'reflection.changed', reflectionId: 'r1', text: 'Listen before answering.' });
}

/** The rest: the second lesson, its check and its scenario, played to a WOW or a misery ending. */
export function playSecondHalf({ progress, clock }: Course, pass: boolean): void {
  progress.send({ type: 'lesson.visited', lessonId: 'second' });
  clock.advance(45_000);
  progress.send({ type: 'check.answered', checkId: 'q2', answer: pass ? ['a', 'c'] : ['b'], latencyMs: 12_340 });
  const run = attempt(pass ? 'wow' : 'misery');
  run.path.forEach((step, i) =>
    progress.send({
      type: 'scenario.replied',
      reply: {
        scenarioId: 'sc',
        sceneId: `scene-${i + 1}`,
        replyId: step.replyId,
        band: step.band,
        prompt: `Customer line ${i + 1}`,
        latencyMs: 8_000,
        replyIndex: i,
      },
    }),
  );
  progress.send({ type: 'scenario.finished', scenarioId: 'sc', attempt: run });
}
