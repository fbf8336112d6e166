import { describe, expect, it } from 'vitest';
import { createActor, setup, type EventObject } from 'xstate';
import { decodeSnapshot } from '../../src/persistence/snapshot-codec';
import { readOlderSnapshot } from '../../src/persistence/snapshot-older';
import { pageWatcher } from '../../src/tracking/page-watcher';
import { sampleCatalog } from './support/catalog';
import { launchCourse } from './tracking-support/course-session';
import { createTestLms } from './tracking-support/lms-fixtures';

const catalog = sampleCatalog();
const pageHide = (persisted: boolean) => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted }));
const pageShow = (persisted: boolean) => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted }));

/** The watcher under a parent that keeps every event it reports. */
function watch() {
  const heard: string[] = [];
  const parent = setup({ actors: { pageWatcher } }).createMachine({
    invoke: { src: 'pageWatcher' },
    on: { '*': { actions: ({ event }: { event: EventObject }) => heard.push(event.type) } },
  });
  const actor = createActor(parent).start();
  return { heard, stop: () => actor.stop() };
}

describe('page watcher', () => {
  it('reports a page going into the back/forward cache as hidden, and a page being unloaded as left', () => {
    const { heard, stop } = watch();
    pageHide(true);
    pageShow(true);
    pageHide(false);
    stop();
    pageHide(false);
    expect(heard).toEqual(['page.hidden', 'page.leaving']);
  });
});

describe('a course page kept in the back/forward cache', () => {
  it('commits without ending the LMS session, and keeps tracking when the page is restored', async () => {
    const lms = createTestLms('2004');
    const course = await launchCourse({ catalog, win: { API_1484_11: lms.api } });
    course.progress.send({ type: 'lesson.visited', lessonId: 'hello' });
    const commits = lms.strict.counts.commit;
    pageHide(true);
    expect(lms.strict.counts.commit).toBe(commits + 1);
    expect(lms.strict.counts.terminate).toBe(0);

    pageShow(true);
    course.progress.send({ type: 'lesson.visited', lessonId: 'first' });
    const saved = decodeSnapshot(catalog, lms.value('cmi.suspend_data'), readOlderSnapshot);
    expect(saved.ok && saved.facts.visited).toEqual(['hello', 'first']);

    pageHide(false);
    expect(lms.strict.counts.terminate).toBe(1);
    expect(lms.value('cmi.exit')).toBe('suspend');
    expect(lms.strict.violations).toEqual([]);
  });
});
