import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/content/build-catalog';
import { orderedLessons } from '../../src/course/navigation';
import { decodeSnapshot } from '../../src/persistence/snapshot-codec';
import { readOlderSnapshot } from '../../src/persistence/snapshot-older';
import { root, serveBuiltCourse } from './built-course';
import { watchPage } from './page-watch';

const { catalog } = buildCatalog(root);
if (!catalog) throw new Error('content does not build');
const lessons = orderedLessons(catalog);
const withReflection = lessons.find((l) => l.reflectionIds.length > 0);
if (!withReflection) throw new Error('the course has no reflection');
const storageKey = `mot:${catalog.config.id}:progress`;

const course = serveBuiltCourse();

async function openLesson(page: Page, lessonId: string, title: string) {
  await page.goto(`${course.url}#/lesson/${lessonId}`);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText('Loading the lesson…').waitFor({ state: 'detached' });
}

/** What browser storage holds for the course, read as the course reads it. */
async function storedFacts(page: Page) {
  const text = await page.evaluate((key) => localStorage.getItem(key), storageKey);
  const result = decodeSnapshot(catalog!, text ?? '', readOlderSnapshot);
  if (!result.ok) throw new Error(`storage holds ${text}: ${result.problem}`);
  return result.facts;
}

describe('saved progress without an LMS', () => {
  it('keeps reflection text typed just before the tab is closed', async () => {
    const context = await course.browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, course.origin);
    await openLesson(page, withReflection.id, withReflection.title);
    const text = 'Say the exact time: “I will call you back by 4 pm.” Écouter, puis répondre. 🙂';
    // fill then close at once, well inside the reflection's 0.8 s save delay.
    await page.getByRole('textbox').first().fill(text);
    const closed = new Promise((done) => page.once('close', done));
    await page.close({ runBeforeUnload: true });
    await closed;

    const reopened = await context.newPage();
    await openLesson(reopened, withReflection.id, withReflection.title);
    expect(await reopened.getByRole('textbox').first().inputValue()).toBe(text);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the lessons of two tabs open at once, whichever saves last', async () => {
    const context = await course.browser.newContext();
    const [one, two] = [lessons[1], lessons[2]];
    if (!one || !two) throw new Error('the course needs three lessons');
    const first = await context.newPage();
    const second = await context.newPage();
    // Both tabs start before either has saved, so neither read what the other will save.
    await first.goto(course.url);
    await second.goto(course.url);
    await first.getByRole('link', { name: 'Start course' }).waitFor();
    await second.getByRole('link', { name: 'Start course' }).waitFor();
    await openLesson(first, one.id, one.title);
    await openLesson(second, two.id, two.title);

    const third = await context.newPage();
    await third.goto(course.url);
    expect((await storedFacts(third)).visited).toEqual(expect.arrayContaining([one.id, two.id]));
    await context.close();
  });
});
