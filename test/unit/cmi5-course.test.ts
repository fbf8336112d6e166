import { describe, expect, it, vi } from 'vitest';
import { waitFor } from 'xstate';
import { decodeSnapshot } from '../../src/persistence/snapshot-codec';
import { sampleCatalog } from './support/catalog';
import { launchCourse, playFirstHalf, playSecondHalf, testClock, type Course } from './tracking-support/course-session';
import {
  auStatements,
  cmi5Browser,
  LEARNER,
  LRS_BASE,
  lmsVerbsOf,
  MemoryStorage,
  stateDocument,
  verbsOf,
  type Cmi5Browser,
} from './tracking-support/cmi5-launch-env';

const catalog = sampleCatalog();
const BAND = 'https://sample-course.invalid/xapi/band';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

const open = (browser: Cmi5Browser, href: string, clock: ReturnType<typeof testClock>, tab?: Storage) =>
  launchCourse({ catalog, clock, cmi5: browser.page(href, tab) });

const exit = (course: Course) => course.session.send({ type: 'session.exit' });

const tokenOf = (tab: Storage, fetchUrl: string) => tab.getItem(`mot:cmi5-token:${fetchUrl}`) ?? '';

describe('cmi5 against the local LRS', () => {
  it('a whole session: initialized first, every answer, completed and passed once with the score, terminated last, then returnURL', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch({
      masteryScore: 0.75,
      moveOn: 'CompletedAndPassed',
      returnURL: 'http://lms.test/done',
    });
    const tab = new MemoryStorage();
    const course = await open(browser, launch.url, clock, tab);
    expect(course.session.getSnapshot().context).toMatchObject({
      kind: 'cmi5',
      learnerName: 'Jane Doe',
      lmsRefused: false,
    });

    playFirstHalf(course, true);
    playSecondHalf(course, true);
    clock.advance(5_000);
    exit(course);
    await vi.waitFor(() => expect(verbsOf(browser.lrs).at(-1)).toBe('terminated'));
    await vi.waitFor(() => expect(browser.navigations).toEqual([{ url: 'http://lms.test/done', how: 'assign' }]));

    expect(verbsOf(browser.lrs)).toEqual([
      'initialized',
      'answered',
      'answered',
      'answered',
      'answered',
      'completed',
      'passed',
      'terminated',
    ]);
    const statements = auStatements(browser.lrs);
    expect(statements.map((s) => s.object.id).slice(1, 5)).toEqual([
      `${launch.activityId}/check/q1`,
      `${launch.activityId}/check/q2`,
      `${launch.activityId}/roleplay/sc/scene/scene-1`,
      `${launch.activityId}/roleplay/sc/scene/scene-2`,
    ]);
    expect(statements[4]?.result).toMatchObject({ response: 'listen', success: true, extensions: { [BAND]: 'wow' } });
    expect(statements[6]?.result).toMatchObject({ success: true, score: { scaled: 1 } });
    expect(statements[6]?.context?.extensions?.[MASTERY]).toBe(0.75);
    // 60 + 30 + 45 s of lessons, 75 s of role-play, 5 s before Exit.
    expect(statements[7]?.result).toEqual({ duration: 'PT3M35S' });
    expect(statements.every((s) => s.context?.registration === launch.registration)).toBe(true);
    // The LMS sees moveOn (CompletedAndPassed) met by what the course sent.
    expect(lmsVerbsOf(browser.lrs)).toContain('satisfied');
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');

    const saved = stateDocument(browser.lrs, launch, tokenOf(tab, launch.fetchUrl), 'progress');
    const decoded = decodeSnapshot(catalog, saved ?? '', null);
    expect(decoded.ok && decoded.facts.visited).toEqual(['hello', 'first', 'second']);
    expect(browser.fetchPosts()).toBe(1);
  });

  it('a reload that never fired pagehide (a crashed tab) carries on in the same session: no second POST or initialized', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch();
    const tab = new MemoryStorage();
    const first = await open(browser, launch.url, clock, tab);
    playFirstHalf(first, true);
    await vi.waitFor(() => expect(verbsOf(browser.lrs)).toEqual(['initialized', 'answered']));
    first.course.stop();
    browser.closePages();

    const again = await open(browser, launch.url, clock, tab);
    expect(again.session.getSnapshot().context.loaded.facts?.visited).toEqual(['hello', 'first']);
    playSecondHalf(again, true);
    exit(again);
    await vi.waitFor(() => expect(verbsOf(browser.lrs).at(-1)).toBe('terminated'));
    expect(verbsOf(browser.lrs).filter((v) => v !== 'answered')).toEqual([
      'initialized',
      'completed',
      'passed',
      'terminated',
    ]);
    expect(browser.fetchPosts()).toBe(1);
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');
  });

  it('a reload (pagehide) ends the session with terminated; the reloaded page resumes, keeps progress here, and the next launch delivers it without repeating a verb', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch();
    const tab = new MemoryStorage();
    const first = await open(browser, launch.url, clock, tab);
    playFirstHalf(first, true);
    playSecondHalf(first, true);
    await vi.waitFor(() => expect(verbsOf(browser.lrs)).toContain('passed'));
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await vi.waitFor(() => expect(verbsOf(browser.lrs).at(-1)).toBe('terminated'));
    first.course.stop();
    browser.closePages();

    const reloaded = await open(browser, launch.url, clock, tab);
    expect(browser.fetchPosts()).toBe(1);
    expect(reloaded.session.getSnapshot().context).toMatchObject({ lmsRefused: true, launchEnded: true });
    expect(reloaded.session.getSnapshot().context.loaded.facts?.visited).toEqual(['hello', 'first', 'second']);
    reloaded.progress.send({ type: 'reflection.changed', reflectionId: 'r1', text: 'Written after the reload.' });
    reloaded.course.stop();
    browser.closePages();

    // The LMS launches again in the same registration: a new session, a new fetch URL.
    const next = browser.launch({ registration: launch.registration });
    const relaunched = await open(browser, next.url, clock, new MemoryStorage());
    expect(relaunched.session.getSnapshot().context.loaded.facts?.reflections).toEqual({
      r1: 'Written after the reload.',
    });
    exit(relaunched);
    await vi.waitFor(() => expect(verbsOf(browser.lrs).filter((v) => v === 'terminated')).toHaveLength(2));
    const verbs = verbsOf(browser.lrs).filter((v) => v !== 'answered');
    expect(verbs).toEqual(['initialized', 'completed', 'passed', 'terminated', 'initialized', 'terminated']);
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');
  });

  it('a failing LRS: statements wait in order, saving reports the risk, and everything arrives once it is back', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch();
    const course = await open(browser, launch.url, clock);
    await vi.waitFor(() => expect(verbsOf(browser.lrs)).toEqual(['initialized']));

    browser.network.down = true;
    playFirstHalf(course, true);
    // The learner goes on once the outbox has found the LRS gone.
    await vi.waitFor(() => expect(browser.failedRequests()).toBeGreaterThan(0));
    course.progress.send({ type: 'lesson.visited', lessonId: 'second' });
    await waitFor(course.session, (s) => s.matches({ connected: 'atRisk' }), { timeout: 2000 });
    expect(verbsOf(browser.lrs)).toEqual(['initialized']);

    // The outbox keeps trying: once it gets through the learner is told, without pressing Retry.
    browser.network.down = false;
    await waitFor(course.session, (s) => s.matches({ connected: 'healthy' }), { timeout: 2000 });
    playSecondHalf(course, true);
    exit(course);
    await vi.waitFor(() => expect(verbsOf(browser.lrs).at(-1)).toBe('terminated'));
    const sent = auStatements(browser.lrs).map(
      (s) => `${s.verb.id.split('/').at(-1)} ${s.object.id.replace(launch.activityId, 'AU')}`,
    );
    expect(sent).toEqual([
      'initialized AU',
      'answered AU/check/q1',
      'answered AU/check/q2',
      'answered AU/roleplay/sc/scene/scene-1',
      'answered AU/roleplay/sc/scene/scene-2',
      'completed AU',
      'passed AU',
      'terminated AU',
    ]);
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');
  });

  it('a failing LRS and a closed tab: what was queued is sent at the next launch', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch();
    const course = await open(browser, launch.url, clock);
    await vi.waitFor(() => expect(verbsOf(browser.lrs)).toEqual(['initialized']));
    browser.network.down = true;
    playFirstHalf(course, true);
    course.course.stop();
    browser.closePages();
    browser.network.down = false;

    const next = browser.launch({ registration: launch.registration });
    const relaunched = await open(browser, next.url, clock);
    expect(relaunched.session.getSnapshot().context.loaded.facts?.visited).toEqual(['hello', 'first']);
    await vi.waitFor(() => expect(verbsOf(browser.lrs)).toEqual(['initialized', 'initialized', 'answered']));
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');
  });

  it('Browse mode sends only initialized and terminated, and writes no state', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch({ launchMode: 'Browse' });
    const course = await open(browser, launch.url, clock);
    expect(course.session.getSnapshot().context.mode).toBe('browse');
    playFirstHalf(course, true);
    playSecondHalf(course, true);
    exit(course);
    await vi.waitFor(() => expect(verbsOf(browser.lrs)).toEqual(['initialized', 'terminated']));
    expect(browser.requests.filter((r) => r.method === 'PUT' && r.url.includes('/activities/state'))).toEqual([]);
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');
  });

  it('a fetch URL used twice: the course runs on this browser, and the next launch delivers the progress', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch();
    await browser.page(launch.url).fetch!(launch.fetchUrl, { method: 'POST' });

    const course = await open(browser, launch.url, clock);
    expect(course.session.getSnapshot().matches('offline')).toBe(true);
    expect(course.session.getSnapshot().context).toMatchObject({ lmsRefused: true, launchEnded: false });
    playFirstHalf(course, true);
    course.course.stop();
    expect(verbsOf(browser.lrs)).toEqual([]);
    browser.closePages();

    const next = browser.launch({ registration: launch.registration });
    const relaunchTab = new MemoryStorage();
    const relaunched = await open(browser, next.url, clock, relaunchTab);
    expect(relaunched.session.getSnapshot().context.loaded.facts?.visited).toEqual(['hello', 'first']);
    expect(relaunched.session.getSnapshot().context.kind).toBe('cmi5');
    await vi.waitFor(() =>
      expect(
        decodeSnapshot(
          catalog,
          stateDocument(browser.lrs, next, tokenOf(relaunchTab, next.fetchUrl), 'progress') ?? '',
          null,
        ),
      ).toMatchObject({ ok: true, facts: { visited: ['hello', 'first'] } }),
    );
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');
  });

  it('a learner who prefers Spanish is sent to the Spanish build, which uses the same token', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch({ languagePreference: 'es-MX,en-GB' });
    const tab = new MemoryStorage();
    const { connectCmi5 } = await import('../../src/tracking/cmi5/open-cmi5');
    const pending = connectCmi5(browser.page(launch.url, tab), catalog);
    await vi.waitFor(() => expect(browser.navigations).toHaveLength(1));
    expect(browser.navigations[0]).toEqual({ url: launch.url.replace('/en-GB/', '/es/'), how: 'replace' });
    void pending;

    const spanish = await launchCourse({ catalog, clock, cmi5: browser.page(browser.navigations[0]!.url, tab, 'es') });
    expect(spanish.session.getSnapshot().context.kind).toBe('cmi5');
    expect(browser.fetchPosts()).toBe(1);
    await vi.waitFor(() => expect(verbsOf(browser.lrs)).toEqual(['initialized']));
    expect(browser.navigations).toHaveLength(1);
  });

  it('Review mode reads the progress, sends only initialized and terminated, and writes nothing', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const first = browser.launch();
    const course = await open(browser, first.url, clock);
    playFirstHalf(course, true);
    exit(course);
    await vi.waitFor(() => expect(verbsOf(browser.lrs).at(-1)).toBe('terminated'));
    browser.closePages();
    const writes = () => browser.requests.filter((r) => r.method !== 'GET' && !r.url.includes('/fetch/')).length;
    const before = writes();

    const review = browser.launch({ registration: first.registration, launchMode: 'Review' });
    const reviewing = await open(browser, review.url, clock);
    expect(reviewing.session.getSnapshot().context).toMatchObject({ mode: 'review', kind: 'cmi5' });
    expect(reviewing.session.getSnapshot().context.loaded.facts?.visited).toEqual(['hello', 'first']);
    reviewing.progress.send({ type: 'lesson.visited', lessonId: 'second' });
    exit(reviewing);
    await vi.waitFor(() => expect(verbsOf(browser.lrs).filter((v) => v === 'terminated')).toHaveLength(2));
    expect(verbsOf(browser.lrs).slice(-2)).toEqual(['initialized', 'terminated']);
    // The review's two statements, in one batch at exit: no state written.
    expect(browser.requests.slice(-2).map((r) => r.method)).toEqual(['PUT', 'POST']);
    expect(writes() - before).toBe(2);
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');
  });

  it('a fail in passed-failed reporting: failed with its score under masteryScore, once, and no pass in the same session', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const strict = sampleCatalog({ reporting: { mode: 'passed-failed', masteryScoreInManifest: false } });
    const launch = browser.launch({ masteryScore: 0.75, moveOn: 'Passed' });
    const course = await launchCourse({ catalog: strict, clock, cmi5: browser.page(launch.url) });
    playFirstHalf(course, false);
    playSecondHalf(course, false);
    exit(course);
    await vi.waitFor(() => expect(verbsOf(browser.lrs).at(-1)).toBe('terminated'));
    const failed = auStatements(browser.lrs).filter((s) => s.verb.id.endsWith('/failed'));
    expect(failed).toHaveLength(1);
    expect((failed[0]?.result?.['score'] as { scaled: number }).scaled).toBeLessThan(0.75);
    expect(failed[0]?.context?.extensions?.[MASTERY]).toBe(0.75);
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');
  });

  it('saved progress the LRS will not hand over is unreadable: the course writes nothing over it until the learner decides', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch();
    browser.network.answer = (method, url) => (method === 'GET' && url.includes('stateId=progress') ? 503 : null);
    const course = await open(browser, launch.url, clock);
    expect(course.session.getSnapshot().context.loaded).toEqual({ facts: null, problem: 'unreadable' });
    playFirstHalf(course, true);
    await vi.waitFor(() => expect(verbsOf(browser.lrs)).toEqual(['initialized']));
    expect(browser.requests.filter((r) => r.method === 'PUT' && r.url.includes('stateId=progress'))).toEqual([]);
  });

  it('a corrupt progress document is reported as corrupt, not taken for a fresh start', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch();
    const tab = new MemoryStorage();
    const first = await open(browser, launch.url, clock, tab);
    await vi.waitFor(() => expect(verbsOf(browser.lrs)).toEqual(['initialized']));
    first.course.stop();
    browser.closePages();
    const query = new URLSearchParams({
      activityId: launch.activityId,
      agent: JSON.stringify(LEARNER),
      registration: launch.registration,
      stateId: 'progress',
    });
    browser.lrs.handle({
      method: 'PUT',
      url: `${LRS_BASE}/xapi/activities/state?${query}`,
      headers: {
        Authorization: `Basic ${tokenOf(tab, launch.fetchUrl)}`,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
      body: '[4,"not this course"',
    });
    const again = await open(browser, launch.url, clock, tab);
    expect(again.session.getSnapshot().context.loaded).toEqual({ facts: null, problem: 'corrupt' });
    expect(again.session.getSnapshot().context.holdingSavedData).toBe(true);
  });

  it('an answer lost on its way back: the statement is sent again with its own id and stored once', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch();
    const course = await open(browser, launch.url, clock);
    await vi.waitFor(() => expect(verbsOf(browser.lrs)).toEqual(['initialized']));
    let lost = 0;
    browser.network.loseAnswer = (method, url) => method === 'PUT' && url.includes('/statements?') && lost++ < 2;
    playFirstHalf(course, true);
    const puts = () => browser.requests.filter((r) => r.method === 'PUT' && r.url.includes('/statements?'));
    // initialized, then the check's answer three times: twice its answer was lost.
    await vi.waitFor(() => expect(puts()).toHaveLength(4));
    expect(
      new Set(
        puts()
          .slice(1)
          .map((r) => r.url),
      ).size,
    ).toBe(1);
    await vi.waitFor(() => expect(course.session.getSnapshot().matches({ connected: 'healthy' })).toBe(true));
    expect(verbsOf(browser.lrs)).toEqual(['initialized', 'answered']);
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');
  });

  it('LMS.LaunchData that cannot be read: the course runs on this browser and says so, sending nothing', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch();
    browser.network.answer = (method, url) => (url.includes('stateId=LMS.LaunchData') ? 500 : null);
    const course = await open(browser, launch.url, clock);
    expect(course.session.getSnapshot().matches('offline')).toBe(true);
    expect(course.session.getSnapshot().context.lmsRefused).toBe(true);
    expect(browser.requests.filter((r) => r.url.includes('stateId=LMS.LaunchData'))).toHaveLength(3);
    playFirstHalf(course, true);
    expect(verbsOf(browser.lrs)).toEqual([]);
  });

  it('on another device, the journal in the State API keeps completed and passed from being sent again', async () => {
    const clock = testClock();
    const browser = cmi5Browser(clock);
    const launch = browser.launch();
    const course = await open(browser, launch.url, clock);
    playFirstHalf(course, true);
    playSecondHalf(course, true);
    exit(course);
    await vi.waitFor(() => expect(verbsOf(browser.lrs).at(-1)).toBe('terminated'));
    browser.closePages();

    browser.otherDevice();
    const next = browser.launch({ registration: launch.registration });
    const elsewhere = await open(browser, next.url, clock);
    expect(elsewhere.session.getSnapshot().context.recorded.status).toMatchObject({
      completion: 'completed',
      success: 'passed',
    });
    elsewhere.progress.send({ type: 'lesson.visited', lessonId: 'hello' });
    exit(elsewhere);
    await vi.waitFor(() => expect(verbsOf(browser.lrs).filter((v) => v === 'terminated')).toHaveLength(2));
    expect(verbsOf(browser.lrs).filter((v) => v === 'completed' || v === 'passed')).toEqual(['completed', 'passed']);
    expect(JSON.stringify(browser.lrs.violations(), null, 1)).toEqual('[]');
  });
});
