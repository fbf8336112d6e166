import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readLessons } from '../../scripts/content/lesson-index';
import { axeViolations } from './axe';
import { root, serveBuiltCourse, shots } from './built-course';
import { watchPage } from './page-watch';
import { VIEWPORTS } from './viewports';

const lessons = readLessons(root);
/** Requests for any picture the build draws: module, banner, scene, portrait files and diagram chunks. */
const PICTURE = /\/assets\/(module|banner|scene|portrait)-[^/]*\.svg|three-moments|hand-off-chain|output-input-loop/;

const course = serveBuiltCourse();
const pages: Page[] = [];

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

/** Every <img> matched has loaded a real picture (not a broken link). */
async function allLoaded(page: Page, selector: string): Promise<number> {
  await page.waitForFunction(
    (s) => [...document.querySelectorAll<HTMLImageElement>(s)].every((img) => img.complete),
    selector,
  );
  return page.$$eval(selector, (imgs) => (imgs as HTMLImageElement[]).filter((img) => img.naturalWidth > 0).length);
}

describe.each(VIEWPORTS)('pictures at $width×$height', (viewport) => {
  async function open(): Promise<{ page: Page; requests: string[] }> {
    const context = await course.browser.newContext({ viewport });
    const page = await context.newPage();
    pages.push(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    return { page, requests };
  }

  it('the start screen requests no picture; the outline shows one decorative picture per module', async () => {
    const { page, requests } = await open();
    const watch = watchPage(page, course.origin);
    await page.goto(course.url);
    await page.getByRole('link', { name: 'See the outline' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => PICTURE.test(u))).toEqual([]);

    await page.getByRole('link', { name: 'See the outline' }).click();
    await page.getByRole('heading', { level: 1, name: 'Course outline' }).waitFor();
    const pictures = page.locator('img.module-picture');
    await expect.poll(() => pictures.count()).toBe(lessons.modules.length);
    for (const alt of await pictures.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt'))))
      expect(alt).toBe('');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await allLoaded(page, 'img.module-picture')).toBe(lessons.modules.length);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/${viewport.name}-pictures-outline.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('a lesson shows its banner and its diagram with words for what it shows', async () => {
    const { page } = await open();
    const watch = watchPage(page, course.origin);
    await page.goto(`${course.url}#/lesson/misery-mediocrity-and-wow`);
    await page.getByRole('heading', { level: 1, name: 'Misery, Mediocrity and WOW' }).waitFor();
    expect(await allLoaded(page, 'img.lesson-banner')).toBe(1);
    expect(await page.getAttribute('img.lesson-banner', 'alt')).toBe('');
    const diagram = page.getByRole('img', { name: /^Diagram: three steps rising.*Misery.*Mediocrity.*WOW/ });
    await diagram.waitFor();
    await diagram.locator('svg').waitFor();
    // Brand colours reach the drawing through CSS classes; an unstyled SVG would paint its panel black.
    const panelFill = await diagram
      .locator('svg rect')
      .first()
      .evaluate((r) => getComputedStyle(r).fill);
    expect(panelFill).not.toBe('rgb(0, 0, 0)');
    await diagram.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/${viewport.name}-pictures-lesson-diagram.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/${viewport.name}-pictures-lesson.png` });
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${course.url}#/lesson/output-and-input`);
    await page
      .getByRole('img', { name: /^Diagram: you and them/ })
      .locator('svg')
      .waitFor();
    await page
      .getByRole('img', { name: /^Diagram: a customer tells a colleague/ })
      .locator('svg')
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('a role-play mid-play shows its setting and the customer, whose mood is also in words', async () => {
    const { page } = await open();
    const watch = watchPage(page, course.origin);
    await page.goto(`${course.url}#/scenario/late-delivery`);
    const replies = page.getByRole('group', { name: 'How do you reply?' });
    await replies.waitFor();
    await replies.getByRole('button').first().click();
    await page.getByRole('button', { name: /^(Continue|See how it ends)$/ }).click();
    await replies.waitFor();
    expect(await allLoaded(page, 'img.scn-scene')).toBe(1);
    expect(await page.getAttribute('img.scn-scene', 'alt')).toBe('');
    const portrait = page.locator('.scn-customer .scn-avatar');
    expect(await portrait.getAttribute('aria-hidden')).toBe('true');
    expect(await allLoaded(page, '.scn-customer .scn-avatar img')).toBe(1);
    const mood = (await page.locator('.scn-customer__mood strong').innerText()).trim();
    expect(mood.length).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/${viewport.name}-pictures-roleplay.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
