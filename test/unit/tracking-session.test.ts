import { describe, expect, it, vi } from 'vitest';

// SCORM 1.2 letters come from the reply order the build ships with the 1.2 adapter; the sample
// course's role-play has its own.
vi.mock('virtual:reply-order', () => ({
  replyOrder: { sc: { 'scene-1': ['greet', 'hurry'], 'scene-2': ['blame', 'listen'] } },
}));
import { waitFor } from 'xstate';
import { decodeSnapshot } from '../../src/persistence/snapshot-codec';
import { readOlderSnapshot } from '../../src/persistence/snapshot-older';
import { sampleCatalog } from './support/catalog';
import {
  launchCourse,
  memoryStore,
  playFirstHalf,
  playSecondHalf,
  type Course,
} from './tracking-support/course-session';
import { createTestLms, launchWithSuspendData, relaunch, type TestLms } from './tracking-support/lms-fixtures';
import type { Version } from './tracking-support/scorm-rules';

const catalog = sampleCatalog();

const ELEMENTS = {
  '1.2': {
    api: 'API',
    location: 'cmi.core.lesson_location',
    raw: 'cmi.core.score.raw',
    exit: 'cmi.core.exit',
    session: 'cmi.core.session_time',
    normalExit: '',
  },
  '2004': {
    api: 'API_1484_11',
    location: 'cmi.location',
    raw: 'cmi.score.raw',
    exit: 'cmi.exit',
    session: 'cmi.session_time',
    normalExit: 'normal',
  },
} as const;

const windowWith = (lms: TestLms) => ({ [ELEMENTS[lms.version].api]: lms.api });
const launch = (lms: TestLms, options: { catalog?: typeof catalog } = {}) =>
  launchCourse({ catalog: options.catalog ?? catalog, win: windowWith(lms) });

function expectClean(lms: TestLms) {
  expect(lms.strict.violations, 'spec violations').toEqual([]);
  expect(lms.strict.rejections, 'writes the LMS refused').toEqual([]);
}

function statusOf(lms: TestLms) {
  return lms.version === '1.2'
    ? { status: lms.value('cmi.core.lesson_status') }
    : { completion: lms.value('cmi.completion_status'), success: lms.value('cmi.success_status') };
}

const exit = (course: Course) => course.session.send({ type: 'session.exit' });

/** Interaction ids in journal order, read from what the LMS stored (1.2 cannot read them back). */
function interactionIds(lms: TestLms): string[] {
  const ids: string[] = [];
  for (let n = 0; lms.value(`cmi.interactions.${n}.id`) !== ''; n += 1) ids.push(lms.value(`cmi.interactions.${n}.id`));
  return ids;
}

const lastWrite = (lms: TestLms, element: string) => lms.strict.writes.findLast(([el]) => el === element)?.[1];

