import { describe, expect, it } from 'vitest';
import { decodeSnapshot } from '../../src/persistence/snapshot-codec';
import { readOlderSnapshot } from '../../src/persistence/snapshot-older';
import { realCatalog } from './support/real-catalog';
import { countedLms } from './tracking-support/counted-lms';
import { createTestLms } from './tracking-support/lms-fixtures';
import { launchOnSimulatedClock } from './tracking-support/outage-course';
import type { Version } from './tracking-support/scorm-rules';

// The real course: its nine objectives are what make each failed save expensive.
const catalog = realCatalog();
const [firstLesson = '', secondLesson = ''] = catalog.lessons.map((l) => l.id);
const reflectionId = catalog.lessons.flatMap((l) => l.reflectionIds)[0] ?? 'none';
const API = { '1.2': 'API', '2004': 'API_1484_11' } as const;

/** What the learner does during the outage: one change a second, as typing a reflection does. */
const OUTAGE_SECONDS = 20;

async function outage(version: Version) {
  const lms = createTestLms(version);
  const counted = countedLms(lms.api);
  const course = await launchOnSimulatedClock(catalog, { [API[version]]: counted.api });
  course.progress.send({ type: 'lesson.visited', lessonId: firstLesson });
  const before = counted.calls();
  lms.faults.rejectWrites = true;
  lms.faults.rejectCommits = true;
  const perSecond: number[] = [];
  for (let second = 1; second <= OUTAGE_SECONDS; second += 1) {
    const start = counted.calls();
    course.progress.send({ type: 'reflection.changed', reflectionId, text: `Listen ${second}` });
    course.advance(1000);
    perSecond.push(counted.calls() - start);
  }
  return { lms, course, counted, duringOutage: counted.calls() - before, perSecond };
}

describe.each(['1.2', '2004'] as const)('SCORM %s during an outage', (version) => {
  it('backs off instead of hammering the LMS: a handful of calls in 20 s, fewer as it goes on', async () => {
    const { duringOutage, perSecond } = await outage(version);
    console.info(`[outage] SCORM ${version}: ${duringOutage} LMS calls in ${OUTAGE_SECONDS} s`, perSecond.join(' '));
    expect(duringOutage).toBeLessThanOrEqual(40);
    // Bounded exponential: most seconds of a long outage make no call at all.
    expect(perSecond.filter((n) => n === 0).length).toBeGreaterThanOrEqual(OUTAGE_SECONDS - 6);
  });

  it('tells the learner, and saves everything they did once the LMS is back', async () => {
    const { lms, course } = await outage(version);
    expect(course.session.getSnapshot().matches({ connected: 'atRisk' })).toBe(true);
    lms.faults.rejectWrites = false;
    lms.faults.rejectCommits = false;
    course.progress.send({ type: 'lesson.visited', lessonId: secondLesson });
    // The next try comes by the end of the longest wait, without the learner doing anything more.
    course.advance(30_000);
    course.session.send({ type: 'session.retry' });
    expect(course.session.getSnapshot().matches({ connected: 'healthy' })).toBe(true);
    const saved = decodeSnapshot(catalog, lms.value('cmi.suspend_data'), readOlderSnapshot);
    expect(saved.ok && saved.facts.visited).toEqual([firstLesson, secondLesson]);
    expect(saved.ok && saved.facts.reflections).toEqual({ [reflectionId]: `Listen ${OUTAGE_SECONDS}` });
    expect(lms.strict.violations).toEqual([]);
  });

  it('gives the final save a last chance at Terminate, even inside a wait', async () => {
    const { lms, course } = await outage(version);
    lms.faults.rejectWrites = false;
    lms.faults.rejectCommits = false;
    course.session.send({ type: 'session.exit' });
    const saved = decodeSnapshot(catalog, lms.value('cmi.suspend_data'), readOlderSnapshot);
    expect(saved.ok && saved.facts.reflections).toEqual({ [reflectionId]: `Listen ${OUTAGE_SECONDS}` });
    expect(lms.strict.counts.terminate).toBe(1);
    expect(lms.value(version === '1.2' ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');
    expect(lms.strict.violations).toEqual([]);
  });
});
