import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/content/build-catalog';
import { orderedLessons } from '../../src/course/navigation';
import { axeViolations } from './axe';
import { root, shots, serveBuiltCourse } from './built-course';
import { watchPage, type PageWatch } from './page-watch';
import { DESKTOP, PHONE, VIEWPORTS } from './viewports';
import { waitVisible } from './wait-for';

const { catalog } = buildCatalog(root);
if (!catalog) throw new Error('content does not build; run npm run check:content');
const lessons = orderedLessons(catalog);

// Served from a nested folder, as an LMS would, to prove every path is relative.
const course = serveBuiltCourse('/lms/content/course/');

async function expectClean(page: Page, watch: PageWatch) {
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(watch.failedRequests, 'failed requests').toEqual([]);
  expect(watch.foreignRequests, 'requests outside the course server').toEqual([]);
  expect(await axeViolations(page), 'axe WCAG 2.2 AA violations').toEqual([]);
}

describe.each(VIEWPORTS)('course shell at $width×$height', (viewport) => {
  it('goes start → outline → lesson → next, then resumes after a reload', async () => {
    const context = await course.browser.newContext({ viewport });
    const page = await context.newPage();
    const watch = watchPage(page, course.origin);
    const first = lessons[0];
    const second = lessons[1];
    if (!first || !second) throw new Error('the course needs at least two lessons');

    await page.goto(course.url);
    await waitVisible(page.getByRole('heading', { level: 1, name: catalog.config.title }));
    await waitVisible(page.getByRole('link', { name: 'Start course' }));
    await expectClean(page, watch);
    await page.screenshot({ path: `${shots}/${viewport.name}-start.png`, fullPage: true });

    await page.getByRole('link', { name: 'See the outline' }).click();
    await page.getByRole('heading', { level: 1, name: 'Course outline' }).waitFor();
    for (const module of catalog.modules)
      await page.getByRole('heading', { level: 2, name: new RegExp(module.title) }).waitFor();
    await expectClean(page, watch);
    await page.screenshot({ path: `${shots}/${viewport.name}-outline.png`, fullPage: true });

    await page.getByRole('link', { name: first.title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(first.title);
    await page.getByText(/Lesson 1 of \d+/).waitFor();
    await page.getByText('Loading the lesson…').waitFor({ state: 'detached' });
    await page.locator('.lesson__body h2').first().waitFor();
    await expectClean(page, watch);
    await page.screenshot({ path: `${shots}/${viewport.name}-lesson.png`, fullPage: true });

    await page.getByRole('link', { name: /^Next/ }).click();
    await page.getByRole('heading', { level: 1, name: second.title }).waitFor();
    await page.locator('.lesson__body h2').first().waitFor();
    await expectClean(page, watch);
    await page.screenshot({ path: `${shots}/${viewport.name}-lesson-next.png`, fullPage: true });

    await page.goto(`${course.url}#/`);
    await page.reload();
    await page.getByRole('link', { name: 'Continue where you left off' }).click();
    await page.getByRole('heading', { level: 1, name: second.title }).waitFor();
    await expectClean(page, watch);
    await context.close();
  });
});

describe('keyboard and saved progress', () => {
  it('offers a skip link first and moves focus to the main content', async () => {
    const context = await course.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(course.url);
    await page.getByRole('heading', { level: 1, name: catalog.config.title }).waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  it('tells the learner when saved progress is corrupt and starts fresh', async () => {
    const context = await course.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const watch = watchPage(page, course.origin);
    await page.goto(course.url);
    await page.evaluate((key) => localStorage.setItem(key, '{not json'), `mot:${catalog.config.id}:progress`);
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'We could not restore your saved progress' }).waitFor();
    await waitVisible(page.getByRole('link', { name: 'Start course' }));
    expect(watch.consoleErrors).toEqual([]);
    await page.screenshot({ path: `${shots}/phone-restore-notice.png`, fullPage: true });
    await context.close();
  });
});
