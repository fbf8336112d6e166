import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCatalog } from '../../scripts/content/build-catalog';
import { formatMoneyTokens } from '../../scripts/content/money-token';
import { firstLaunch, planNextLaunch } from '../../scripts/lms-model/next-launch';
import type { StaticServer } from '../../scripts/serve/static-server';
import type { LessonEntry } from '../../src/course/catalog';
import { orderedLessons } from '../../src/course/navigation';
import type { Band } from '../../src/course/progress-facts';
import { isScoredCheck } from '../../src/course/scored-items';
import { BAND_POINTS } from '../../src/course/scoring';
import { decodeSnapshot } from '../../src/persistence/snapshot-codec';
import { readOlderSnapshot } from '../../src/persistence/snapshot-older';
import { replayThroughStrict, type RecordedCall } from '../unit/tracking-support/replay';
import type { Version } from '../unit/tracking-support/scorm-rules';
import { TEST_LEARNER } from '../unit/tracking-support/test-learner';
import { launchChromium } from './chromium';
import { serveLmsHost } from './lms-host';
import { watchPage } from './page-watch';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results/screenshots');
const { catalog } = buildCatalog(root);
if (!catalog) throw new Error('content does not build; run npm run check:content');
const lessons = orderedLessons(catalog);
/** Exit after this lesson, relaunch, and finish the rest. */
const EXIT_AFTER = Math.floor(lessons.length / 2) - 1;

/** Every reply's band, by the text on its button, from the authored scenario files. */
const replyBands = new Map<string, Band>();
for (const file of readdirSync(resolve(root, 'scenarios')).filter((f) => f.endsWith('.yaml'))) {
  const scenario = parse(readFileSync(resolve(root, 'scenarios', file), 'utf8')) as {
    scenes: Array<{ replies: Array<{ text: string; band: Band }> }>;
  };
  // Replies are found by the words on their buttons, so amounts are written out as the build writes them.
  for (const scene of scenario.scenes)
    for (const reply of scene.replies)
      replyBands.set(formatMoneyTokens(reply.text, catalog.config.money).trim(), reply.band);
}

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serveLmsHost();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface LmsRecord {
  readonly calls: RecordedCall[];
  readonly cmi: Record<string, unknown>;
}

async function openLms(version: Version, seed: Record<string, unknown>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const watch = watchPage(page, server.url);
  await page.addInitScript((s) => {
    (window as unknown as { lmsSeed: unknown }).lmsSeed = s;
  }, seed);
  await page.goto(`${server.url}/lms/lms-host.html?v=${version}`);
  return { context, page, watch, course: page.frameLocator('#course') };
}

const lmsRecord = (page: Page): Promise<LmsRecord> =>
  page.evaluate(() => {
    const lms = (window as unknown as { lms: { calls: RecordedCall[]; cmi: () => Record<string, unknown> } }).lms;
    return { calls: lms.calls, cmi: lms.cmi() };
  });

async function answerChecks(course: FrameLocator, lesson: LessonEntry) {
  for (const [i, checkId] of lesson.checkIds.entries()) {
    const check = catalog?.checks.find((c) => c.id === checkId);
    if (!check) throw new Error(`no check ${checkId}`);
    const region = course.getByRole('region', { name: /^Knowledge check/ }).nth(i);
    for (const option of check.options.filter((o) => o.correct))
      await region.locator(`input[value="${option.id}"]`).check();
    await region.getByRole('button', { name: 'Check my answer' }).click();
    const verdict =
      catalog && isScoredCheck(catalog, checkId)
        ? 'Your first answer counts towards your score'
        : 'This is a practice question: it does not count towards your score.';
    await region.getByText(verdict).waitFor();
  }
}

async function writeReflections(course: FrameLocator, lesson: LessonEntry) {
  for (const i of lesson.reflectionIds.keys()) {
    const field = course.getByRole('textbox').nth(i);
    await field.fill(`At my next shift I will say back what I heard (${lesson.id}).`);
    await field.press('Tab');
  }
}

