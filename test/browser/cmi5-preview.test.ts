import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmi5PackageFileName } from '../../scripts/package/build-cmi5-package';
import { VERB as VERB_IRI } from '../../scripts/lrs/cmi5-iris';
import { buildPreviewApp } from '../../scripts/preview/build-preview-app';
import { readCmi5Au } from '../../scripts/preview/cmi5/read-cmi5-au';
import { startPreviewServer } from '../../scripts/preview/preview-server';
import type { StaticServer } from '../../scripts/serve/static-server';
import type { LessonEntry } from '../../src/course/catalog';
import { orderedLessons } from '../../src/course/navigation';
import type { Band } from '../../src/course/progress-facts';
import { isScoredCheck } from '../../src/course/scored-items';
import { BAND_POINTS } from '../../src/course/scoring';
import { axeViolations } from './axe';
import { root, shots } from './built-course';
import { launchChromium } from './chromium';
import { catalog } from './finished-learner';
import { watchPage, type PageWatch } from './page-watch';
import { builtScenarios } from './scenario-data';
import { uiText } from './ui-text';
import { DESKTOP, PHONE, VIEWPORTS } from './viewports';
import { waitVisible } from './wait-for';

type Json = Record<string, unknown>;

const VERB = 'http://adlnet.gov/expapi/verbs/';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const BAND_IRI = `https://${catalog.config.id}.invalid/xapi/band`;
/** The LMS records these itself (cmi5 9.3); what the AU sent is everything else. */
const LMS_VERBS: readonly string[] = [VERB_IRI.launched, VERB_IRI.abandoned, VERB_IRI.satisfied];

const lessons = orderedLessons(catalog);
const au = readCmi5Au(resolve(root, 'release', cmi5PackageFileName(catalog.config.id, catalog.config.version)));

/** Every reply the built course shows, by scenario and by the words on its button. */
const repliesByText = new Map(
  builtScenarios().map((scenario) => {
    const byText = new Map<string, { sceneId: string; replyId: string; band: Band }>();
    for (const scene of scenario.scenes)
      for (const reply of scene.replies) {
        // Replies are found by their words; two alike in one role-play would make the expected statements ambiguous.
        if (byText.has(reply.text.trim())) throw new Error(`${scenario.id} has two replies "${reply.text}"`);
        byText.set(reply.text.trim(), { sceneId: scene.id, replyId: reply.id, band: reply.band });
      }
    return [scenario.id, byText];
  }),
);

/** What the learner did that must reach the LRS as an `answered` statement, in the order it happened. */
type Answer =
  | { kind: 'check'; checkId: string; response: string }
  | { kind: 'reply'; scenarioId: string; sceneId: string; replyId: string; band: Band };

let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!au) throw new Error('no cmi5 zip in release/: run npm run build');
  mkdirSync(shots, { recursive: true });
  await buildPreviewApp();
  server = await startPreviewServer({ root });
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

/** Opens the preview LMS in a fresh browser (a new registration), switches to cmi5 and waits for the course. */
async function openCmi5(viewport: { width: number; height: number } = DESKTOP) {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  const watch = watchPage(page, server.url);
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const launchedBefore = await launchedCount();
  await page.getByRole('radio', { name: 'cmi5' }).check();
  const course = page.frameLocator('iframe');
  await waitVisible(course.getByRole('link', { name: uiText('start.begin') }));
  // The registration the learner is in is the one in the frame's launch URL.
  const src = await page.locator('iframe').getAttribute('src');
  const registration = new URL(src ?? '', server.url).searchParams.get('registration');
  if (!registration) throw new Error(`the frame was launched without a registration: ${src}`);
  // The preview's next launch must continue that registration, or a relaunch would start afresh.
  const next = await page.evaluate(
    () =>
      (window as unknown as { previewCmi5: { getState(): { registration: string | null } } }).previewCmi5.getState()
        .registration,
  );
  expect(next, 'the registration the preview relaunches into').toBe(registration);
  // Entering cmi5 mode launches once: one registration, not a second one left with only `launched`.
  expect((await launchedCount()) - launchedBefore, 'launches made by entering cmi5 mode').toBe(1);
  return { page, course, watch, registration };
}

/** How many launches the LMS has recorded, in every registration. */
async function launchedCount(): Promise<number> {
  const response = await fetch(`${server.url}/preview-cmi5/statements`, { cache: 'no-store' });
  const data = (await response.json()) as { statements: Json[] };
  return withVerb(data.statements, 'launched').length;
}

