import type { Page } from 'playwright-core';

export interface PageWatch {
  readonly consoleErrors: string[];
  readonly failedRequests: string[];
  readonly foreignRequests: string[];
}

/** Records every console error, failed request and request that leaves the test server. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.consoleErrors.push(err.message));
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? '';
    // A reload or navigation cancels requests still in flight; that is the test moving on, not a fault.
    if (error !== 'net::ERR_ABORTED') watch.failedRequests.push(`${req.url()} ${error}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) watch.failedRequests.push(`${res.url()} ${res.status()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:'))
      watch.foreignRequests.push(url);
  });
  return watch;
}