/** Plays a role-play to its end, always choosing the reply with the best band on offer. */
async function playScenarios(course: FrameLocator, lesson: LessonEntry) {
  for (const scenarioId of lesson.scenarioIds) {
    const title = catalog?.scenarios.find((s) => s.id === scenarioId)?.title ?? scenarioId;
    const region = course.getByRole('region', { name: title, exact: true });
    const retry = region.getByRole('button', { name: 'Try again' });
    for (let turn = 0; turn < 40 && !(await retry.isVisible()); turn += 1) {
      const replies = region.getByRole('group', { name: 'How do you reply?' }).getByRole('button');
      await replies.first().waitFor();
      const texts = (await replies.allInnerTexts()).map((t) => t.trim());
      const best = texts.reduce((a, b) =>
        BAND_POINTS[replyBands.get(b) ?? 'misery'] > BAND_POINTS[replyBands.get(a) ?? 'misery'] ? b : a,
      );
      await region.getByRole('button', { name: best, exact: true }).click();
      await region.getByRole('button', { name: /^(Continue|See how it ends)$/ }).click();
      await Promise.race([retry.waitFor(), region.getByRole('group', { name: 'How do you reply?' }).waitFor()]);
    }
    await retry.waitFor();
  }
}

async function completeLesson(course: FrameLocator, lesson: LessonEntry) {
  await course.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
  await answerChecks(course, lesson);
  await writeReflections(course, lesson);
  await playScenarios(course, lesson);
}

const next = (course: FrameLocator, isLast: boolean) =>
  course.getByRole('link', { name: isLast ? /^See your results/ : /^Next/ }).click();

async function saveAndExit(page: Page, course: FrameLocator, name: string) {
  await course.getByRole('button', { name: 'Exit', exact: true }).click();
  await course.getByRole('heading', { level: 1, name: 'You can close this window' }).waitFor();
  await page.screenshot({ path: `${shots}/${name}.png` });
}

function flat(cmi: Record<string, unknown>, path: string): string {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], cmi);
  return typeof value === 'string' ? value : '';
}

function expectCleanRecord(version: Version, record: LmsRecord, interactionsAtStart: number) {
  const refused = record.calls.filter(
    (c) => /SetValue$|Commit$|Initialize$|Terminate$|LMSFinish$/.test(c.name) && c.error !== '0',
  );
  expect(refused, 'calls the LMS refused').toEqual([]);
  const strict = replayThroughStrict(version, record.calls, interactionsAtStart);
  expect(strict.violations, 'strict SCORM check').toEqual([]);
  expect(strict.counts.initialize).toBe(1);
  expect(strict.counts.terminate).toBe(1);
  return strict;
}

const interactionCount = (cmi: Record<string, unknown>) => Object.keys(cmi.interactions ?? {}).length;