/** What the local LRS stored and refused, through the preview's own statements endpoint. */
async function lrsRecord(registration: string) {
  const response = await fetch(`${server.url}/preview-cmi5/statements`, { cache: 'no-store' });
  const data = (await response.json()) as { statements: Json[]; violations: Json[] };
  const ofRegistration = data.statements.filter((s) => context(s)['registration'] === registration);
  return {
    all: ofRegistration,
    fromAu: ofRegistration.filter((s) => !LMS_VERBS.includes(verbOf(s))),
    violations: data.violations,
  };
}

const asJson = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});
const context = (s: Json) => asJson(s['context']);
const result = (s: Json) => asJson(s['result']);
const verbOf = (s: Json) => String(asJson(s['verb'])['id']);
const objectId = (s: Json) => String(asJson(s['object'])['id']);
const sessionOf = (s: Json) => String(asJson(context(s)['extensions'])[SESSION_ID]);
const withVerb = (statements: Json[], verb: string) => statements.filter((s) => verbOf(s) === VERB + verb);

/** Waits until the LRS holds `count` statements with `verb` from the AU in this registration. */
async function waitForVerb(registration: string, verb: string, count: number) {
  await expect
    .poll(async () => withVerb((await lrsRecord(registration)).fromAu, verb).length, { timeout: 15_000 })
    .toBe(count);
}

async function answerChecks(course: FrameLocator, lesson: LessonEntry, answers: Answer[]) {
  for (const [i, checkId] of lesson.checkIds.entries()) {
    const check = catalog.checks.find((c) => c.id === checkId);
    if (!check) throw new Error(`no check ${checkId}`);
    const region = course.getByRole('region', { name: /^Knowledge check/ }).nth(i);
    const correct = check.options.filter((o) => o.correct).map((o) => o.id);
    for (const id of correct) await region.locator(`input[value="${id}"]`).check();
    await region.getByRole('button', { name: 'Check my answer' }).click();
    const verdict = isScoredCheck(catalog, checkId)
      ? 'Your first answer counts towards your score'
      : 'This is a practice question: it does not count towards your score.';
    await waitVisible(region.getByText(verdict));
    answers.push({ kind: 'check', checkId, response: correct.join('[,]') });
  }
}

async function writeReflections(course: FrameLocator, lesson: LessonEntry) {
  for (const i of lesson.reflectionIds.keys()) {
    const field = course.getByRole('textbox').nth(i);
    await field.fill(`Next shift I will say back what I heard (${lesson.id}).`);
    await field.press('Tab');
  }
}

/** Plays each role-play of the lesson to its end once, choosing the best reply on offer, as the first run. */
async function playScenarios(course: FrameLocator, lesson: LessonEntry, answers: Answer[]) {
  for (const scenarioId of lesson.scenarioIds) {
    const byText = repliesByText.get(scenarioId);
    const title = catalog.scenarios.find((s) => s.id === scenarioId)?.title;
    if (!byText || !title) throw new Error(`no role-play ${scenarioId}`);
    const region = course.getByRole('region', { name: title, exact: true });
    const ended = region.getByRole('button', { name: 'Try again' });
    const choices = region.getByRole('group', { name: 'How do you reply?' });
    for (let turn = 0; turn < 40; turn += 1) {
      await ended.or(choices).first().waitFor();
      if (await ended.isVisible()) break;
      const texts = (await choices.getByRole('button').allInnerTexts()).map((t) => t.trim());
      const reply = (text: string) => {
        const found = byText.get(text);
        if (!found) throw new Error(`${scenarioId}: the course offers a reply the scenario file lacks: "${text}"`);
        return found;
      };
      const best = texts.reduce((a, b) => (BAND_POINTS[reply(b).band] > BAND_POINTS[reply(a).band] ? b : a));
      await region.getByRole('button', { name: best, exact: true }).click();
      answers.push({ kind: 'reply', scenarioId, ...reply(best) });
      await region.getByRole('button', { name: /^(Continue|See how it ends)$/ }).click();
    }
    await ended.waitFor();
  }
}

async function playLesson(course: FrameLocator, lesson: LessonEntry, answers: Answer[]) {
  await waitVisible(course.getByRole('heading', { level: 1, name: lesson.title }));
  await answerChecks(course, lesson, answers);
  await writeReflections(course, lesson);
  await playScenarios(course, lesson, answers);
}

/** The course's own Exit: it sends terminated and goes to the launch's returnURL, a page of the preview. */
async function exitCourse(course: FrameLocator) {
  await course.getByRole('button', { name: uiText('lms.exit'), exact: true }).click();
  await waitVisible(course.getByRole('heading', { name: 'The course returned to the LMS' }));
}

