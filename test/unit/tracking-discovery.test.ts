import { waitFor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import { decodeSnapshot } from '../../src/persistence/snapshot-codec';
import { readOlderSnapshot } from '../../src/persistence/snapshot-older';
import { findApi, isPlainlyAlone, waitForApi } from '../../src/tracking/find-api';
import { sampleCatalog } from './support/catalog';
import { launchCourse, playFirstHalf } from './tracking-support/course-session';
import { createTestLms, relaunch } from './tracking-support/lms-fixtures';
import type { Version } from './tracking-support/scorm-rules';

const catalog = sampleCatalog();
const apiName = (version: Version) => (version === '1.2' ? 'API' : 'API_1484_11');

/** A frame from another origin: the browser lets us step to its parent but throws on anything else. */
function crossOriginFrame(parent: object): object {
  return new Proxy(
    {},
    {
      get(_, key) {
        if (key === 'parent') return parent;
        throw new DOMException(
          'Blocked a frame with origin "https://course.example" from accessing a cross-origin frame.',
          'SecurityError',
        );
      },
    },
  );
}

function topWindow(props: Record<string, unknown> = {}): Record<string, unknown> {
  const top: Record<string, unknown> = { ...props };
  top.parent = top;
  return top;
}

describe('finding the LMS runtime', () => {
  const api2004 = { Initialize: () => 'true' };
  const api12 = { LMSInitialize: () => 'true' };

  it('looks in the own window first, and prefers 2004 on one window unless told otherwise', () => {
    const win = { API: api12, API_1484_11: api2004 };
    expect(findApi(win)?.version).toBe('2004');
    expect(findApi(win, '1.2')?.version).toBe('1.2');
  });

  it('walks up the parents, and the nearest runtime wins', () => {
    const top = topWindow({ API_1484_11: api2004 });
    const middle = { parent: top, API: api12 };
    expect(findApi({ parent: middle })?.version).toBe('1.2');
    expect(findApi({ parent: { parent: top } })?.version).toBe('2004');
  });

  it('then looks at the opener and its parents, for LMSs that launch in a new window', () => {
    const lmsTop = topWindow({ API: api12 });
    const opener = { parent: lmsTop };
    expect(findApi({ parent: undefined, opener })?.version).toBe('1.2');
    const popupFrame = { parent: topWindow({ opener }) };
    expect(findApi(popupFrame)?.version).toBe('1.2');
  });

  it('ignores look-alikes that are not runtimes, and stops on circular or endless chains', () => {
    expect(findApi({ API: { LMSInitialize: 'yes' }, API_1484_11: null })).toBeNull();
    const loop: Record<string, unknown> = {};
    loop.parent = { parent: loop };
    expect(findApi(loop)).toBeNull();
    let deep: object = topWindow({ API: api12 });
    for (let i = 0; i < 20; i += 1) deep = { parent: deep };
    expect(findApi(deep)).toBeNull();
  });

  it('steps past a cross-origin frame that throws on every read', () => {
    const top = topWindow({ API_1484_11: api2004 });
    expect(findApi({ parent: crossOriginFrame(top) })?.version).toBe('2004');
  });

  it('knows a top-level window nobody opened has no LMS above it', () => {
    expect(isPlainlyAlone(topWindow())).toBe(true);
    expect(isPlainlyAlone({})).toBe(true);
    expect(isPlainlyAlone({ parent: topWindow() })).toBe(false);
    expect(isPlainlyAlone({ opener: topWindow() })).toBe(false);
  });

  it('gives up after the retry window when framed with no LMS', async () => {
    vi.useFakeTimers();
    try {
      let settled = false;
      const found = waitForApi({ parent: topWindow() }, { timeoutMs: 120, intervalMs: 20 });
      void found.then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(100);
      expect(settled, 'still looking before the window ends').toBe(false);
      await vi.advanceTimersByTimeAsync(20);
      await expect(found).resolves.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe.each<Version>(['1.2', '2004'])('SCORM %s discovery end to end', (version) => {
  it('finds an API only reachable across a cross-origin frame, and tracks through it', async () => {
    const lms = createTestLms(version);
    const top = topWindow({ [apiName(version)]: lms.api });
    const course = await launchCourse({ catalog, win: { parent: crossOriginFrame(top) } });
    expect(course.session.getSnapshot().matches('connected')).toBe(true);
    playFirstHalf(course, true);
    expect(lms.strict.counts.initialize).toBe(1);
    expect(lms.strict.violations).toEqual([]);
    expect(lms.strict.rejections).toEqual([]);
  });

  it('waits for an LMS that attaches its API late', async () => {
    const lms = createTestLms(version);
    const top = topWindow();
    setTimeout(() => {
      top[apiName(version)] = lms.api;
    }, 60);
    const course = await launchCourse({ catalog, win: { parent: top }, waitMs: 1000 });
    expect(course.session.getSnapshot().matches('connected')).toBe(true);
    expect(lms.strict.counts.initialize).toBe(1);
    expect(lms.strict.violations).toEqual([]);
  });

  it('runs standalone when framed but no API ever arrives', async () => {
    const lms = createTestLms(version);
    const course = await launchCourse({ catalog, win: { parent: topWindow() }, waitMs: 80 });
    expect(course.session.getSnapshot().matches('offline')).toBe(true);
    expect(lms.strict.counts.initialize).toBe(0);
  });

  it('switches to an LMS that appears after the course started without it, and merges what the learner did meanwhile', async () => {
    // An earlier sitting, recorded in the LMS: the learner read the first lesson.
    const earlier = createTestLms(version);
    const first = await launchCourse({ catalog, win: { parent: topWindow({ [apiName(version)]: earlier.api }) } });
    first.progress.send({ type: 'lesson.visited', lessonId: 'hello' });
    first.course.send({ type: 'session.exit' });
    const lms = relaunch(earlier);

    // This sitting: the LMS wrapper attaches its runtime only after the course gave up waiting.
    const top = topWindow();
    const course = await launchCourse({ catalog, win: { parent: top }, waitMs: 30, lateIntervalMs: 10 });
    expect(course.session.getSnapshot().matches('offline')).toBe(true);
    expect(course.session.getSnapshot().context.lookingForLms).toBe(true);
    course.progress.send({ type: 'lesson.visited', lessonId: 'first' });
    course.progress.send({ type: 'check.answered', checkId: 'q1', answer: ['b'], latencyMs: 3000, prompt: 'Pick b' });
    course.progress.send({ type: 'reflection.changed', reflectionId: 'r1', text: 'Typed before the LMS answered.' });
    top[apiName(version)] = lms.api;
    await waitFor(course.session, (s) => s.matches('connected'), { timeout: 2000 });

    const saved = decodeSnapshot(catalog, lms.value('cmi.suspend_data'), readOlderSnapshot);
    expect(saved.ok && saved.facts.visited).toEqual(expect.arrayContaining(['hello', 'first']));
    expect(saved.ok && saved.facts.checks.q1).toEqual({ answer: ['b'], correct: true });
    expect(saved.ok && saved.facts.reflections.r1).toBe('Typed before the LMS answered.');
    // What the learner sees is the merged progress too.
    expect(course.progress.getSnapshot().context.facts.visited).toEqual(expect.arrayContaining(['hello', 'first']));
    expect(course.session.getSnapshot().context.connectedLate).toBe(true);
    expect(lms.strict.counts.initialize).toBe(1);
    expect(lms.strict.violations).toEqual([]);
    expect(lms.strict.rejections).toEqual([]);
    course.course.stop();
  });

  it('never opens an LMS that appears after the learner has left the course', async () => {
    const lms = createTestLms(version);
    const top = topWindow();
    const course = await launchCourse({ catalog, win: { parent: top }, waitMs: 30, lateIntervalMs: 10 });
    course.course.stop();
    top[apiName(version)] = lms.api;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(lms.strict.counts.initialize).toBe(0);
  });
});
