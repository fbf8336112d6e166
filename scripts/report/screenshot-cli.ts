import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launchChromium } from '../../test/browser/chromium';

/**
 * `tsx scripts/report/screenshot-cli.ts REPORT.html OUT.png [WIDTH] [SELECTOR]`: a window's picture of the
 * report for docs/reports.md, in Chromium, at a phone's or a desk's width. Requests other than the
 * file itself are counted, so the picture also proves the report fetches nothing.
 */
const [file, out, width = '1000', selector] = process.argv.slice(2);
if (!file || !out) throw new Error('usage: screenshot-cli.ts REPORT.html OUT.png [WIDTH] [SELECTOR]');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  const requests: string[] = [];
  page.on('request', (r) => void (r.url().startsWith('file:') || requests.push(r.url())));
  await page.goto(pathToFileURL(resolve(file)).href);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  // The window's view from the selected part on, as a reader scrolled there would see it.
  if (selector) await page.evaluate((css) => document.querySelector(css)?.scrollIntoView(), selector);
  await page.screenshot({ path: out });
  console.log(`${out}: page wider than the window by ${overflow}px; ${requests.length} outside requests`);
} finally {
  await browser.close();
}
