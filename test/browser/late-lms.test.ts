import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/content/build-catalog';
import { firstLaunch } from '../../scripts/lms-model/next-launch';
import type { StaticServer } from '../../scripts/serve/static-server';
import { orderedLessons } from '../../src/course/navigation';
import { decodeSnapshot } from '../../src/persistence/snapshot-codec';
import { readOlderSnapshot } from '../../src/persistence/snapshot-older';
import { replayThroughStrict, type RecordedCall } from '../unit/tracking-support/replay';
import { TEST_LEARNER } from '../unit/tracking-support/test-learner';
import { axeViolations } from './axe';
import { shots } from './built-course';
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

interface HostLms {
  readonly calls: RecordedCall[];
  readonly cmi: () => Record<string, unknown>;
  readonly attach: () => void;
}
const lmsOf = (page: Page) => page.evaluate(() => (window as unknown as { lms: HostLms }).lms.calls);
const cmiOf = (page: Page) => page.evaluate(() => (window as unknown as { lms: HostLms }).lms.cmi());

describe('an LMS that attaches its SCORM 2004 runtime only after the course has started', () => {
  it('warns the learner, keeps their progress, then sends it all to the LMS once it appears', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript((s) => {
      (window as unknown as { lmsSeed: unknown }).lmsSeed = s;
    }, firstLaunch('2004', TEST_LEARNER).seed);
    await page.goto(`${server.url}/lms/lms-host.html?v=2004&attach=late`);
    const course = page.frameLocator('#course');
    await waitVisible(course.getByRole('alert').filter({ hasText: 'Your LMS has not answered yet' }));
    const frame = page.frame({ url: /\/course\/index\.html/ });
    if (!frame) throw new Error('the course frame is missing');
    expect(await axeViolations(frame), 'axe WCAG 2.2 AA violations with the warning shown').toEqual([]);
    await page.screenshot({ path: `${shots}/phone-lms-not-answering.png`, fullPage: true });

    // The learner reads on while the LMS is missing.
    await course.getByRole('link', { name: 'Start course' }).click();
    await waitVisible(course.getByRole('heading', { level: 1, name: firstLesson?.title }));
    await course.getByRole('link', { name: /^Next/ }).click();
    await waitVisible(course.getByRole('heading', { level: 1, name: secondLesson?.title }));
    expect(await lmsOf(page), 'nothing can reach an LMS that is not there').toEqual([]);

    await page.evaluate(() => (window as unknown as { lms: HostLms }).lms.attach());
    await waitVisible(course.getByRole('status').filter({ hasText: 'Your LMS has now answered.' }));
    await page.screenshot({ path: `${shots}/phone-lms-answered-late.png`, fullPage: true });
    const cmi = await cmiOf(page);
    expect(cmi.location).toBe(secondLesson?.id);
    const saved = decodeSnapshot(catalog, String(cmi.suspend_data), readOlderSnapshot);
    expect(saved.ok && saved.facts.visited).toEqual([firstLesson?.id, secondLesson?.id]);

    await course.getByRole('button', { name: 'Exit' }).click();
    await waitVisible(course.getByText('Your LMS has your progress. When you open the course again'));
    const calls = await lmsOf(page);
    const strict = replayThroughStrict('2004', calls);
    expect(strict.violations, 'strict SCORM check').toEqual([]);
    expect(strict.counts.initialize).toBe(1);
    expect(strict.counts.terminate).toBe(1);
    expect(calls.filter((c) => c.error !== '0' && /SetValue|Commit/.test(c.name))).toEqual([]);
    await context.close();
  });
});
