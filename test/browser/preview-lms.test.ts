import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { svgIds } from '../../scripts/maps/scenario-dot';
import { buildPreviewApp } from '../../scripts/preview/build-preview-app';
import { startPreviewServer } from '../../scripts/preview/preview-server';
import type { StaticServer } from '../../scripts/serve/static-server';
import { axeViolations } from './axe';
import { launchChromium } from './chromium';
import { watchPage } from './page-watch';
import { writeFixtureSco } from './preview-fixture-sco';
import { builtScenarios } from './scenario-data';
import { DESKTOP, VIEWPORTS } from './viewports';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results');
const work = mkdtempSync(join(tmpdir(), 'preview-lms-'));

let browser: Browser;
let fixtureServer: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  await buildPreviewApp();
  fixtureServer = await startPreviewServer({ root, courseDir: writeFixtureSco(join(work, 'sco')) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await fixtureServer?.close();
  rmSync(work, { recursive: true, force: true });
});

async function openPreview(url: string, viewport: { width: number; height: number } = DESKTOP): Promise<Page> {
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

const sco = (page: Page) => page.frameLocator('iframe').locator('#state');
const panel = (page: Page) => page.getByRole('complementary', { name: 'What the LMS received' });
const fact = (page: Page, label: string) =>
  panel(page).locator('dt', { hasText: label }).locator('xpath=following-sibling::dd');
const answer = (page: Page) => page.frameLocator('iframe').getByRole('button', { name: 'Answer a question' }).click();

describe('preview LMS with a hand-written SCO', () => {
  it('hosts the SCO with scorm-again 2004 and shows status, score, location, interactions, objectives and calls', async () => {
    const page = await openPreview(fixtureServer.url);
    const watch = watchPage(page, fixtureServer.url);
    await expect.poll(() => sco(page).textContent()).toContain('Connected to SCORM 2004, entry=ab-initio, visits=1');
    await answer(page);
    await expect.poll(() => fact(page, 'Success').textContent()).toBe('passed');
    expect(await fact(page, 'Completion').textContent()).toBe('incomplete');
    expect(await fact(page, 'Score').textContent()).toBe('80 / 100 · scaled 0.8');
    expect(await fact(page, 'Location').textContent()).toBe('page-1');
    expect(await fact(page, 'Commits').textContent()).toBe('2');
    const interactions = panel(page).getByRole('region', { name: 'Interactions table' });
    expect(await interactions.getByRole('row').nth(1).textContent()).toContain('fixture-q1Fixture question 1');
    expect(await panel(page).getByRole('region', { name: 'Objectives table' }).textContent()).toContain('module-1');
    expect(await panel(page).locator('.big-number').textContent()).toBe('8 characters');
    // The SCO probes suspend_data on a first launch: 403 is expected and must be visible.
    const log = panel(page).getByRole('region', { name: 'Call log, newest first' });
    expect(await log.textContent()).toContain('Error 403');
    expect(await log.textContent()).toContain('SetValue cmi.success_statuspassed');
    expect(watch.failedRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('resumes like an LMS after exit and relaunch, and keeps the learner across a browser reload', async () => {
    const page = await openPreview(fixtureServer.url);
    await expect.poll(() => sco(page).textContent()).toContain('visits=1');
    await page.getByRole('button', { name: 'Exit and relaunch' }).click();
    await expect.poll(() => sco(page).textContent()).toContain('entry=resume, visits=2');
    expect(await fact(page, 'Location').textContent()).toBe('page-2');
    expect(
      await panel(page)
        .getByText(/exit="suspend": the LMS resumes/)
        .count(),
    ).toBe(1);
    await page.reload();
    await expect.poll(() => sco(page).textContent()).toContain('entry=resume, visits=3');
    expect(await fact(page, 'Attempt · launch').textContent()).toBe('1 · 3');
    expect(await fact(page, 'Session · total time').textContent()).toContain('10 s');
    await context.close();
  });

  it('starts a new attempt afresh, and forgets everything on reset learner', async () => {
    const page = await openPreview(fixtureServer.url);
    await expect.poll(() => sco(page).textContent()).toContain('visits=1');
    await page.getByRole('button', { name: 'New attempt' }).click();
    await expect.poll(() => sco(page).textContent()).toContain('entry=ab-initio, visits=1');
    expect(await fact(page, 'Attempt · launch').textContent()).toBe('2 · 2');
    await page.getByRole('button', { name: 'Reset learner' }).click();
    await expect.poll(() => fact(page, 'Attempt · launch').textContent()).toBe('1 · 1');
    expect(await sco(page).textContent()).toContain('entry=ab-initio, visits=1');
    await context.close();
  });

  it('exits to a closed state that says what the next launch will do, then launches again', async () => {
    const page = await openPreview(fixtureServer.url);
    await expect.poll(() => sco(page).textContent()).toContain('visits=1');
    await page.getByRole('button', { name: 'Exit course' }).click();
    await page.getByRole('heading', { name: 'The course is closed' }).waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await panel(page).locator('.pill').textContent()).toBe('Closed');
    await page.getByRole('button', { name: 'Launch course' }).first().click();
    await expect.poll(() => sco(page).textContent()).toContain('entry=resume, visits=2');
    await context.close();
  });

  it('switches to SCORM 1.2 and, with interactions unsupported, fails only interaction calls with 401', async () => {
    const page = await openPreview(fixtureServer.url);
    await page.getByRole('radio', { name: 'SCORM 1.2' }).check();
    await expect.poll(() => sco(page).textContent()).toContain('Connected to SCORM 1.2');
    await page.getByRole('checkbox', { name: /Interactions not supported/ }).check();
    await answer(page);
    await expect.poll(() => fact(page, 'Lesson status').textContent()).toBe('passed');
    expect(await fact(page, 'Score').textContent()).toBe('80 / 100');
    expect(
      await panel(page)
        .getByText(/preset is on: this LMS rejects every interaction/)
        .count(),
    ).toBe(1);
    await panel(page).getByRole('combobox', { name: 'Show' }).selectOption('failed');
    const log = await panel(page).getByRole('region', { name: 'Call log, newest first' }).textContent();
    expect(log).toContain('LMSSetValue cmi.interactions.0.id');
    expect(log).toContain('Error 401Not implemented errorPreset: interactions not supported');
    expect(log).not.toContain('cmi.core.score');
    await context.close();
  });

  it('fails SetValue and Commit with 351/391 when writes fail, and GetLastError reports it', async () => {
    const page = await openPreview(fixtureServer.url);
    await expect.poll(() => sco(page).textContent()).toContain('visits=1');
    await page.getByRole('checkbox', { name: /Writes fail/ }).check();
    await answer(page);
    await panel(page).getByRole('combobox', { name: 'Show' }).selectOption('failed');
    const log = await panel(page).getByRole('region', { name: 'Call log, newest first' }).textContent();
    expect(log).toContain('Error 351General Set Failure');
    expect(log).toContain('Error 391General Commit Failure');
    expect(await fact(page, 'Score').textContent()).toBe('(empty)');
    const lastError = await page.evaluate(() => {
      const api = (window as unknown as { API_1484_11: Record<string, (...a: string[]) => string> }).API_1484_11;
      return [api.SetValue!('cmi.location', 'x'), api.GetLastError!(), api.GetErrorString!('351')];
    });
    expect(lastError).toEqual(['false', '351', 'General Set Failure']);
    await context.close();
  });

  it('seeds the mastery score from the pass mark when that preset is on', async () => {
    const page = await openPreview(fixtureServer.url);
    await page.getByRole('radio', { name: 'SCORM 1.2' }).check();
    await page.getByRole('checkbox', { name: /Mastery score set/ }).check();
    await page.getByRole('button', { name: 'Exit and relaunch' }).click();
    await expect.poll(() => fact(page, 'Mastery score').textContent()).toBe('75');
    await context.close();
  });
});

describe('preview LMS with the built course', () => {
  let courseServer: StaticServer;
  beforeAll(async () => {
    courseServer = await startPreviewServer({ root });
  });
  afterAll(async () => {
    await courseServer?.close();
  });

  it.each(VIEWPORTS)(
    'shows the course start screen in the frame at $width×$height, is accessible, and has no failed request',
    async (viewport) => {
      const page = await openPreview(courseServer.url, viewport);
      const watch = watchPage(page, courseServer.url);
      await page.frameLocator('iframe').getByRole('link', { name: 'Start course' }).waitFor();
      // The course's own tracking found the preview's API and opened a session.
      await expect.poll(() => panel(page).locator('.pill').textContent()).toBe('Running');
      // A clean first launch shows no failed LMS call (a 2004 read of an unset element answers 403: not a failure).
      expect(await fact(page, 'Failed calls').textContent()).toBe('0');
      expect(await page.getByRole('link', { name: /SCORM 1\.2/ }).getAttribute('href')).toMatch(
        /^release\/.+-scorm12\.zip$/,
      );
      expect(await page.getByRole('link', { name: /SCORM 2004/ }).getAttribute('href')).toMatch(
        /^release\/.+-scorm2004\.zip$/,
      );
      expect(watch.failedRequests).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.waitForTimeout(300);
      await page.screenshot({
        path: join(shots, `preview-lms-${viewport.name}.png`),
        fullPage: viewport.name === 'phone',
      });
      await context.close();
    },
  );

  it('is operable by keyboard: the skip link, the version switch, the language switch and the presets take focus in order', async () => {
    const page = await openPreview(courseServer.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to what the LMS received');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const names: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab');
      names.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return (el?.labels?.[0] ?? el)?.textContent?.trim() ?? '';
        }),
      );
    }
    expect(names.join(' | ')).toMatch(
      /SCORM 2004.*(British English.*)?Mastery score set.*Interactions not supported.*Writes fail.*Exit course/s,
    );
    await context.close();
  });

  it.each(VIEWPORTS)(
    'follows a role-play on its map at $width×$height: after two replies the scene the second leads to is highlighted',
    async (viewport) => {
      const scenario = builtScenarios().find((s) => s.id === 'late-delivery')!;
      const first = scenario.scenes.find((s) => s.id === scenario.start)!.replies.find((r) => r.id === 'tell-her-now')!;
      const second = scenario.scenes.find((s) => s.id === first.next)!.replies.find((r) => r.id === 'own-it-and-ask')!;
      const page = await openPreview(courseServer.url, viewport);
      const watch = watchPage(page, courseServer.url);
      await expect.poll(() => panel(page).locator('.pill').textContent()).toBe('Running');
      const map = panel(page).locator('section', { has: page.getByRole('heading', { name: 'Role-play map' }) });
      expect(await map.textContent()).toContain('No role-play reply yet');
      // Straight to the role-play, as a learner arriving at it in its lesson would play it.
      await page
        .frames()
        .find((f) => f.url().includes('/courses/'))!
        .evaluate((id) => (window.location.hash = `#/scenario/${id}`), scenario.id);
      const course = page.frameLocator('iframe');
      for (const reply of [first, second]) {
        await course.getByRole('button', { name: reply.text, exact: true }).click();
        await course.getByRole('button', { name: 'Continue', exact: true }).click();
      }
      const highlighted = map.locator('svg g.highlighted');
      await expect.poll(() => highlighted.getAttribute('id')).toBe(svgIds(scenario.id).scene(second.next));
      expect(await highlighted.count()).toBe(1);
      const options = scenario.scenes.find((s) => s.id === second.next)!;
      expect(await map.getByText(/^Scene:/).textContent()).toBe(`Scene: ${options.id} — ${options.customer[0]}`);
      expect(await map.getByRole('img').getAttribute('aria-labelledby')).toMatch(/map-title-late-delivery/);
      // The map scrolls inside its box, by keyboard too; the page itself never gets wider than the screen.
      const box = map.getByRole('region', { name: /^Map of The late delivery/ });
      expect(await box.getAttribute('tabindex')).toBe('0');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const full = map.getByRole('link', { name: /Open the map full size/ });
      const fullSize = await page.request.get(new URL((await full.getAttribute('href'))!, `${courseServer.url}/`).href);
      expect(await fullSize.text()).toContain('class="node scene highlighted"');
      expect(watch.failedRequests).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await map.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(shots, `preview-lms-map-${viewport.name}.png`),
        fullPage: viewport.name === 'phone',
      });
      await map.screenshot({ path: join(shots, `preview-lms-map-card-${viewport.name}.png`) });
      await context.close();
    },
  );

  it('follows a role-play on its map in cmi5 mode, from the answered statements the LRS stored', async () => {
    const scenario = builtScenarios().find((s) => s.id === 'late-delivery')!;
    const reply = scenario.scenes.find((s) => s.id === scenario.start)!.replies.find((r) => r.id === 'hint-at-delay')!;
    const page = await openPreview(courseServer.url);
    await page.getByRole('radio', { name: 'cmi5' }).check();
    await page.frameLocator('iframe').getByRole('link', { name: 'Start course' }).waitFor();
    // The AU's frame, launched by the preview's cmi5 launcher with the LRS endpoint in its query.
    const frame = page.frames().find((f) => f.url().includes('/courses/') && f.url().includes('endpoint='))!;
    await frame.evaluate((id) => (window.location.hash = `#/scenario/${id}`), scenario.id);
    await page.frameLocator('iframe').getByRole('button', { name: reply.text, exact: true }).click();
    const map = page.locator('section', { has: page.getByRole('heading', { name: 'Role-play map' }) });
    await expect
      .poll(() => map.locator('svg g.highlighted').getAttribute('id'), { timeout: 15_000 })
      .toBe(svgIds(scenario.id).scene(reply.next));
    expect(await map.getByText(/^Scene:/).textContent()).toContain(`Scene: ${reply.next} — `);
    await context.close();
  });
});
