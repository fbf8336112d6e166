import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { root, serveBuiltCourse, shots } from './built-course';
import { DESKTOP, VIEWPORTS } from './viewports';

const course = serveBuiltCourse();
const docsImages = resolve(root, 'docs/images/blocks');

/** A lesson that uses each block, so the test reads the blocks as learners meet them. */
const BLOCK_LESSONS = {
  accordion: 'how-this-course-works',
  steps: 'responding-to-complaints',
  compare: 'say-back-what-you-heard',
  reveal: 'be-their-only-customer',
  'pull-quote': 'what-is-a-moment-of-truth',
  figure: 'misery-mediocrity-and-wow',
} as const;

async function openLesson(page: Page, lessonId: string): Promise<void> {
  await page.goto(`${course.url}#/lesson/${lessonId}`);
  await page.locator('.lesson__body h2').first().waitFor();
}

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the element was never reached with Tab');
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Full-page shot for review, and at desktop width a crop of the block for the authoring guide. */
async function photograph(page: Page, block: Locator, name: string, viewport: string): Promise<void> {
  await page.screenshot({ path: `${shots}/blocks-${name}-${viewport}.png`, fullPage: true });
  await block.scrollIntoViewIfNeeded();
  await block.screenshot({ path: `${shots}/blocks-${name}-${viewport}-block.png` });
  if (viewport !== DESKTOP.name) return;
  mkdirSync(docsImages, { recursive: true });
  const box = await block.boundingBox();
  if (!box) throw new Error(`the ${name} block is not on screen`);
  // Cropped to the block, and to its top part when long, so each picture in the guide stays small.
  await page.screenshot({
    path: `${docsImages}/${name}.png`,
    clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: Math.min(box.height, 360) + 16 },
  });
}

describe.each(VIEWPORTS)('lesson blocks at $width×$height', (viewport) => {
  async function newPage(): Promise<Page> {
    const context = await course.browser.newContext({ viewport, reducedMotion: 'reduce' });
    return context.newPage();
  }

  it('opens accordion panels with Enter and Space, clean under axe closed and open', async () => {
    const page = await newPage();
    await openLesson(page, BLOCK_LESSONS.accordion);
    const accordion = page.locator('.accordion').first();
    const first = accordion.locator('summary').first();
    const second = accordion.locator('summary').nth(1);
    await expect(first.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).resolves.toBe(false);
    expect(await axeViolations(page), 'axe with panels closed').toEqual([]);

    await tabTo(page, first);
    await page.keyboard.press('Enter');
    await expect(first.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).resolves.toBe(true);
    await accordion.getByText('your best attempt is the one that counts').waitFor();
    await page.keyboard.press('Tab');
    // Tab goes into the open panel's content only if it holds a link; here it moves to the next title.
    await expect(isFocused(second)).resolves.toBe(true);
    await page.keyboard.press('Space');
    await expect(second.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(isFocused(second)).resolves.toBe(true);
    expect(await axeViolations(page), 'axe with panels open').toEqual([]);
    await photograph(page, accordion, 'accordion', viewport.name);
    await page.context().close();
  });

  it('reveals the answer with Enter, keeps focus on the button, and hides it again', async () => {
    const page = await newPage();
    await openLesson(page, BLOCK_LESSONS.reveal);
    const button = page.getByRole('button', { name: 'Show one way to answer' });
    const answer = page.getByText('It takes no longer than a flat reply');
    await expect(answer.isVisible()).resolves.toBe(false);
    expect(await axeViolations(page), 'axe with the answer hidden').toEqual([]);

    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(isFocused(button)).resolves.toBe(true);
    await answer.waitFor();
    expect(await axeViolations(page), 'axe with the answer shown').toEqual([]);
    await photograph(page, page.locator('.reveal').first(), 'reveal', viewport.name);

    await page.keyboard.press('Space');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await answer.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('numbers the steps as a list a screen reader counts', async () => {
    const page = await newPage();
    await openLesson(page, BLOCK_LESSONS.steps);
    const steps = page.locator('ol.steps').first();
    await expect(steps.locator(':scope > li').count()).resolves.toBe(5);
    await expect(steps.locator(':scope > li .steps__title').allTextContents()).resolves.toEqual([
      "Don't accuse",
      'Take ownership',
      'Say sorry and mean it',
      'Fix it or escalate it',
      'Follow up',
    ]);
    // The numbers are the list's own markers, which screen readers announce.
    await expect(steps.evaluate((el) => getComputedStyle(el).listStyleType)).resolves.toBe('decimal');
    // A link inside a step is reached by Tab like any other.
    await tabTo(page, steps.getByRole('link'));
    expect(await axeViolations(page)).toEqual([]);
    await photograph(page, steps, 'steps', viewport.name);
    await page.context().close();
  });

  it('labels both sides of a comparison, stacked on a phone and side by side on a laptop', async () => {
    const page = await newPage();
    await openLesson(page, BLOCK_LESSONS.compare);
    const before = page.getByRole('group', { name: 'What was said' });
    const after = page.getByRole('group', { name: 'What could have been said' });
    await before.getByText('I understand your frustration').waitFor();
    await after.getByText("I'd be fed up too").waitFor();
    const [a, b] = [await before.boundingBox(), await after.boundingBox()];
    if (!a || !b) throw new Error('the comparison is not on screen');
    if (viewport.width < 640) expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    else expect(b.y).toBe(a.y);
    expect(await axeViolations(page)).toEqual([]);
    await photograph(page, page.locator('.compare').first(), 'compare', viewport.name);
    await page.context().close();
  });

  it('shows a pull quote and a captioned figure, named by their captions', async () => {
    const page = await newPage();
    await openLesson(page, BLOCK_LESSONS['pull-quote']);
    const quote = page.getByRole('figure', { name: /moved to another internet provider/ });
    await quote.locator('blockquote').getByText('one small thing after another').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await photograph(page, quote, 'pull-quote', viewport.name);

    await openLesson(page, BLOCK_LESSONS.figure);
    const figure = page.getByRole('figure', { name: /Two moments, each with its three possible endings/ });
    await figure.getByRole('list').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await photograph(page, figure, 'figure', viewport.name);
    await page.context().close();
  });
});

describe('lesson blocks in forced-colours mode', () => {
  it('keeps every block edge as a border the system colours still draw', async () => {
    const context = await course.browser.newContext({ viewport: DESKTOP, forcedColors: 'active' });
    const page = await context.newPage();
    await openLesson(page, BLOCK_LESSONS.compare);
    const before = page.getByRole('group', { name: 'What was said' });
    await before.waitFor();
    await expect(
      before.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.borderTopStyle, style.borderLeftStyle, style.borderTopWidth !== '0px'];
      }),
    ).resolves.toEqual(['solid', 'solid', true]);
    await page
      .locator('.compare')
      .first()
      .screenshot({ path: `${shots}/blocks-forced-colours-compare.png` });

    await openLesson(page, BLOCK_LESSONS.reveal);
    const button = page.getByRole('button', { name: 'Show one way to answer' });
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    await expect(
      page
        .locator('.reveal__body')
        .first()
        .evaluate((el) => getComputedStyle(el).borderLeftStyle),
    ).resolves.toBe('solid');
    await page
      .locator('.reveal')
      .first()
      .screenshot({ path: `${shots}/blocks-forced-colours-reveal.png` });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
