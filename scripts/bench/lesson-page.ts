import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

const QUIET_MS = 1000;

export interface LessonPageLoad {
  readonly lessonId: string;
  /** Bytes on the wire (gzip as served) fetched after leaving the outline: code, styles and pictures. */
  readonly bytes: number;
  readonly requests: number;
}

/**
 * What opening one lesson from the outline costs: the outline is loaded and settled first, then the
 * lesson is opened and scrolled to its end so every lazy picture loads, and the bytes from then on
 * are summed. This is what a learner waits for on each new lesson.
 */
export async function measureLessonPage(
  browser: Browser,
  courseUrl: string,
  lessonId: string,
): Promise<LessonPageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let counting = false;
  let bytes = 0;
  let requests = 0;
  let lastActivity = Date.now();
  const counted = new Set<string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    lastActivity = Date.now();
    if (!counting || e.request.url.startsWith('data:')) return;
    counted.add(e.requestId);
    requests += 1;
  });
  cdp.on('Network.loadingFinished', (e) => {
    lastActivity = Date.now();
    if (counted.has(e.requestId)) bytes += e.encodedDataLength;
  });
  const settle = async () => {
    while (Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(100);
  };
  await page.goto(`${courseUrl}#/outline`);
  await page.getByRole('heading', { level: 1, name: 'Course outline' }).waitFor();
  await settle();
  counting = true;
  await page.evaluate((id) => (window.location.hash = `#/lesson/${id}`), lessonId);
  await page.locator('#lesson-title').waitFor();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await settle();
  await context.close();
  return { lessonId, bytes, requests };
}

/** Gzip bytes of the built pictures by kind (file name prefix), to show what each kind costs. */
export function pictureBytesByKind(distDir: string): { kind: string; files: number; total: number; largest: number }[] {
  const assets = join(distDir, 'assets');
  const kinds = new Map<string, number[]>();
  for (const name of readdirSync(assets)) {
    const kind =
      /^(module|banner|scene|portrait)-.*\.svg$/.exec(name)?.[1] ??
      (/^(three-moments|hand-off-chain|output-input-loop)-.*\.js$/.test(name) ? 'diagram' : null);
    if (!kind) continue;
    const size = gzipSync(readFileSync(join(assets, name)), { level: 6 }).length;
    kinds.set(kind, [...(kinds.get(kind) ?? []), size]);
  }
  return [...kinds].map(([kind, sizes]) => ({
    kind,
    files: sizes.length,
    total: sizes.reduce((a, b) => a + b, 0),
    largest: Math.max(...sizes),
  }));
}
