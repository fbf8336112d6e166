import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/content/build-catalog';
import { BUNDLED_FAMILY } from '../../scripts/content/typeface-css';
import { axeViolations } from './axe';
import { root, serveBuiltCourse, shots } from './built-course';
import { watchPage } from './page-watch';
import { VIEWPORTS } from './viewports';
import { waitVisible } from './wait-for';

const { catalog } = buildCatalog(root);
if (!catalog) throw new Error('content does not build; run npm run check:content');

const course = serveBuiltCourse('/lms/content/course/');

const isFontFile = (url: string) => /\.(woff2?|ttf|otf)(\?|$)/.test(new URL(url).pathname);

/**
 * The fonts Chromium actually drew an element's text with (CDP's CSS.getPlatformFontsForNode),
 * which, unlike the computed font-family, says whether the bundled face or a fallback was used.
 */
async function fontsDrawing(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.filter((f) => f.glyphCount > 0).map((f) => f.familyName);
}

const bundledFaceLoaded = (page: Page) =>
  page.evaluate(
    (family) => [...document.fonts].some((f) => f.family.replace(/['"]/g, '') === family && f.status === 'loaded'),
    BUNDLED_FAMILY,
  );

/**
 * How much room the start heading takes: the heading's height (its lines; every line-height in the
 * course is fixed) and the width of its text itself, not of the full-width heading.
 */
const headingSize = (page: Page) =>
  page.evaluate(() => {
    const heading = document.querySelector('h1');
    if (!heading) throw new Error('the start screen has no heading');
    const range = document.createRange();
    range.selectNodeContents(heading);
    return { width: range.getBoundingClientRect().width, height: heading.getBoundingClientRect().height };
  });

describe.each(VIEWPORTS)('typeface at $width×$height', (viewport) => {
  it('fetches no font for the start screen, then sets headings and body in Atkinson Hyperlegible Next', async () => {
    const context = await course.browser.newContext({ viewport });
    const page = await context.newPage();
    const watch = watchPage(page, course.origin);
    const fontRequests: string[] = [];
    page.on('request', (req) => {
      if (isFontFile(req.url())) fontRequests.push(new URL(req.url()).pathname.split('/').pop() ?? '');
    });

    await page.goto(course.url);
    await waitVisible(page.getByRole('link', { name: 'Start course' }));
    // Everything the start screen asks for, including anything it would load lazily once shown.
    await page.waitForLoadState('networkidle');
    expect(fontRequests, 'font files fetched by the start screen').toEqual([]);
    expect(await bundledFaceLoaded(page)).toBe(false);
    expect(await fontsDrawing(page, 'h1')).not.toContain('Atkinson Hyperlegible Next');
    const before = await headingSize(page);

    await page.getByRole('link', { name: 'Start course' }).click();
    await page.locator('.lesson__body h2').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(fontRequests).toEqual([expect.stringMatching(/^atkinson-hyperlegible-next-latin-wght-normal-.*\.woff2$/)]);
    expect(await bundledFaceLoaded(page)).toBe(true);
    expect(await fontsDrawing(page, 'h1')).toEqual(['Atkinson Hyperlegible Next']);
    expect(await fontsDrawing(page, '.lesson__body p')).toEqual(['Atkinson Hyperlegible Next']);
    expect(await fontsDrawing(page, '.lesson__body h2')).toEqual(['Atkinson Hyperlegible Next']);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/${viewport.name}-typeface-lesson.png`, fullPage: true });

    await page.goto(`${course.url}#/`);
    await page.getByRole('heading', { level: 1, name: catalog.config.title }).waitFor();
    expect(await fontsDrawing(page, 'h1')).toEqual(['Atkinson Hyperlegible Next']);
    expect(await fontsDrawing(page, 'main p')).toEqual(['Atkinson Hyperlegible Next']);
    // The fallback is chosen for its widths: the title takes the same lines in both faces.
    const after = await headingSize(page);
    expect(Math.round(after.height)).toBe(Math.round(before.height));
    console.log(
      `${viewport.name}: start heading text ${before.width.toFixed(1)} px wide, heading ${before.height.toFixed(1)} px high in the fallback; ${after.width.toFixed(1)} px and ${after.height.toFixed(1)} px in the bundled face`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/${viewport.name}-typeface-start.png`, fullPage: true });

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });
});
