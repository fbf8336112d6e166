import type { Page } from 'playwright-core';
import { buildCatalog } from '../../scripts/content/build-catalog';
import type { CourseCatalog } from '../../src/course/catalog';
import type { ProgressFacts } from '../../src/course/progress-facts';
import { BROWSER_STORAGE_CAPACITY } from '../../src/persistence/capacity';
import { encodeSnapshot } from '../../src/persistence/snapshot-codec';
import { root } from './built-course';

const built = buildCatalog(root);
if (!built.catalog) throw new Error('content does not build');

/** The real course's catalogue and tools, as the build makes them. */
export const catalog: CourseCatalog = built.catalog;
export const moduleTools = built.moduleTools;

/** A learner who finished everything: every check right first time, every role-play ended in WOW but one. */
export const finished: ProgressFacts = {
  visited: catalog.lessons.map((l) => l.id),
  checks: Object.fromEntries(
    catalog.checks.map((c) => [c.id, { answer: c.options.filter((o) => o.correct).map((o) => o.id), correct: true }]),
  ),
  scenarios: Object.fromEntries(
    catalog.scenarios.map((s, i) => {
      const band = i === 0 ? 'mediocrity' : 'wow';
      return [s.id, { played: 1, best: band }];
    }),
  ),
  reflections: {},
  location: catalog.lessons.at(-1)?.id ?? null,
};

/**
 * Opens the built course at `hash` as a returning learner whose browser saved `facts`, the way the
 * course saves them outside an LMS.
 */
export async function openWithSavedProgress(page: Page, url: string, facts: ProgressFacts, hash: string) {
  await page.goto(url);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [`mot:${catalog.config.id}:progress`, encodeSnapshot(catalog, facts, BROWSER_STORAGE_CAPACITY)],
  );
  await page.goto(`${url}${hash}`);
  await page.reload();
}
