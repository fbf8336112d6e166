import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/content/build-catalog';
import type { ProgressFacts } from '../../src/course/progress-facts';
import { courseScore } from '../../src/course/scoring';
import { BROWSER_STORAGE_CAPACITY } from '../../src/persistence/capacity';
import { encodeSnapshot } from '../../src/persistence/snapshot-codec';
import { axeViolations } from './axe';
import { root, shots, serveBuiltCourse } from './built-course';
import { watchPage } from './page-watch';
import { VIEWPORTS } from './viewports';
import { waitHidden, waitVisible } from './wait-for';

const { catalog, moduleTools } = buildCatalog(root);
if (!catalog) throw new Error('content does not build');

/** A learner who finished everything: every check right first time, every role-play ended in WOW but one. */
const finished: ProgressFacts = {
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

const course = serveBuiltCourse();

describe.each(VIEWPORTS)('closing screen at $width×$height', (viewport) => {
  it('shows the score against the pass mark, results per module and role-play, tools and a certificate', async () => {
    const context = await course.browser.newContext({ viewport });
    const page = await context.newPage();
    const watch = watchPage(page, course.origin);
    await page.goto(course.url);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [`mot:${catalog.config.id}:progress`, encodeSnapshot(catalog, finished, BROWSER_STORAGE_CAPACITY)],
    );
    await page.goto(`${course.url}#/results`);
    await page.reload();

    const score = Math.round(courseScore(catalog, finished) ?? 0);
    await page.getByText(`${score}%`, { exact: true }).waitFor();
    await page.getByText('You passed. Well done.').waitFor();
    for (const module of catalog.modules.filter((m) => m.graded)) {
      await page.getByRole('heading', { level: 3, name: new RegExp(`Module \\d: ${module.title}`) }).waitFor();
      for (const tool of moduleTools[module.id] ?? []) await page.getByText(tool, { exact: true }).waitFor();
    }
    for (const scenario of catalog.scenarios) await page.getByRole('link', { name: scenario.title }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Your name, as it should appear on the certificate').fill('Sam Okafor');
    const certificate = page.getByRole('figure', { name: 'Certificate of completion' });
    await expect(certificate.textContent()).resolves.toContain('Sam Okafor');
    await expect(certificate.textContent()).resolves.toContain(catalog.config.title);
    await page.screenshot({ path: `${shots}/${viewport.name}-results.png`, fullPage: true });

    const print = page.getByRole('button', { name: 'Print or save as PDF' });
    await waitVisible(print);
    await page.emulateMedia({ media: 'print' });
    await waitHidden(print);
    await waitVisible(certificate);
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await certificate.boundingBox();
    expect(box?.y, 'the certificate starts the printed page').toBeLessThan(50);
    await page.screenshot({ path: `${shots}/${viewport.name}-certificate-print.png` });
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
