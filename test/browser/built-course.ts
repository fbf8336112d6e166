import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/serve/static-server';
import { launchChromium } from './chromium';

export const root = resolve(import.meta.dirname, '../..');
export const shots = resolve(root, 'test-results/screenshots');

export interface BuiltCourse {
  /** Address of the course's index.html, served from `prefix` as an LMS would. */
  readonly url: string;
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * Serves a build under `prefix` and starts Chromium for the tests in this file; both stop afterwards.
 * The build is dist/ (the source language) unless `dir` names another language's build.
 */
export function serveBuiltCourse(prefix = '/course/', dir = 'dist'): BuiltCourse {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await startStaticServer({ [prefix]: resolve(root, dir) });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the course server has not started');
    return value;
  };
  return {
    get url() {
      return `${started(server).url}${prefix}index.html`;
    },
    get origin() {
      return started(server).url;
    },
    get browser() {
      return started(browser);
    },
  };
}
