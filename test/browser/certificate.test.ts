import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyFacts } from '../../src/course/progress-facts';
import { courseScore } from '../../src/course/scoring';
import { axeViolations } from './axe';
import { shots, serveBuiltCourse } from './built-course';
import { catalog, finished, openWithSavedProgress } from './finished-learner';
import { watchPage } from './page-watch';
import { VIEWPORTS } from './viewports';
import { waitHidden, waitVisible } from './wait-for';

/** A4 landscape at 96 dpi: the page the certificate is printed on. */
const A4_LANDSCAPE = { width: 1123, height: 794 };

const course = serveBuiltCourse();

/** Pages in a PDF: each page object is `/Type /Page`; the page tree is `/Type /Pages`. */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('certificate', () => {
  it('has no way to the results from the header or outline before the course is complete', async () => {
    const context = await course.browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await context.newPage();
    const halfWay = { ...emptyFacts, visited: catalog.lessons.slice(0, 2).map((l) => l.id) };
    await openWithSavedProgress(page, course.url, halfWay, '#/outline');
    await waitVisible(page.getByRole('heading', { level: 1, name: 'Course outline' }));
    expect(await page.getByRole('link', { name: 'Results' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'See your results' }).count()).toBe(0);
    await context.close();
  });

  it('is reached from the header once complete and prints alone on one landscape A4 page', async () => {
    const context = await course.browser.newContext({ viewport: A4_LANDSCAPE });
    const page = await context.newPage();
    const watch = watchPage(page, course.origin);
    await openWithSavedProgress(page, course.url, finished, '#/outline');
    await waitVisible(page.getByRole('link', { name: 'See your results' }));
    await page.getByRole('navigation', { name: 'Course' }).getByRole('link', { name: 'Results' }).click();
    await waitVisible(page.getByRole('heading', { level: 1, name: 'Your results' }));

    await page.getByLabel('Your name, as it should appear on the certificate').fill('Sam Okafor');
    const certificate = page.getByRole('figure', { name: 'Certificate of completion' });
    const text = (await certificate.textContent()) ?? '';
    expect(text).toContain('Sam Okafor');
    expect(text).toContain(catalog.config.title);
    expect(text).toContain(catalog.config.organisation);
    expect(text).toContain(`Score ${courseScore(catalog, finished)}% · pass mark ${catalog.config.passMark}%`);
    expect(text).toMatch(/MOT-[0-9A-F]{4}-[0-9A-F]{4}/);
    // The logo is decorative (alt=""), so it has no role: find it as the element it is.
    const logo = certificate.locator('img');
    await waitVisible(logo);
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await waitHidden(page.getByRole('button', { name: 'Print or save as PDF' }));
    await waitHidden(page.getByRole('heading', { level: 1, name: 'Your results' }));
    await waitHidden(page.getByRole('banner'));
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await certificate.boundingBox();
    expect(box?.x, 'the certificate starts at the left of the page').toBeLessThan(10);
    expect(box?.y, 'the certificate starts at the top of the page').toBeLessThan(10);
    expect(box?.width, 'the certificate fills the width of the page').toBeGreaterThan(A4_LANDSCAPE.width - 20);
    await page.screenshot({ path: `${shots}/certificate-print.png` });

    const pdf = await page.pdf({ landscape: true, format: 'A4' });
    writeFileSync(`${shots}/certificate-print.pdf`, pdf);
    expect(pdfPageCount(pdf)).toBe(1);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
    it('is replaced, below the pass mark, by the role-plays to replay', async () => {
      const context = await course.browser.newContext({ viewport });
      const page = await context.newPage();
      const below = {
        ...finished,
        scenarios: Object.fromEntries(catalog.scenarios.map((s) => [s.id, { played: 1, best: 'misery' as const }])),
      };
      expect(courseScore(catalog, below)).toBeLessThan(catalog.config.passMark);
      await openWithSavedProgress(page, course.url, below, '#/results');
      const todo = page.getByRole('region', { name: 'What you still need to do' });
      await waitVisible(todo);
      expect(await page.getByRole('figure', { name: 'Certificate of completion' }).count()).toBe(0);
      const first = catalog.scenarios[0]!;
      await waitVisible(todo.getByRole('link', { name: first.title }));
      expect(await axeViolations(page)).toEqual([]);
      await todo.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/${viewport.name}-certificate-still-to-do.png` });
      await todo.getByRole('link', { name: first.title }).click();
      await page.waitForURL(/#\/(lesson|scenario)\//);
      await context.close();
    });

    it.each(['light', 'dark'] as const)('reads well on screen in the %s theme and passes axe', async (scheme) => {
      const context = await course.browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      await openWithSavedProgress(page, course.url, finished, '#/results');
      await page.getByLabel('Your name, as it should appear on the certificate').fill('Sam Okafor');
      const certificate = page.getByRole('figure', { name: 'Certificate of completion' });
      await waitVisible(certificate);
      expect(await axeViolations(page)).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no sideways scrolling').toBeLessThanOrEqual(viewport.width);
      await certificate.scrollIntoViewIfNeeded();
      await certificate.screenshot({ path: `${shots}/${viewport.name}-certificate-${scheme}.png` });
      await context.close();
    });
  });
});
