import { resolve } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/content/build-catalog';
import { firstLaunch } from '../../scripts/lms-model/next-launch';
import type { StaticServer } from '../../scripts/serve/static-server';
import { orderedLessons } from '../../src/course/navigation';
import type { RecordedCall } from '../unit/tracking-support/replay';
import { TEST_LEARNER } from '../unit/tracking-support/test-learner';
import { launchChromium } from './chromium';
import { serveLmsHost } from './lms-host';
import { waitVisible } from './wait-for';

const { catalog } = buildCatalog(resolve(import.meta.dirname, '../..'));
if (!catalog) throw new Error('content does not build; run npm run check:content');
const [firstLesson, secondLesson] = orderedLessons(catalog);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveLmsHost();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const callsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { lms: { calls: RecordedCall[] } }).lms.calls);

/** Fails the first download of each file matching `pattern`, as a dropped connection does, then lets it through. */
async function failFirstDownload(page: Page, pattern: RegExp): Promise<string[]> {
  const failed: string[] = [];
  await page.route(pattern, async (route: Route) => {
    const url = route.request().url();
    if (failed.includes(url)) return route.continue();
    failed.push(url);
    return route.abort('internetdisconnected');
  });
  return failed;
}

describe('a download that fails inside a SCORM 2004 LMS', () => {
  it.each([
    ['the lesson screen', /lesson-screen-[\w-]+\.js$/],
    ["a lesson's content", /01-how-this-course-works-[\w-]+\.js$/],
  ])('retries %s without reloading the page, so the LMS session stays open', async (_, pattern) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript((s) => {
      (window as unknown as { lmsSeed: unknown }).lmsSeed = s;
    }, firstLaunch('2004', TEST_LEARNER).seed);
    const failed = await failFirstDownload(page, pattern);
    await page.goto(`${server.url}/lms/lms-host.html?v=2004`);
    const course = page.frameLocator('#course');
    await course.getByRole('link', { name: 'Start course' }).click();
    await waitVisible(course.getByRole('alert').filter({ hasText: 'We could not load this lesson.' }));
    expect(failed).toHaveLength(1);
    // A reload would show in the LMS as a second session: Terminate, then Initialize again.
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));

    await course.getByRole('button', { name: 'Try again' }).click();
    await waitVisible(course.getByRole('heading', { level: 1, name: firstLesson?.title }));
    await waitVisible(course.getByRole('heading', { level: 2, name: 'Who it is for' }));
    await expect(page.evaluate(() => (window as unknown as { marker?: string }).marker)).resolves.toBe('same page');
    // The button that had focus is gone; the learner is put on the lesson's heading, not the page's start.
    const frame = page.frame({ url: /\/course\/index\.html/ });
    await expect(frame?.evaluate(() => document.activeElement?.textContent)).resolves.toBe(firstLesson?.title);
    const calls = await callsOf(page);
    expect(calls.filter((c) => c.name === 'Initialize')).toHaveLength(1);
    expect(calls.filter((c) => c.name === 'Terminate')).toHaveLength(0);

    // Tracking still works after the retry: the next lesson reaches the LMS.
    await course.getByRole('link', { name: /^Next/ }).click();
    await waitVisible(course.getByRole('heading', { level: 1, name: secondLesson?.title }));
    const after = await callsOf(page);
    expect(after.filter((c) => c.name === 'SetValue' && c.args[0] === 'cmi.location').map((c) => c.args[1])).toContain(
      secondLesson?.id,
    );
    await context.close();
  });
});
