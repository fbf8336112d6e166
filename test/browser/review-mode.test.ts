import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/serve/static-server';
import type { RecordedCall } from '../unit/tracking-support/replay';
import { passedAttemptInReview } from '../unit/tracking-support/passed-attempt';
import { shots } from './built-course';
import { launchChromium } from './chromium';
import { serveLmsHost } from './lms-host';
import { waitVisible } from './wait-for';

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

describe('a passed SCORM 2004 attempt reopened in review mode', () => {
  it('tells the learner it is a review, lets them read on, and sends nothing that changes the record', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript((s) => {
      (window as unknown as { lmsSeed: unknown }).lmsSeed = s;
    }, passedAttemptInReview());
    await page.goto(`${server.url}/lms/lms-host.html?v=2004`);
    const course = page.frameLocator('#course');
    await waitVisible(course.getByText('You are reviewing a finished attempt.'));
    await waitVisible(course.getByText(/Your learning system has it as passed with 94%\./));
    await course.getByRole('link', { name: 'Start course' }).click();
    await waitVisible(course.getByText(/Lesson 1 of \d+/));
    await page.screenshot({ path: `${shots}/phone-review-mode.png`, fullPage: true });
    await course.getByRole('button', { name: 'Exit' }).click();
    await waitVisible(course.getByText('This was a review: your record in your learning system is as it was.'));

    const calls = await page.evaluate(() => (window as unknown as { lms: { calls: RecordedCall[] } }).lms.calls);
    expect(calls.filter((c) => /SetValue|Commit/.test(c.name)).map((c) => c.args[0])).toEqual([]);
    expect(calls.filter((c) => c.name === 'Terminate')).toHaveLength(1);
    await context.close();
  });
});
