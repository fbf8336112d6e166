import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/content/build-catalog';
import type { LessonEntry } from '../../src/course/catalog';
import { orderedLessons } from '../../src/course/navigation';
import { root, serveBuiltCourse } from './built-course';
import { DESKTOP } from './viewports';

const { catalog } = buildCatalog(root);
if (!catalog) throw new Error('content does not build; run npm run check:content');
const lessons = orderedLessons(catalog);

/** A learner who answers by pattern instead of understanding: a rule for picking among what is shown. */
type Strategy = 'longest' | 'first' | 'last';

async function pick(choices: Locator, strategy: Strategy): Promise<number> {
  const texts = (await choices.allInnerTexts()).map((t) => t.trim());
  if (strategy === 'first') return 0;
  if (strategy === 'last') return texts.length - 1;
  return texts.reduce(
    (best, text, i) => (text.split(/\s+/).length > (texts[best] ?? '').split(/\s+/).length ? i : best),
    0,
  );
}

async function answerChecks(page: Page, lesson: LessonEntry, strategy: Strategy) {
  for (const i of lesson.checkIds.keys()) {
    const region = page.getByRole('region', { name: /^Knowledge check/ }).nth(i);
    const labels = region.locator('label');
    await labels.nth(await pick(labels, strategy)).click();
    await region.getByRole('button', { name: 'Check my answer' }).click();
    await region.getByRole('button', { name: 'Try again' }).waitFor();
  }
}

async function playScenarios(page: Page, lesson: LessonEntry, strategy: Strategy) {
  for (const scenarioId of lesson.scenarioIds) {
    const title = catalog?.scenarios.find((s) => s.id === scenarioId)?.title ?? scenarioId;
    const region = page.getByRole('region', { name: title, exact: true });
    const ended = region.getByRole('button', { name: 'Try again' });
    const replyGroup = region.getByRole('group', { name: 'How do you reply?' });
    for (let turn = 0; turn < 40 && !(await ended.isVisible()); turn += 1) {
      const replies = replyGroup.getByRole('button');
      await replies.first().waitFor();
      await replies.nth(await pick(replies, strategy)).click();
      await region.getByRole('button', { name: /^(Continue|See how it ends)$/ }).click();
      await Promise.race([ended.waitFor(), replyGroup.waitFor()]);
    }
    await ended.waitFor();
  }
}

const course = serveBuiltCourse();

describe('a learner who answers by pattern, not understanding', () => {
  it.each<Strategy>(['longest', 'first', 'last'])(
    'always picking the %s option or reply scores below the pass mark',
    { timeout: 240_000 },
    async (strategy) => {
      const context = await course.browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      await page.goto(course.url);
      await page.getByRole('link', { name: 'Start course' }).click();
      for (const [i, lesson] of lessons.entries()) {
        await page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
        await answerChecks(page, lesson, strategy);
        await playScenarios(page, lesson, strategy);
        await page.getByRole('link', { name: i === lessons.length - 1 ? /^See your results/ : /^Next/ }).click();
      }
      const shown = await page.locator('.score-summary__value').textContent();
      const score = Number(/^(\d+)%$/.exec(shown?.trim() ?? '')?.[1]);
      expect(Number.isInteger(score), `score shown: ${shown}`).toBe(true);
      console.info(`[guessing] always the ${strategy}: ${score}% (pass mark ${catalog.config.passMark}%)`);
      expect(score).toBeLessThan(catalog.config.passMark);
      await context.close();
    },
  );
});
