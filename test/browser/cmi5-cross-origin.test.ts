import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLrs, lrsRouteHandler, type Lrs } from '../../scripts/lrs';
import { startStaticServer, type StaticServer } from '../../scripts/serve/static-server';
import { root } from './built-course';
import { launchChromium } from './chromium';

/**
 * A real cmi5 LMS seldom serves its LRS from the origin that serves the course: here the course and
 * the LRS are on two servers, so the page's Content-Security-Policy and the LRS's CORS answers are
 * what a learner's browser meets.
 */
describe('the built course launched by cmi5 with the LRS on another origin', () => {
  let course: StaticServer;
  let lrsServer: StaticServer;
  let lrs: Lrs | null = null;
  let browser: Browser;

  beforeAll(async () => {
    course = await startStaticServer({ '/content/': resolve(root, 'dist') });
    lrsServer = await startStaticServer(
      {},
      { handlers: [(req, res) => (lrs ? lrsRouteHandler(lrs, '/lrs/')(req, res) : false)] },
    );
    lrs = createLrs({ baseUrl: `${lrsServer.url}/lrs` });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await course?.close();
    await lrsServer?.close();
  });

  it('sends initialized, the learner’s progress and terminated to it, with no rule broken and no request refused', async () => {
    if (!lrs) throw new Error('the LRS did not start');
    expect(new URL(course.url).origin).not.toBe(new URL(lrs.baseUrl).origin);
    const launch = lrs.launch({
      auUrl: `${course.url}/content/index.html`,
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.75,
    });
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content-Security-Policy|CORS/i.test(message.text())) refused.push(message.text());
    });
    page.on('requestfailed', (request) => refused.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`));
    await page.goto(launch.url);
    await page.getByRole('link', { name: 'Start course' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: 'Exit' }).click();
    await page.getByRole('heading', { name: 'You can close this window' }).waitFor();

    const verbs = () =>
      lrs!.statements().map((s) =>
        String((s.verb as { id: string }).id)
          .split('/')
          .at(-1),
      );
    await expect.poll(verbs, { timeout: 15_000 }).toContain('terminated');
    expect(verbs()[0]).toBe('launched');
    expect(verbs().slice(1, 2)).toEqual(['initialized']);
    expect(verbs().at(-1)).toBe('terminated');
    expect(lrs.violations()).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });
});
