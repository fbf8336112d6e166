import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { serveBuiltCourse } from './built-course';
import { DESKTOP } from './viewports';
import { waitVisible } from './wait-for';

// The outline, lesson and results screens are chunks fetched when first opened; on a slow or
// broken connection the learner sees what is happening and has a way out.
const course = serveBuiltCourse('/lms/content/course/');

describe('screens loaded on demand', () => {
  it('says the outline is loading, passes axe while it does, then puts focus on its heading', async () => {
    const context = await course.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/outline-screen-[\w-]+\.js$/, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(course.url);
    await page.getByRole('link', { name: 'See the outline' }).click();
    await waitVisible(page.getByRole('status').filter({ hasText: 'Loading the outline…' }));
    expect(await axeViolations(page, { whileLoading: true }), 'axe WCAG 2.2 AA violations while loading').toEqual([]);
    release();
    await waitVisible(page.getByRole('heading', { level: 1, name: 'Course outline' }));
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Course outline');
    await context.close();
  });

  it('offers to try again when a lesson screen cannot be downloaded', async () => {
    const context = await course.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.route(/lesson-screen-[\w-]+\.js$/, (route: Route) => route.abort('internetdisconnected'));
    await page.goto(course.url);
    await page.getByRole('link', { name: 'Start course' }).click();
    await waitVisible(page.getByRole('alert').filter({ hasText: 'We could not load this lesson.' }));
    await waitVisible(page.getByRole('button', { name: 'Try again' }));
    await context.close();
  });
});