describe.each<Version>(['1.2', '2004'])('the built course in a SCORM %s LMS', (version) => {
  it(
    'plays to the middle, exits, resumes where it left off, completes, and reports it all',
    { timeout: 300_000 },
    async () => {
      const is12 = version === '1.2';
      const first = await openLms(version, firstLaunch(version, TEST_LEARNER).seed);
      await first.course.getByRole('link', { name: 'Start course' }).click();
      for (const [i, lesson] of lessons.slice(0, EXIT_AFTER + 1).entries()) {
        await completeLesson(first.course, lesson);
        if (i < EXIT_AFTER) await next(first.course, false);
      }
      await saveAndExit(first.page, first.course, `lms-${version}-closed`);
      const sitting = await lmsRecord(first.page);
      expectCleanRecord(version, sitting, 0);
      expect(flat(sitting.cmi, is12 ? 'core.exit' : 'exit')).toBe('suspend');
      expect(flat(sitting.cmi, is12 ? 'core.lesson_location' : 'location')).toBe(lessons[EXIT_AFTER]?.id);
      expect(first.watch.consoleErrors).toEqual([]);
      expect(first.watch.failedRequests).toEqual([]);
      await first.context.close();

      const second = await openLms(
        version,
        // The course never reads total_time, so the time this LMS summed does not matter here.
        planNextLaunch({ version, learner: TEST_LEARNER, kept: sitting.cmi, totalSeconds: 0, masteryScore: null }).seed,
      );
      await second.course.getByRole('link', { name: 'Continue where you left off' }).click();
      const resumed = lessons[EXIT_AFTER];
      if (!resumed) throw new Error('no lesson to resume');
      await second.course.getByRole('heading', { level: 1, name: resumed.title }).waitFor();
      const answered = second.course.getByText('Your first answer counts towards your score');
      if (resumed.checkIds.length === 0) throw new Error('choose a lesson with a knowledge check to resume into');
      await answered.first().waitFor();
      await expect(answered.count()).resolves.toBe(resumed.checkIds.length);
      for (const [i, lesson] of lessons.slice(EXIT_AFTER).entries()) {
        const isLast = EXIT_AFTER + i === lessons.length - 1;
        if (i > 0) await completeLesson(second.course, lesson);
        await next(second.course, isLast);
      }
      await second.course.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
      await second.course.getByText('Jane Doe', { exact: true }).first().waitFor();
      await second.page.screenshot({ path: `${shots}/lms-${version}-results.png`, fullPage: true });
      await saveAndExit(second.page, second.course, `lms-${version}-finished`);
      const final = await lmsRecord(second.page);
      const strict = expectCleanRecord(version, final, interactionCount(sitting.cmi));
      expect(second.watch.consoleErrors).toEqual([]);
      expect(second.watch.failedRequests).toEqual([]);
      await second.context.close();

      const cmi = final.cmi;
      if (is12) {
        expect(flat(cmi, 'core.lesson_status')).toBe('passed');
        expect(flat(cmi, 'core.exit')).toBe('');
        expect(flat(cmi, 'core.score.raw')).toBe('100');
        expect(flat(cmi, 'core.score.max')).toBe('100');
      } else {
        expect(flat(cmi, 'completion_status')).toBe('completed');
        expect(flat(cmi, 'success_status')).toBe('passed');
        expect(flat(cmi, 'score.scaled')).toBe('1');
        expect(flat(cmi, 'progress_measure')).toBe('1');
        expect(flat(cmi, 'exit')).toBe('normal');
      }
      const restored = decodeSnapshot(catalog, flat(cmi, 'suspend_data'), readOlderSnapshot);
      expect(restored.ok && restored.facts.visited.length).toBe(lessons.length);
      const played = catalog.scenarios.length;
      const interactions = (cmi.interactions ?? {}) as Record<string, { id: string }>;
      const ids = Object.values(interactions).map((x) => x.id);
      expect(ids.filter((id) => id.startsWith('check.'))).toEqual(
        lessons.flatMap((l) => l.checkIds).map((id) => `check.${id}`),
      );
      expect(new Set(ids.filter((id) => id.startsWith('scenario.')).map((id) => id.split('.')[1])).size).toBe(played);
      const objectives = Object.values((cmi.objectives ?? {}) as Record<string, { id: string }>).map((o) => o.id);
      expect(objectives).toEqual([
        ...catalog.modules.filter((m) => m.graded).map((m) => `module.${m.id}`),
        ...catalog.scenarios.map((s) => `scenario.${s.id}`),
      ]);
      const commits = strict.counts.commit + replayThroughStrict(version, sitting.calls).counts.commit;
      console.info(
        `SCORM ${version}: ${commits} commits over ${lessons.length} lessons and ${played} role-plays; suspend_data ${flat(cmi, 'suspend_data').length} characters`,
      );
      expect(commits).toBeLessThanOrEqual(3 * (lessons.length + played));
    },
  );
});
