import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import type { Reply } from '../../src/scenario/scenario';
import { shots, serveBuiltCourse } from './built-course';
import { watchPage } from './page-watch';
import { builtScenarios, pathTo } from './scenario-data';
import { VIEWPORTS } from './viewports';

// Replies are found by the words on their buttons, so amounts are written out as the build writes them.
const scenarios = builtScenarios();

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '');
}

/** Presses Tab until the focused control's text is `text`, as a keyboard user would. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if ((await focusedText(page)) === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach "${text}" with Tab`);
}

async function playByKeyboard(page: Page, path: readonly Reply[]): Promise<void> {
  for (const reply of path) {
    await tabTo(page, reply.text);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toContain(`Your reply:`);
    const next =
      (await page.getByRole('button', { name: 'See how it ends' }).count()) > 0 ? 'See how it ends' : 'Continue';
    await tabTo(page, next);
    await page.keyboard.press('Enter');
  }
}

const course = serveBuiltCourse();

describe.each(VIEWPORTS)('a role-play by keyboard alone at $width×$height', (viewport) => {
  const scenario = scenarios.find((s) => s.id === 'late-delivery') ?? scenarios[0]!;

  it(`plays ${scenario.id} to Misery, tries again and reaches WOW`, async () => {
    const context = await course.browser.newContext({ viewport });
    const page = await context.newPage();
    const watch = watchPage(page, course.origin);
    await page.goto(`${course.url}#/scenario/${scenario.id}`);
    await page.getByRole('group', { name: 'How do you reply?' }).waitFor();
    await page.screenshot({ path: `${shots}/${viewport.name}-scenario-start.png`, fullPage: true });

    await playByKeyboard(page, pathTo(scenario, 'misery'));
    await expect.poll(() => focusedText(page)).toMatch(/^Moment of Misery/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/${viewport.name}-scenario-misery.png`, fullPage: true });

    await tabTo(page, 'Try again');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'How do you reply?' }).waitFor();
    await playByKeyboard(page, pathTo(scenario, 'wow'));
    await expect.poll(() => focusedText(page)).toMatch(/^Moment of WOW/);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/${viewport.name}-scenario-wow.png`, fullPage: true });

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    await context.close();
  });
});
