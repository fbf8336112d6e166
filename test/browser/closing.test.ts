import { describe, expect, it } from 'vitest';
import { courseScore } from '../../src/course/scoring';
import { axeViolations } from './axe';
import { shots, serveBuiltCourse } from './built-course';
import { catalog, finished, moduleTools, openWithSavedProgress } from './finished-learner';
import { watchPage } from './page-watch';
import { VIEWPORTS } from './viewports';
import { waitHidden, waitVisible } from './wait-for';

const course = serveBuiltCourse();

describe.each(VIEWPORTS)('closing screen at $width×$height', (viewport) => {
  it('shows the score against the pass mark, results per module and role-play, tools and a certificate', async () => {
    const context = await course.browser.newContext({ viewport });
    const page = await context.newPage();
    const watch = watchPage(page, course.origin);
    await openWithSavedProgress(page, course.url, finished, '#/results');

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
