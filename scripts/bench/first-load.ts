import type { Browser } from 'playwright-core';
import { SLOW_4G } from './budgets';

export interface LoadRun {
  /** From navigation start until the "Start course" link is shown and enabled. */
  readonly usableMs: number;
  /** Bytes on the wire (headers included), from CDP's encodedDataLength. */
  readonly bytes: number;
  readonly requests: number;
  readonly failed: readonly string[];
}

const QUIET_MS = 1000;

/** A top-level page makes the browser ask for /favicon.ico; inside an LMS frame that never happens. */
const isFaviconProbe = (url: string) => new URL(url).pathname === '/favicon.ico';

/** Marks the moment the start screen becomes usable, measured inside the page from its time origin. */
const USABLE_PROBE = `
  window.__usableAt = null;
  const probe = () => {
    if (window.__usableAt !== null) return;
    const link = Array.from(document.querySelectorAll('a, button')).find((e) => e.textContent.trim() === 'Start course');
    if (link && link.offsetParent !== null && !link.hasAttribute('disabled') && link.getAttribute('aria-disabled') !== 'true') {
      window.__usableAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(probe);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
`;

/** Loads the start screen in a fresh, cache-less context, optionally under Slow 4G and a 4× slower CPU. */
export async function measureFirstLoad(browser: Browser, url: string, throttled: boolean): Promise<LoadRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_4G.latencyMs,
      downloadThroughput: SLOW_4G.downloadBytesPerSecond,
      uploadThroughput: SLOW_4G.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown });
  }
  let bytes = 0;
  let requests = 0;
  let lastActivity = Date.now();
  const failed: string[] = [];
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:') || isFaviconProbe(e.request.url)) return;
    requests += 1;
    urls.set(e.requestId, e.request.url);
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (!urls.has(e.requestId)) return;
    bytes += e.encodedDataLength;
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    if (!urls.has(e.requestId)) return;
    failed.push(`${urls.get(e.requestId) ?? e.requestId}: ${e.errorText}`);
    lastActivity = Date.now();
  });
  cdp.on('Network.responseReceived', (e) => {
    if (urls.has(e.requestId) && e.response.status >= 400) failed.push(`${e.response.url}: HTTP ${e.response.status}`);
  });
  await page.addInitScript(USABLE_PROBE);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __usableAt: number | null }).__usableAt !== null, null, {
    timeout: 60_000,
  });
  const usableMs = await page.evaluate(() => (window as unknown as { __usableAt: number }).__usableAt);
  // Anything the start screen fetches lazily after it shows still counts as first load.
  while (Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(100);
  await context.close();
  return { usableMs, bytes, requests, failed };
}