/** The preview's relaunch into the same registration: the button reads "Relaunch" or "Exit and relaunch". */
async function relaunch(page: Page) {
  await page.getByRole('button', { name: /^(Exit and relaunch|Relaunch)$/ }).click();
}

/** xAPI success for a reply's band, as docs/tracking.md gives it: none for mediocrity. */
const BAND_SUCCESS: Readonly<Record<Band, boolean | undefined>> = { wow: true, mediocrity: undefined, misery: false };

/**
 * The `answered` statements the learner's actions should have produced, as [object id, response,
 * success, band]. Every check here is answered right first time.
 */
function expectedAnswered(activityId: string, answers: readonly Answer[]) {
  return answers.map((a) =>
    a.kind === 'check'
      ? [`${activityId}/check/${a.checkId}`, a.response, true, undefined]
      : [`${activityId}/roleplay/${a.scenarioId}/scene/${a.sceneId}`, a.replyId, BAND_SUCCESS[a.band], a.band],
  );
}

function expectSessionsBracketed(fromAu: Json[]) {
  const sessions = new Map<string, string[]>();
  for (const s of fromAu) sessions.set(sessionOf(s), [...(sessions.get(sessionOf(s)) ?? []), verbOf(s)]);
  for (const [session, verbs] of sessions) {
    expect(verbs[0], `first statement of session ${session}`).toBe(`${VERB}initialized`);
    expect(verbs.at(-1), `last statement of session ${session}`).toBe(`${VERB}terminated`);
    expect(verbs.filter((v) => v === `${VERB}initialized`)).toHaveLength(1);
    expect(verbs.filter((v) => v === `${VERB}terminated`)).toHaveLength(1);
  }
  return sessions;
}

/**
 * xAPI answers 404 to a GET of a state document that does not exist yet (xAPI 1.0.3 part 3,
 * 2.2): the course reads `progress` and `cmi5-journal` at launch before it has written them, and
 * Chromium logs each 404 as a console error. Anything else failing is a fault.
 */
const NOT_WRITTEN_YET = /\/lrs\/xapi\/activities\/state\?.*&stateId=(progress|cmi5-journal) 404$/;
const NOT_FOUND_LOGGED = 'Failed to load resource: the server responded with a status of 404 (Not Found)';

function expectNoFaults(watch: PageWatch) {
  const absent = watch.failedRequests.filter((r) => NOT_WRITTEN_YET.test(r));
  expect(
    watch.failedRequests.filter((r) => !NOT_WRITTEN_YET.test(r)),
    'failed requests',
  ).toEqual([]);
  expect(
    watch.consoleErrors.filter((e) => e !== NOT_FOUND_LOGGED),
    'console errors',
  ).toEqual([]);
  expect(watch.consoleErrors).toHaveLength(absent.length);
}

