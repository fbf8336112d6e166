import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { readLessons } from '../../scripts/content/lesson-index';
import { axeViolations } from './axe';
import { root, serveBuiltCourse, shots } from './built-course';
import { watchPage } from './page-watch';
import { VIEWPORTS } from './viewports';

const content = readLessons(root);
/** The chunks the build draws pictures into: one per module picture, lesson banner and diagram. */
const PICTURE = /\/assets\/(module|banner|diagram)-[^/]*\.js$/;
const picturesIn = (requests: readonly string[]) =>
  requests
    .filter((u) => PICTURE.test(u))
    .map((u) => /\/assets\/((?:module|banner|diagram)-.*)-[\w-]{8}\.js$/.exec(u)?.[1]);

const course = serveBuiltCourse();
const pages: Page[] = [];

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
});

describe.each(VIEWPORTS)('pictures at $width×$height', (viewport) => {
  async function open(): Promise<{ page: Page; requests: string[] }> {
    const context = await course.browser.newContext({ viewport });
    const page = await context.newPage();
    pages.push(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    return { page, requests };
  }

  it('the start screen fetches no picture; the outline shows a decorative picture by each module', async () => {
    const { page, requests } = await open();
    const watch = watchPage(page, course.origin);
    await page.goto(course.url);
    await page.getByRole('link', { name: 'Start course' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(picturesIn(requests)).toEqual([]);

    await page.goto(`${course.url}#/outline`);
    await page.getByRole('heading', { level: 1, name: 'Course outline' }).waitFor();
    const pictured = content.modules.filter((m) => m.picture.length > 0);
    expect(pictured.length).toBe(content.modules.length);
    for (const module of pictured) {
      const section = page.locator('.outline__module', { has: page.locator(`#module-${module.id}`) });
      const picture = section.locator('.module-picture');
      await picture.locator('> svg').waitFor();
      expect(await picture.getAttribute('aria-hidden')).toBe('true');
    }
    expect(
      picturesIn(requests)
        .filter((p) => p?.startsWith('module-'))
        .sort(),
    ).toEqual(pictured.map((m) => `module-${m.id}`).sort());
    await page.screenshot({ path: `${shots}/${viewport.name}-pictures-outline.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('a lesson shows its own banner and diagram, and fetches no other picture', async () => {
    const { page, requests } = await open();
    const watch = watchPage(page, course.origin);
    await page.goto(`${course.url}#/lesson/misery-mediocrity-and-wow`);
    await page.getByRole('heading', { level: 1, name: 'Misery, Mediocrity and WOW' }).waitFor();
    const banner = page.locator('.lesson-banner');
    await banner.locator('> svg').waitFor();
    expect(await banner.getAttribute('aria-hidden')).toBe('true');
    const diagram = page.getByRole('img', {
      name: /Misery.*worse than expected.*Mediocrity.*just as expected.*WOW.*better than expected/,
    });
    await diagram.locator('> svg').waitFor();
    await page.screenshot({ path: `${shots}/${viewport.name}-pictures-lesson.png` });
    await diagram.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/${viewport.name}-pictures-three-moments.png` });
    expect(picturesIn(requests).sort()).toEqual(['banner-misery-mediocrity-and-wow', 'diagram-three-moments']);
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it('the hand-off chain and the output and input loop say in words what they show', async () => {
    const { page } = await open();
    const watch = watchPage(page, course.origin);
    await page.goto(`${course.url}#/lesson/output-and-input`);
    const chain = page.getByRole('img', { name: /Customer.*Colleague.*Boiler broken.*Home only after 14:00/ });
    await chain.locator('> svg').waitFor();
    await chain.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/${viewport.name}-pictures-hand-off-chain.png` });
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${course.url}#/lesson/say-back-what-you-heard`);
    const loop = page.getByRole('img', { name: /What you say.*What they hear.*Say it back to check/i });
    await loop.locator('> svg').waitFor();
    await loop.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/${viewport.name}-pictures-output-input-loop.png` });
    expect(await axeViolations(page)).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
