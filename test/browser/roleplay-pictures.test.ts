import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Reply, Scenario } from '../../src/scenario/scenario';
import { axeViolations } from './axe';
import { root, serveBuiltCourse, shots } from './built-course';
import { watchPage } from './page-watch';
import { builtScenarios } from './scenario-data';
import { VIEWPORTS } from './viewports';

const scenarios = builtScenarios();

/** Every Open Peeps portrait is drawn on this grid; no other picture in the course uses it. */
const PORTRAIT_MARK = "viewBox='0 0 704 704'";

/** A reply on the first scene after which the customer feels differently, found from the data. */
function moodChangingReply(scenario: Scenario): Reply {
  const first = scenario.scenes.find((s) => s.id === scenario.start);
  const startMood = first?.mood ?? scenario.customer.mood;
  const reply = first?.replies.find((r) => {
    const next = scenario.scenes.find((s) => s.id === r.next) ?? scenario.endings.find((e) => e.id === r.next);
    return next?.mood !== undefined && next.mood !== startMood;
  });
  if (!reply) throw new Error(`${scenario.id} has no first reply that changes the customer's mood`);
  return reply;
}

const portrait = (page: Page) => page.locator('.scn-customer .scn-portrait img');
const scene = (page: Page) => page.locator('.scn-intro img.scn-scene');

/** The image has arrived and been drawn at a visible size. */
async function drawn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const img = document.querySelector<HTMLImageElement>(css);
    return !!img && img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width >= 48;
  }, selector);
}

const course = serveBuiltCourse();

describe('the start screen', () => {
  it('ships no drawing code in the first-load bundle', () => {
    const assets = resolve(root, 'dist/assets');
    const entries = readdirSync(assets).filter((f) => /^index-.*\.js$/.test(f));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const code = readFileSync(resolve(assets, entry), 'utf8');
      expect(code.toLowerCase()).not.toContain('dicebear');
      expect(code).not.toContain(PORTRAIT_MARK);
    }
  });

  it('loads no portrait or scene on its first load', async () => {
    const context = await course.browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    const bodies: Promise<string>[] = [];
    const urls: string[] = [];
    page.on('response', (res) => {
      urls.push(res.url());
      if (res.url().endsWith('.js')) bodies.push(res.text());
    });
    await page.goto(course.url);
    await page.getByRole('link', { name: 'Start course' }).waitFor();
    await page.waitForLoadState('networkidle');
    const scenarioChunks = urls.filter((url) => scenarios.some((s) => url.includes(`/${s.id}-`)));
    expect(scenarioChunks).toEqual([]);
    for (const body of await Promise.all(bodies)) expect(body).not.toContain(PORTRAIT_MARK);
    expect(urls.filter((url) => url.startsWith('data:image/svg+xml'))).toEqual([]);
    await context.close();
  });
});

describe.each(VIEWPORTS)('role-play pictures at $width×$height', (viewport) => {
  const scenario = scenarios.find((s) => s.id === 'late-delivery') ?? scenarios[0]!;

  it(`shows ${scenario.id}'s scene and a portrait that changes with the customer's mood`, async () => {
    const context = await course.browser.newContext({ viewport });
    const page = await context.newPage();
    const watch = watchPage(page, course.origin);
    await page.goto(`${course.url}#/scenario/${scenario.id}`);
    await page.getByRole('group', { name: 'How do you reply?' }).waitFor();

    await expect.poll(() => drawn(page, '.scn-intro img.scn-scene')).toBe(true);
    await expect.poll(() => drawn(page, '.scn-customer .scn-portrait img')).toBe(true);
    // Decorative: the channel and the mood are in the text beside them.
    expect(await scene(page).getAttribute('alt')).toBe('');
    expect(await portrait(page).getAttribute('alt')).toBe('');
    expect(await scene(page).getAttribute('loading')).toBe('lazy');
    const before = await portrait(page).getAttribute('src');
    expect(before).toContain(PORTRAIT_MARK);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/${viewport.name}-roleplay-pictures-start.png`, fullPage: true });

    const reply = moodChangingReply(scenario);
    await page.getByRole('group', { name: 'How do you reply?' }).getByRole('button', { name: reply.text }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('group', { name: 'How do you reply?' }).waitFor();
    await expect.poll(() => portrait(page).getAttribute('src')).not.toBe(before);
    await expect.poll(() => drawn(page, '.scn-customer .scn-portrait img')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/${viewport.name}-roleplay-pictures-mood.png`, fullPage: true });

    // Line art needs its light panel and an edge in dark mode and with forced colours too.
    await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
    const panel = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.scn-portrait')!);
      return { border: style.borderTopStyle, width: style.borderTopWidth, background: style.backgroundColor };
    });
    expect(panel.border).toBe('solid');
    expect(panel.width).toBe('2px');
    expect(panel.background).not.toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: `${shots}/${viewport.name}-roleplay-pictures-forced-dark.png`, fullPage: true });

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });
});
