import { describe, expect, it } from 'vitest';
import { firstLaunch } from '../../scripts/lms-model/next-launch';
import { SMALLEST_CAPACITY } from '../../src/persistence/capacity';
import { encodeSnapshot } from '../../src/persistence/snapshot-codec';
import { sampleCatalog } from './support/catalog';
import { launchCourse, playFirstHalf, playSecondHalf, type Course } from './tracking-support/course-session';
import { noFaults } from './tracking-support/faulty-lms';
import { passedAttemptInReview } from './tracking-support/passed-attempt';
import { createTestLms, type TestLms } from './tracking-support/lms-fixtures';
import type { Version } from './tracking-support/scorm-rules';
import { TEST_LEARNER } from './tracking-support/test-learner';

const catalog = sampleCatalog();
const API = { '1.2': 'API', '2004': 'API_1484_11' } as const;
const launch = (lms: TestLms) => launchCourse({ catalog, win: { [API[lms.version]]: lms.api } });
const exit = (course: Course) => course.session.send({ type: 'session.exit' });

const EARLIER = encodeSnapshot(
  catalog,
  {
    visited: ['hello', 'first'],
    checks: { q1: { answer: ['b'], correct: true } },
    scenarios: {},
    reflections: { r1: 'Listen first.' },
    location: 'first',
  },
  SMALLEST_CAPACITY,
);

/** A launch seed with extra values in the LMS's record, in the version's own shape. */
function seeded(version: Version, core: Record<string, string>, cmi: Record<string, unknown> = {}) {
  const seed = firstLaunch(version, TEST_LEARNER).seed as Record<string, unknown>;
  return version === '1.2'
    ? { ...seed, ...cmi, core: { ...(seed.core as object), ...core } }
    : { ...seed, ...cmi, ...core };
}

/** The writes this session sent that change the learner's record (session time aside). */
const recordWrites = (lms: TestLms) =>
  lms.strict.writes.filter(([element]) => !/session_time|\.exit$/.test(element)).map(([element]) => element);

describe.each<Version>(['1.2', '2004'])('SCORM %s launch', (version) => {
  it('sets exit to suspend at the start, so a killed tab still leaves a resumable attempt', async () => {
    const lms = createTestLms(version);
    await launch(lms);
    expect(lms.value(version === '1.2' ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');
  });

  it('reads saved progress even when entry says ab-initio', async () => {
    const lms = createTestLms(version, seeded(version, { entry: 'ab-initio' }, { suspend_data: EARLIER }));
    const course = await launch(lms);
    expect(course.progress.getSnapshot().context.facts.visited).toEqual(['hello', 'first']);
    expect(course.progress.getSnapshot().context.facts.reflections).toEqual({ r1: 'Listen first.' });
  });

  it('takes a failed read for a failure: tells the learner and writes nothing over what the LMS holds', async () => {
    const faults = { ...noFaults(), rejectSavedDataReads: true };
    const lms = createTestLms(version, seeded(version, { entry: 'resume' }, { suspend_data: EARLIER }), faults);
    const course = await launch(lms);
    expect(course.progress.getSnapshot().context.restoreProblem).toBe('unreadable');
    expect(course.progress.getSnapshot().matches({ notice: 'restoreFailed' })).toBe(true);
    playFirstHalf(course, false);
    exit(course);
    expect(lms.value('cmi.suspend_data')).toBe(EARLIER);
    expect(recordWrites(lms)).toEqual([]);
  });
});

describe('a Moodle-like relaunch of a passed SCORM 2004 attempt', () => {
  it('shows the course, writes nothing, and leaves every status, score and objective as it was', async () => {
    const lms = createTestLms('2004', passedAttemptInReview());
    const course = await launch(lms);
    expect(course.session.getSnapshot().context.mode).toBe('review');
    playFirstHalf(course, false);
    playSecondHalf(course, false);
    exit(course);
    expect(lms.strict.writes.map(([element]) => element)).toEqual([]);
    expect(lms.value('cmi.completion_status')).toBe('completed');
    expect(lms.value('cmi.success_status')).toBe('passed');
    expect(lms.value('cmi.score.raw')).toBe('94');
    expect(lms.value('cmi.objectives.0.success_status')).toBe('passed');
    expect(lms.value('cmi.suspend_data')).toBe('');
    expect(lms.strict.counts.terminate).toBe(1);
  });

  it('in a normal launch that lost its saved data, never lowers what the LMS holds', async () => {
    const lms = createTestLms('2004', {
      ...passedAttemptInReview(),
      mode: 'normal',
      credit: 'credit',
    });
    const course = await launch(lms);
    playFirstHalf(course, false);
    exit(course);
    expect(lms.value('cmi.completion_status')).toBe('completed');
    expect(lms.value('cmi.success_status')).toBe('passed');
    expect(lms.value('cmi.score.raw')).toBe('94');
    expect(lms.value('cmi.objectives.0.success_status')).toBe('passed');
    expect(lms.value('cmi.objectives.0.completion_status')).toBe('completed');
    // The learner's new progress is kept, so they can carry on.
    expect(lms.value('cmi.suspend_data')).not.toBe('');
  });

  it('in a no-credit launch, saves progress but never changes a recorded result', async () => {
    const lms = createTestLms('2004', {
      ...(firstLaunch('2004', TEST_LEARNER).seed as object),
      mode: 'normal',
      credit: 'no-credit',
    });
    const course = await launch(lms);
    playFirstHalf(course, true);
    playSecondHalf(course, true);
    exit(course);
    expect(lms.value('cmi.suspend_data')).not.toBe('');
    expect(
      recordWrites(lms).filter((e) => /^cmi\.(completion_status|success_status|score|objectives)/.test(e)),
    ).toEqual([]);
  });
});

describe.each<Version>(['1.2', '2004'])('SCORM %s start over', (version) => {
  it('clears the course but lowers nothing the LMS has recorded', async () => {
    const lms = createTestLms(version);
    const course = await launch(lms);
    playFirstHalf(course, true);
    playSecondHalf(course, true);
    const passed = version === '1.2' ? lms.value('cmi.core.lesson_status') : lms.value('cmi.success_status');
    expect(passed).toBe('passed');
    course.progress.send({ type: 'progress.reset' });
    expect(course.progress.getSnapshot().context.facts.visited).toEqual([]);
    exit(course);
    expect(version === '1.2' ? lms.value('cmi.core.lesson_status') : lms.value('cmi.success_status')).toBe('passed');
    expect(lms.value(version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe('100');
  });
});