/** The statement list in the preview's panel has caught up with the LRS. */
async function waitForStatementList(page: Page, registration: string) {
  const stored = (await lrsRecord(registration)).all.length;
  const list = page.getByRole('region', { name: 'Statements table' }).getByRole('row');
  // The list shows every registration the LRS holds: a header row and at least this registration's statements.
  await expect.poll(() => list.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(stored + 1);
}

describe('the built course in the preview LMS in cmi5 mode', () => {
  it(
    'plays every lesson, check and role-play, exits, and the LRS holds a clean record; a relaunch resumes without a second verdict',
    { timeout: 300_000 },
    async () => {
      const { page, course, watch, registration } = await openCmi5();
      const answers: Answer[] = [];
      await course.getByRole('link', { name: uiText('start.begin') }).click();
      for (const [i, lesson] of lessons.entries()) {
        await playLesson(course, lesson, answers);
        const isLast = i === lessons.length - 1;
        await course.getByRole('link', { name: isLast ? /^See your results/ : /^Next/ }).click();
      }
      // The learner sees the finished course: the results, complete and passed.
      await waitVisible(course.getByRole('heading', { level: 1, name: uiText('results.title') }));
      await waitVisible(course.getByText(uiText('results.verdict.passed')));
      await exitCourse(course);
      await waitForVerb(registration, 'terminated', 1);

      const first = await lrsRecord(registration);
      expect(first.violations, 'cmi5 rule violations').toEqual([]);
      expectSessionsBracketed(first.fromAu);
      const activityId = objectId(first.fromAu[0] ?? {});

      const completed = withVerb(first.fromAu, 'completed');
      const passed = withVerb(first.fromAu, 'passed');
      expect(completed).toHaveLength(1);
      expect(passed).toHaveLength(1);
      expect(withVerb(first.fromAu, 'failed')).toEqual([]);
      expect(result(completed[0] ?? {})['completion']).toBe(true);
      expect(result(completed[0] ?? {})['duration']).toMatch(/^PT/);
      // cmi5 9.5.1.0-2: completed carries no score; passed does, scaled 0..1, here full marks.
      expect(result(completed[0] ?? {})['score']).toBeUndefined();
      expect(result(passed[0] ?? {})['success']).toBe(true);
      expect(result(passed[0] ?? {})['duration']).toMatch(/^PT/);
      expect(asJson(result(passed[0] ?? {})['score'])['scaled']).toBe(1);

      const answered = withVerb(first.fromAu, 'answered');
      expect(
        answered.map((s) => [
          objectId(s),
          result(s)['response'],
          result(s)['success'],
          asJson(result(s)['extensions'])[BAND_IRI],
        ]),
      ).toEqual(expectedAnswered(activityId, answers));
      for (const s of answered.filter((a) => objectId(a).includes('/roleplay/'))) {
        const scenario = objectId(s).replace(/\/scene\/[^/]+$/, '');
        expect(asJson(context(s)['contextActivities'])['parent']).toEqual([{ id: scenario }]);
      }
      const checks = answers.filter((a) => a.kind === 'check').length;
      const replies = answers.length - checks;
      expect(checks).toBe(catalog.checks.length);
      expect(new Set(answers.flatMap((a) => (a.kind === 'reply' ? [a.scenarioId] : []))).size).toBe(
        catalog.scenarios.length,
      );
      expectNoFaults(watch);

      // Relaunch in the same registration: the course opens as a finished learner left it.
      await relaunch(page);
      await waitVisible(
        course
          .getByRole('link', { name: uiText('start.continue') })
          .or(course.getByText(uiText('results.complete')))
          .first(),
      );
      await waitForVerb(registration, 'initialized', 2);
      await waitForStatementList(page, registration);

      // The preview in cmi5 mode with the statements listed: accessible, and photographed at both sizes.
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(await axeViolations(page), `axe at ${viewport.name}`).toEqual([]);
        await page.screenshot({
          path: join(shots, `cmi5-preview-${viewport.name}.png`),
          fullPage: viewport === PHONE,
        });
      }

      // The preview's Exit course closes the frame: the course sends terminated on pagehide.
      await page.getByRole('button', { name: 'Exit course' }).click();
      await waitForVerb(registration, 'terminated', 2);
      const second = await lrsRecord(registration);
      expect(second.violations, 'cmi5 rule violations').toEqual([]);
      const sessions = expectSessionsBracketed(second.fromAu);
      expect(sessions.size).toBe(2);
      expect(withVerb(second.fromAu, 'completed')).toHaveLength(1);
      expect(withVerb(second.fromAu, 'passed')).toHaveLength(1);
      expect(withVerb(second.fromAu, 'answered')).toHaveLength(answers.length);
      expectNoFaults(watch);
      console.info(
        `cmi5: ${second.all.length} statements in the registration (${second.fromAu.length} from the AU: ${checks} check answers, ${replies} replies) over ${lessons.length} lessons; ${second.violations.length} violations`,
      );
    },
  );

  it('exits after two lessons and, relaunched in the same registration, continues at the third', async () => {
    const [, , third] = lessons;
    if (!third) throw new Error('the course needs three lessons for this test');
    const { page, course, watch, registration } = await openCmi5();
    const answers: Answer[] = [];
    await course.getByRole('link', { name: uiText('start.begin') }).click();
    for (const lesson of lessons.slice(0, 2)) {
      await playLesson(course, lesson, answers);
      await course.getByRole('link', { name: /^Next/ }).click();
    }
    await waitVisible(course.getByRole('heading', { level: 1, name: third.title }));
    await exitCourse(course);
    await waitForVerb(registration, 'terminated', 1);

    await relaunch(page);
    await course.getByRole('link', { name: uiText('start.continue') }).click();
    await waitVisible(course.getByRole('heading', { level: 1, name: third.title }));
    await exitCourse(course);
    await waitForVerb(registration, 'terminated', 2);

    const record = await lrsRecord(registration);
    expect(record.violations, 'cmi5 rule violations').toEqual([]);
    expect(expectSessionsBracketed(record.fromAu).size).toBe(2);
    expect(withVerb(record.fromAu, 'answered')).toHaveLength(answers.length);
    for (const verb of ['completed', 'passed', 'failed']) expect(withVerb(record.fromAu, verb)).toEqual([]);
    expectNoFaults(watch);
  });
});
