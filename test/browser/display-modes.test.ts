import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/content/build-catalog';
import { orderedLessons } from '../../src/course/navigation';
import type { Reply, Scenario } from '../../src/scenario/scenario';
import { axeViolations } from './axe';
import { root, shots, serveBuiltCourse } from './built-course';
import { watchPage } from './page-watch';
import { builtScenarios, pathTo } from './scenario-data';
import { applyTextSpacing, overflowing } from './text-spacing';
import { uiText } from './ui-text';
import { DESKTOP, VIEWPORTS } from './viewports';
import { waitVisible } from './wait-for';

const { catalog } = buildCatalog(root);
if (!catalog) throw new Error('content does not build; run npm run check:content');
const lessons = orderedLessons(catalog);
const firstLesson = lessons[0]!;
const lastLesson = lessons.at(-1)!;
const storageKey = `mot:${catalog.config.id}:progress`;

/** Lessons that between them hold every lesson block, looked at with their blocks opened. */
const BLOCK_SELECTORS = ['.steps', '.compare', '.reveal', '.pull-quote', '.figure', 'details'];

/** A role-play and a first reply after which the customer's mood changes, found from the data. */
function moodChange(): { scenario: Scenario; reply: Reply; announced: string } {
  for (const scenario of builtScenarios()) {
    const start = scenario.scenes.find((s) => s.id === scenario.start);
    const before = start?.mood ?? scenario.customer.mood;
    for (const reply of start?.replies ?? []) {
      const next = scenario.scenes.find((s) => s.id === reply.next);
      const after = next?.mood ?? scenario.customer.mood;
      if (next && after !== before) {
        const values = { name: scenario.customer.name, channel: scenario.channel.replaceAll('-', '_'), mood: after };
        return { scenario, reply, announced: uiText('roleplay.mood-changed', values) };
      }
    }
  }
  throw new Error('no role-play changes the customer’s mood after its first reply');
}
const { scenario, reply: moodReply, announced } = moodChange();

const course = serveBuiltCourse('/lms/content/course/');
let axeScans = 0;
afterAll(() => console.log(`display modes: ${axeScans} axe scans`));

async function openScreen(page: Page, hash: string, heading: Locator) {
  await page.goto(`${course.url}${hash}`);
  await waitVisible(heading);
  await page.getByText(/^Loading/).waitFor({ state: 'detached' });
}

/** Plays `reply`, then moves on past its feedback. */
async function reply(page: Page, chosen: Reply) {
  await page.getByRole('button', { name: chosen.text, exact: true }).click();
  await page.getByRole('button', { name: /^(Continue|See how it ends)$/ }).click();
}

async function borders(locator: Locator): Promise<string[]> {
  await waitVisible(locator);
  return locator.evaluate((e) => {
    const s = getComputedStyle(e);
    return (['Top', 'Right', 'Bottom', 'Left'] as const).map(
      (side) => `${s[`border${side}Style`]} ${s[`border${side}Width`]} ${s[`border${side}Color`]}`,
    );
  });
}

const INVISIBLE = /none|hidden|^\S+ 0px|rgba\(0, 0, 0, 0\)|transparent/;

function focusedElement(page: Page) {
  return page.evaluate(() => ({
    tag: document.activeElement?.tagName.toLowerCase() ?? 'none',
    text: (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '',
  }));
}

describe.each(VIEWPORTS)('every screen at $width×$height', (viewport) => {
  it.each(['light', 'dark'] as const)('in the %s theme: no axe violations, and focus is kept', async (scheme) => {
    const context = await course.browser.newContext({ viewport, colorScheme: scheme });
    const page = await context.newPage();
    const watch = watchPage(page, course.origin);
    const look = async (screen: string) => {
      expect(await axeViolations(page), `axe on ${screen}`).toEqual([]);
      axeScans += 1;
      await page.screenshot({ path: `${shots}/${scheme}-${viewport.name}-${screen}.png`, fullPage: true });
    };
    const title = page.getByRole('heading', { level: 1, name: catalog.config.title });

    await openScreen(page, '#/', title);
    await look('start');
    await openScreen(page, '#/outline', page.getByRole('heading', { level: 1, name: 'Course outline' }));
    await look('outline');
    await openScreen(
      page,
      `#/lesson/${firstLesson.id}`,
      page.getByRole('heading', { level: 1, name: firstLesson.title }),
    );
    await page.locator('.lesson__body h2').first().waitFor();
    await look('lesson');

    // Every lesson block, opened, in this theme: each lesson that holds a block not yet seen.
    const seen = new Set<string>();
    for (const lesson of lessons) {
      await openScreen(page, `#/lesson/${lesson.id}`, page.getByRole('heading', { level: 1, name: lesson.title }));
      const found: string[] = [];
      for (const selector of BLOCK_SELECTORS)
        if (!seen.has(selector) && (await page.locator(`.lesson__body ${selector}`).count()) > 0) found.push(selector);
      if (found.length === 0) continue;
      found.forEach((selector) => seen.add(selector));
      // Opened one at a time: each click changes which elements still match.
      const closedPanel = page.locator('.lesson__body details:not([open]) > summary').first();
      while ((await closedPanel.count()) > 0) await closedPanel.click();
      const hiddenAnswer = page.locator('.lesson__body button[aria-expanded="false"]').first();
      while ((await hiddenAnswer.count()) > 0) await hiddenAnswer.click();
      await look(`lesson-${lesson.id}`);
    }
    expect([...seen].sort()).toEqual([...BLOCK_SELECTORS].sort());

    await openScreen(page, `#/scenario/${scenario.id}`, page.getByRole('group', { name: 'How do you reply?' }));
    const moodStatus = page.locator('.scn-stage [role="status"]');
    await expect.poll(() => moodStatus.innerText()).toBe('');
    await reply(page, moodReply);
    await waitVisible(page.getByRole('group', { name: 'How do you reply?' }));
    await expect.poll(() => moodStatus.innerText()).toBe(announced);
    await look('roleplay-mid');
    for (const next of pathTo(scenario, 'wow', moodReply.next)) await reply(page, next);
    await waitVisible(page.getByRole('heading', { level: 3, name: /^Moment of WOW/ }));
    await look('roleplay-ending');

    await openScreen(page, '#/results', page.getByRole('heading', { level: 1, name: /results/i }));
    await look('results');

    // Start over: the button that opened the dialog goes away with the progress it cleared.
    await openScreen(page, '#/', title);
    await page.getByRole('button', { name: 'Start over' }).click();
    await waitVisible(page.getByRole('dialog', { name: 'Start the course again?' }));
    await look('start-over-dialog');
    await page.getByRole('button', { name: 'Yes, start over' }).click();
    await waitVisible(page.getByRole('link', { name: 'Start course' }));
    await expect.poll(() => focusedElement(page)).toEqual({ tag: 'h1', text: catalog.config.title });
    await expect(
      page.getByRole('status').filter({ hasText: 'Your progress in this course has been cleared.' }).innerText(),
    ).resolves.toMatch(/cleared/);
    await look('start-over-done');

    // Damaged progress: the notice, and the button pressed, go away once the learner decides.
    await page.evaluate((key) => localStorage.setItem(key, 'not a saved course'), storageKey);
    await page.reload();
    await waitVisible(page.getByText('We could not restore your saved progress'));
    await look('restore-notice');
    await page.getByRole('button', { name: 'Keep it for now' }).click();
    await waitVisible(page.getByText('Nothing from this visit is being saved'));
    await expect.poll(() => focusedElement(page)).toEqual({ tag: 'h1', text: catalog.config.title });

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    await context.close();
  });
});

async function forcedColoursPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, forcedColors: 'active' });
  return context.newPage();
}

