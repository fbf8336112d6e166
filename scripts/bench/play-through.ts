import type { Browser, Frame, Locator, Page } from 'playwright-core';
import type { CourseCatalog } from '../../src/course/catalog';
import { orderedLessons } from '../../src/course/navigation';
import type { PreviewState } from '../preview/app/preview-lms';

export interface PlayThroughResult {
  /** False when the course never called Initialize: no tracking adapter in this build. */
  readonly tracked: boolean;
  readonly version: '1.2' | '2004';
  readonly lessons: number;
  readonly scenarioPlays: number;
  readonly checksAnswered: number;
  readonly reflectionsTyped: number;
  readonly commits: number;
  readonly failedCalls: number;
  readonly suspendDataChars: number;
  readonly maxSuspendDataChars: number;
  /** Why the play-through broke off, or null when it ran to the end. */
  readonly stopped: string | null;
  readonly notes: readonly string[];
}

const PLAYS_PER_SCENARIO = 4;
const REFLECTION_SAVE_MS = 1000;
/**
 * Worst case for the saved text: quotes and backslashes JSON escapes, and accented Latin, Cyrillic and
 * emoji, which punycode writes as letters and digits. Longer than the box, which keeps the first 280.
 */
const WORST_TEXT = '“Quoted” naïve café \\ "escape" — Спасибо за терпение 🙂👍 '.repeat(20);

type LmsWindow = Window & { previewLms: { getState(): PreviewState } };

async function lmsState(page: Page): Promise<PreviewState> {
  return page.evaluate(() => (window as unknown as LmsWindow).previewLms.getState());
}

function courseFrame(page: Page): Frame {
  // The preview LMS runs each language's build from /courses/<language>/.
  // Its address carries the course's route in the hash, so only the path is compared.
  const frame = page
    .frames()
    .find((f) => f.parentFrame() === page.mainFrame() && new URL(f.url()).pathname.endsWith('/index.html'));
  if (!frame) throw new Error('the course frame is missing');
  return frame;
}

async function clickIfThere(locator: Locator): Promise<boolean> {
  if ((await locator.count()) === 0) return false;
  await locator.first().click({ timeout: 5000 });
  return true;
}

/** Plays one role-play to an ending, taking the n-th reply each time so replays take other paths. */
async function playScenario(scenario: Locator, choice: number): Promise<boolean> {
  for (let step = 0; step < 80; step += 1) {
    if ((await scenario.locator('.scn-ending').count()) > 0) return true;
    const replies = scenario.locator('.scn-reply:enabled');
    const count = await replies.count();
    if (count > 0) {
      await replies.nth((choice + step) % count).click({ timeout: 5000 });
      continue;
    }
    const next = scenario.locator('.scn-button--primary:enabled');
    if (!(await clickIfThere(next))) await scenario.page().waitForTimeout(100);
  }
  return false;
}

/** Lesson text and role-plays load as separate chunks after the heading shows. */
async function waitForLessonBody(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () => {
      const body = document.querySelector('.lesson__body');
      return body !== null && body.children.length > 0 && document.querySelector('.loading, .scn-loading') === null;
    },
    null,
    { timeout: 15_000 },
  );
}

async function answerChecks(frame: Frame): Promise<number> {
  const checks = frame.locator('section.check');
  const total = await checks.count();
  for (let i = 0; i < total; i += 1) {
    const check = checks.nth(i);
    const boxes = check.locator('input[type=checkbox]');
    // Choosing every option (or the last) makes the longest saved answer.
    if ((await boxes.count()) > 0) for (const box of await boxes.all()) await box.check();
    else await check.locator('input[type=radio]').last().check();
    await check.getByRole('button', { name: 'Check my answer' }).click();
  }
  return total;
}

/**
 * The worst path for suspend_data and commits: every lesson, every reflection typed to its limit,
 * every check answered, every role-play played several times, then Exit. Run in the preview LMS,
 * so the numbers are what an LMS receives.
 */
export async function playThrough(
  browser: Browser,
  previewUrl: string,
  catalog: CourseCatalog,
  version: '1.2' | '2004',
): Promise<PlayThroughResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const notes: string[] = [];
  await page.goto(`${previewUrl}/`);
  await page.getByRole('radio', { name: version === '1.2' ? 'SCORM 1.2' : 'SCORM 2004 4th ed.' }).check();
  await page.getByRole('button', { name: 'Reset learner' }).click();
  await page.waitForTimeout(2500);
  let frame = courseFrame(page);
  await frame.getByRole('link', { name: 'Start course' }).waitFor({ timeout: 30_000 });

  let scenarioPlays = 0;
  let checksAnswered = 0;
  let reflectionsTyped = 0;
  const lessons = orderedLessons(catalog);
  for (const lesson of lessons) {
    frame = courseFrame(page);
    await frame.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/lesson/${lesson.id}`);
    await frame.getByRole('heading', { level: 1, name: lesson.title }).waitFor({ timeout: 15_000 });
    await waitForLessonBody(frame);
    for (const field of await frame.locator('textarea').all()) {
      await field.fill(WORST_TEXT);
      reflectionsTyped += 1;
    }
    if (reflectionsTyped > 0) await page.waitForTimeout(REFLECTION_SAVE_MS);
    checksAnswered += await answerChecks(frame);
    for (const scenario of await frame.locator('section.scn').all()) {
      for (let play = 0; play < PLAYS_PER_SCENARIO; play += 1) {
        if (play > 0 && !(await clickIfThere(scenario.getByRole('button', { name: 'Try again' })))) break;
        if (await playScenario(scenario, play)) scenarioPlays += 1;
        else notes.push(`role-play in ${lesson.id} did not reach an ending on play ${play + 1}`);
      }
    }
  }
  frame = courseFrame(page);
  await frame.evaluate(() => {
    window.location.hash = '#/results';
  });
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Exit course' }).click();
  await page.waitForTimeout(500);

  const state = await lmsState(page);
  await context.close();
  const session = state.session ?? state.lastSession;
  const calls = session?.calls ?? [];
  const suspendWrites = calls
    .filter((c) => c.kind === 'setValue' && c.element === 'cmi.suspend_data')
    .map((c) => c.value.length);
  return {
    tracked: calls.some((c) => c.kind === 'initialize' && c.result === 'true'),
    version,
    lessons: lessons.length,
    scenarioPlays,
    checksAnswered,
    reflectionsTyped,
    commits: session?.commits ?? 0,
    failedCalls: session?.failures ?? 0,
    suspendDataChars: session?.view.suspendData.length ?? 0,
    maxSuspendDataChars: Math.max(0, ...suspendWrites),
    stopped: null,
    notes,
  };
}

/** A play-through that broke off: reported as not measured, with the reason. */
export function failedPlay(catalog: CourseCatalog, error: unknown): PlayThroughResult {
  return {
    tracked: false,
    version: '1.2',
    lessons: orderedLessons(catalog).length,
    scenarioPlays: 0,
    checksAnswered: 0,
    reflectionsTyped: 0,
    commits: 0,
    failedCalls: 0,
    suspendDataChars: 0,
    maxSuspendDataChars: 0,
    stopped: error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error),
    notes: [],
  };
}
