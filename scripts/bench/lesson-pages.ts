import type { Browser } from 'playwright-core';
import type { CourseCatalog } from '../../src/course/catalog';

export interface LessonPage {
  readonly lessonId: string;
  /** Bytes on the wire (headers included) of every request that opening the lesson caused. */
  readonly bytes: number;
  readonly requests: number;
  readonly failed: readonly string[];
}

const QUIET_MS = 700;

/**
 * Opens each lesson the way a learner does, from the start screen: a fresh, cache-less context loads
 * the start screen and waits for it to settle, then the hash route changes to the lesson. Only what
 * that navigation fetches is counted: the lesson screen's code and styles, the lesson's own chunk,
 * its banner and its diagrams.
 */
export async function measureLessonPages(browser: Browser, url: string, catalog: CourseCatalog): Promise<LessonPage[]> {
  const pages: LessonPage[] = [];
  for (const lesson of catalog.lessons) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let counting = false;
    let bytes = 0;
    let requests = 0;
    let lastActivity = Date.now();
    const failed: string[] = [];
    const urls = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (e) => {
      lastActivity = Date.now();
      if (!counting || e.request.url.startsWith('data:')) return;
      requests += 1;
      urls.set(e.requestId, e.request.url);
    });
    cdp.on('Network.loadingFinished', (e) => {
      lastActivity = Date.now();
      if (urls.has(e.requestId)) bytes += e.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (e) => {
      lastActivity = Date.now();
      if (urls.has(e.requestId)) failed.push(`${urls.get(e.requestId) ?? e.requestId}: ${e.errorText}`);
    });
    const settle = async () => {
      while (Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(100);
    };
    await page.goto(url);
    await page.getByRole('link', { name: 'Start course' }).waitFor();
    await settle();
    counting = true;
    await page.evaluate((id) => {
      window.location.hash = `#/lesson/${id}`;
    }, lesson.id);
    await page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await settle();
    await context.close();
    pages.push({ lessonId: lesson.id, bytes, requests, failed });
  }
  return pages;
}