describe.each<Version>(['1.2', '2004'])('SCORM %s tracking against scorm-again with a strict check', (version) => {
  const e = ELEMENTS[version];

  it('on first launch opens the session, reports it started, and commits once', async () => {
    const lms = createTestLms(version);
    const course = await launch(lms);
    expect(course.session.getSnapshot().matches('connected')).toBe(true);
    expect(course.session.getSnapshot().context.learnerName).toBe('Jane Doe');
    expect(statusOf(lms)).toEqual(
      version === '1.2' ? { status: 'incomplete' } : { completion: 'incomplete', success: 'unknown' },
    );
    expect(lms.value(e.raw)).toBe('');
    expect(decodeSnapshot(catalog, lms.value('cmi.suspend_data'), readOlderSnapshot)).toMatchObject({ ok: true });
    expect(lms.value('cmi.objectives.0.id')).toBe('module.one');
    expect(lms.value('cmi.objectives.1.id')).toBe('scenario.sc');
    expect(lms.strict.counts).toEqual({ initialize: 1, terminate: 0, commit: 1 });
    expectClean(lms);
  });

  it('completes and passes: score before status, every choice journaled, exit normal, Terminate once', async () => {
    const lms = createTestLms(version);
    const course = await launch(lms);
    playFirstHalf(course, true);
    playSecondHalf(course, true);
    course.clock.advance(5_000);
    exit(course);

    expect(course.session.getSnapshot().matches('terminated')).toBe(true);
    expect(statusOf(lms)).toEqual(
      version === '1.2' ? { status: 'passed' } : { completion: 'completed', success: 'passed' },
    );
    expect(lms.value(e.raw)).toBe('100');
    expect(lms.value(e.exit)).toBe(e.normalExit);
    expect(lms.value(e.location)).toBe('second');
    // 60 + 30 + 45 s between lessons, 75 s in the role-play, 5 s before Exit.
    expect(lastWrite(lms, e.session)).toBe(version === '1.2' ? '00:03:35.00' : 'PT3M35S');
    if (version === '2004') {
      expect(lms.value('cmi.score.scaled')).toBe('1');
      expect(lms.value('cmi.progress_measure')).toBe('1');
    }
    const writes = lms.strict.writes.map(([element]) => element);
    const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status';
    expect(writes.indexOf(e.raw)).toBeLessThan(writes.lastIndexOf(status));

    expect(interactionIds(lms)).toEqual(['check.q1', 'check.q2', 'scenario.sc.scene-1', 'scenario.sc.scene-2']);
    expect(lms.value('cmi.interactions.0.result')).toBe('correct');
    expect(lms.value('cmi.interactions.2.result')).toBe('neutral');
    expect(lms.value('cmi.interactions.3.result')).toBe('correct');
    if (version === '1.2') {
      expect(lms.value('cmi.interactions.1.student_response')).toBe('a,c');
      expect(lms.value('cmi.interactions.2.student_response')).toBe('a');
      expect(lms.value('cmi.interactions.0.latency')).toBe('00:00:04.25');
      expect(lms.value('cmi.interactions.0.time')).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    } else {
      expect(lms.value('cmi.interactions.1.learner_response')).toBe('a[,]c');
      expect(lms.value('cmi.interactions.3.learner_response')).toBe('listen');
      expect(lms.value('cmi.interactions.1.latency')).toBe('PT12.34S');
      expect(lms.value('cmi.interactions.0.timestamp')).toBe('2026-01-15T09:31:30.00Z');
      expect(lms.value('cmi.interactions.0.description')).toBe('Pick b');
      expect(lms.value('cmi.interactions.2.description')).toBe('Customer line 1');
    }

    const objective = version === '1.2' ? 'cmi.objectives.0.status' : 'cmi.objectives.0.success_status';
    expect(lms.value(objective)).toBe('passed');
    expect(lms.value('cmi.objectives.1.score.raw')).toBe('100');
    expect(lms.strict.counts.terminate).toBe(1);
    expectClean(lms);
  });

  it('commits at milestones only: not for a reflection or a wrong answer that changes nothing', async () => {
    const lms = createTestLms(version);
    const course = await launch(lms);
    course.progress.send({ type: 'lesson.visited', lessonId: 'first' });
    const before = lms.strict.counts.commit;
    course.progress.send({ type: 'reflection.changed', reflectionId: 'r1', text: 'A thought' });
    course.progress.send({ type: 'reflection.changed', reflectionId: 'r1', text: 'A longer thought' });
    expect(lms.strict.counts.commit).toBe(before);
    course.progress.send({ type: 'lesson.visited', lessonId: 'hello' });
    expect(lms.strict.counts.commit).toBe(before + 1);
    expectClean(lms);
  });

  it('journals only the first answer to a knowledge check: later tries are practice', async () => {
    const lms = createTestLms(version);
    const course = await launch(lms);
    course.progress.send({ type: 'check.answered', checkId: 'q1', answer: ['a'], latencyMs: 1_000, prompt: 'Pick b' });
    course.progress.send({ type: 'check.answered', checkId: 'q1', answer: ['b'], latencyMs: 1_000, prompt: 'Pick b' });
    expect(interactionIds(lms)).toEqual(['check.q1']);
    expect(lms.value('cmi.interactions.0.result')).toBe(version === '1.2' ? 'wrong' : 'incorrect');
    expectClean(lms);
  });

  it('completes and fails: passed/incomplete reports no fail and keeps the attempt open', async () => {
    const lms = createTestLms(version);
    const course = await launch(lms);
    playFirstHalf(course, false);
    playSecondHalf(course, false);
    exit(course);
    expect(statusOf(lms)).toEqual(
      version === '1.2' ? { status: 'incomplete' } : { completion: 'completed', success: 'unknown' },
    );
    expect(lms.value(e.raw)).toBe('0');
    expect(lms.value(e.exit)).toBe('suspend');
    expectClean(lms);
  });

  it('completes and fails in passed/failed mode: reports failed', async () => {
    const failing = sampleCatalog({ reporting: { mode: 'passed-failed', masteryScoreInManifest: false } });
    const lms = createTestLms(version);
    const course = await launch(lms, { catalog: failing });
    playFirstHalf(course, false);
    playSecondHalf(course, false);
    exit(course);
    expect(statusOf(lms)).toEqual(
      version === '1.2' ? { status: 'failed' } : { completion: 'completed', success: 'failed' },
    );
    expectClean(lms);
  });

  it('reports completed in completed/incomplete mode, whatever the score', async () => {
    const plain = sampleCatalog({ reporting: { mode: 'completed-incomplete', masteryScoreInManifest: false } });
    const lms = createTestLms(version);
    const course = await launch(lms, { catalog: plain });
    playFirstHalf(course, false);
    playSecondHalf(course, false);
    exit(course);
    expect(statusOf(lms)).toEqual(
      version === '1.2' ? { status: 'completed' } : { completion: 'completed', success: 'unknown' },
    );
    expect(lms.value(e.exit)).toBe(e.normalExit);
    expectClean(lms);
  });

  it('withholds the score until complete when the manifest carries a mastery score', async () => {
    const mastery = sampleCatalog({ reporting: { mode: 'passed-incomplete', masteryScoreInManifest: true } });
    const lms = createTestLms(version);
    const course = await launch(lms, { catalog: mastery });
    playFirstHalf(course, true);
    expect(lms.value(e.raw)).toBe('');
    playSecondHalf(course, true);
    expect(lms.value(e.raw)).toBe('100');
    expectClean(lms);
  });

  it('exits midway with suspend, then resumes everything and keeps journaling after the old interactions', async () => {
    const first = createTestLms(version);
    const sitting = await launch(first);
    playFirstHalf(sitting, true);
    const factsAtExit = sitting.progress.getSnapshot().context.facts;
    exit(sitting);
    expect(first.value(e.exit)).toBe('suspend');
    expect(statusOf(first)).toEqual(
      version === '1.2' ? { status: 'incomplete' } : { completion: 'incomplete', success: 'unknown' },
    );
    expectClean(first);

    const second = relaunch(first);
    const back = await launch(second);
    expect(second.value(version === '1.2' ? 'cmi.core.entry' : 'cmi.entry')).toBe('resume');
    expect(back.progress.getSnapshot().context.facts).toEqual(factsAtExit);
    expect(back.progress.getSnapshot().hasTag('returning')).toBe(true);
    playSecondHalf(back, true);
    exit(back);
    expect(statusOf(second)).toEqual(
      version === '1.2' ? { status: 'passed' } : { completion: 'completed', success: 'passed' },
    );
    expect(interactionIds(second)).toEqual(['check.q1', 'check.q2', 'scenario.sc.scene-1', 'scenario.sc.scene-2']);
    expect(second.value('cmi.objectives.0.id')).toBe('module.one');
    expect(second.value('cmi.objectives.1.id')).toBe('scenario.sc');
    expect(second.value('cmi.objectives.2.id')).toBe('');
    expectClean(second);
  });

  it('leaves corrupt suspend_data untouched until the learner chooses to start fresh, then saves good data', async () => {
    const lms = launchWithSuspendData(version, '{"broken');
    const course = await launch(lms);
    const progress = course.progress.getSnapshot();
    expect(progress.context.restoreProblem).toBe('corrupt');
    expect(progress.matches({ notice: 'restoreFailed' })).toBe(true);
    playFirstHalf(course, true);
    expect(lms.value('cmi.suspend_data')).toBe('{"broken');
    expect(lms.value(e.location)).toBe('');
    course.course.send({ type: 'saved.replace' });
    const saved = decodeSnapshot(catalog, lms.value('cmi.suspend_data'), readOlderSnapshot);
    expect(saved.ok && saved.facts.visited).toEqual(['hello', 'first']);
    expect(course.progress.getSnapshot().matches({ notice: 'none' })).toBe(true);
    expect(course.session.getSnapshot().matches({ connected: 'healthy' })).toBe(true);
    expectClean(lms);
  });

  it('keeps saved data it could not read when the learner says so, writing nothing at all', async () => {
    const lms = launchWithSuspendData(version, '{"broken');
    const course = await launch(lms);
    course.course.send({ type: 'saved.keep' });
    playFirstHalf(course, true);
    playSecondHalf(course, true);
    exit(course);
    expect(lms.value('cmi.suspend_data')).toBe('{"broken');
    expect(lms.value(e.raw)).toBe('');
    expect(lms.value(e.exit)).toBe('suspend');
    expect(lms.strict.counts.terminate).toBe(1);
  });

  it('retries writes an LMS rejects, warns the learner only after that, and recovers on retry', async () => {
    const lms = createTestLms(version);
    const course = await launch(lms);
    lms.faults.rejectWrites = true;
    lms.faults.rejectCommits = true;
    course.progress.send({ type: 'lesson.visited', lessonId: 'hello' });
    expect(course.session.getSnapshot().matches({ connected: 'retrying' })).toBe(true);
    expect(course.session.getSnapshot().matches({ connected: 'atRisk' })).toBe(false);
    course.progress.send({ type: 'lesson.visited', lessonId: 'first' });
    await waitFor(course.session, (s) => s.matches({ connected: 'atRisk' }), { timeout: 2000 });
    expect(course.progress.getSnapshot().context.facts.visited).toEqual(['hello', 'first']);

    lms.faults.rejectWrites = false;
    lms.faults.rejectCommits = false;
    course.session.send({ type: 'session.retry' });
    expect(course.session.getSnapshot().matches({ connected: 'healthy' })).toBe(true);
    const restored = decodeSnapshot(catalog, lms.value('cmi.suspend_data'), readOlderSnapshot);
    expect(restored.ok && restored.facts.visited).toEqual(['hello', 'first']);
    expect(lms.strict.violations).toEqual([]);
    expect(lms.strict.rejections.length).toBeGreaterThan(0);
  });

  it('does without interactions when the LMS has none, and reports everything else', async () => {
    const lms = createTestLms(version);
    lms.faults.noInteractions = true;
    const course = await launch(lms);
    playFirstHalf(course, true);
    playSecondHalf(course, true);
    exit(course);
    expect(course.session.getSnapshot().context.failures).toBe(0);
    expect(lms.strict.writes.some(([element]) => element.startsWith('cmi.interactions'))).toBe(false);
    expect(statusOf(lms)).toEqual(
      version === '1.2' ? { status: 'passed' } : { completion: 'completed', success: 'passed' },
    );
    expectClean(lms);
  });

  it('ends the session on pagehide when the learner never pressed Exit', async () => {
    const lms = createTestLms(version);
    const course = await launch(lms);
    playFirstHalf(course, true);
    window.dispatchEvent(new Event('pagehide'));
    expect(course.session.getSnapshot().matches('terminated')).toBe(true);
    expect(lms.value(e.exit)).toBe('suspend');
    window.dispatchEvent(new Event('pagehide'));
    course.session.send({ type: 'session.exit' });
    course.progress.send({ type: 'lesson.visited', lessonId: 'second' });
    expect(lms.strict.counts.terminate).toBe(1);
    expectClean(lms);
  });

  it('commits when the page is hidden', async () => {
    const lms = createTestLms(version);
    const course = await launch(lms);
    course.progress.send({ type: 'reflection.changed', reflectionId: 'r1', text: 'Before leaving' });
    const before = lms.strict.counts.commit;
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(lms.strict.counts.commit).toBe(before + 1);
    expect(lms.value(e.session)).not.toBe('');
    expectClean(lms);
  });
});

describe('without an LMS', () => {
  it('runs standalone at once in a top-level window, saving in the browser', async () => {
    const store = memoryStore();
    // With the clock stopped, a course that waited out the 5 s search for an LMS would never start.
    vi.useFakeTimers();
    const course = await launchCourse({ catalog, win: {}, store, waitMs: 5000 }).finally(() => vi.useRealTimers());
    expect(course.session.getSnapshot().matches('offline')).toBe(true);
    course.progress.send({ type: 'lesson.visited', lessonId: 'hello' });
    expect(store.saved.at(-1)?.visited).toEqual(['hello']);
  });

  it('falls back to the browser when an LMS refuses to open a session', async () => {
    const lms = createTestLms('2004');
    const refusing = { ...lms.api, Initialize: () => 'false' };
    const course = await launchCourse({ catalog, win: { API_1484_11: refusing } });
    const snapshot = course.session.getSnapshot();
    expect(snapshot.matches('offline')).toBe(true);
    expect(snapshot.context.lmsRefused).toBe(true);
  });
});