describe('forced colours (Windows high contrast)', () => {
  it('keeps the progress bar, card edges, the learner’s chat bubbles and focus rings visible', async () => {
    const page = await forcedColoursPage(course.browser);
    // A visit makes the learner a returning one, whose start screen shows the progress bar.
    await openScreen(
      page,
      `#/lesson/${firstLesson.id}`,
      page.getByRole('heading', { level: 1, name: firstLesson.title }),
    );
    await openScreen(page, '#/', page.getByRole('heading', { level: 1, name: catalog.config.title }));
    for (const part of ['.progress__bar', '.module-card', '.start__hero']) {
      const edges = await borders(page.locator(part).first());
      for (const edge of edges) expect(edge, `${part} border`).not.toMatch(INVISIBLE);
    }
    await page.locator('.progress').screenshot({ path: `${shots}/forced-desktop-progress-bar.png` });
    await page
      .locator('.module-card')
      .first()
      .screenshot({ path: `${shots}/forced-desktop-card.png` });
    await page.getByRole('link', { name: 'Continue where you left off' }).focus();
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
    });
    expect(ring).not.toMatch(INVISIBLE);
    await page.screenshot({ path: `${shots}/forced-desktop-start.png`, fullPage: true });

    await openScreen(page, `#/scenario/${scenario.id}`, page.getByRole('group', { name: 'How do you reply?' }));
    await reply(page, moodReply);
    const bubble = page.locator('.scn-bubble--learner').first();
    for (const edge of await borders(bubble)) expect(edge, 'learner bubble border').not.toMatch(INVISIBLE);
    await page.locator('.scn-transcript').screenshot({ path: `${shots}/forced-desktop-chat-bubbles.png` });
    await page.context().close();
  });
});

describe('text spacing (WCAG 1.4.12) at 320 px', () => {
  it('wraps the header title and the results button instead of cutting them off, on every screen', async () => {
    const context = await course.browser.newContext({ viewport: { width: 320, height: 720 }, bypassCSP: true });
    const page = await context.newPage();
    const screens: Array<[string, string, Locator]> = [
      ['start', '#/', page.getByRole('heading', { level: 1, name: catalog.config.title })],
      ['outline', '#/outline', page.getByRole('heading', { level: 1, name: 'Course outline' })],
      ['lesson', `#/lesson/${firstLesson.id}`, page.getByRole('heading', { level: 1, name: firstLesson.title })],
      ['last-lesson', `#/lesson/${lastLesson.id}`, page.getByRole('link', { name: /See your results/ })],
      ['roleplay', `#/scenario/${scenario.id}`, page.getByRole('group', { name: 'How do you reply?' })],
      ['results', '#/results', page.getByRole('heading', { level: 1, name: /results/i })],
    ];
    await page.goto(course.url);
    await applyTextSpacing(page);
    for (const [name, hash, ready] of screens) {
      await openScreen(page, hash, ready);
      expect(await overflowing(page, '.site-header, .lesson__nav, .start__actions'), `${name}: overflow`).toEqual([]);
      await page.screenshot({ path: `${shots}/text-spacing-320-${name}.png`, fullPage: true });
    }
    await context.close();
  });
});
