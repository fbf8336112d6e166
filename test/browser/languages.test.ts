import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDirFor } from '../../scripts/i18n/build-dirs';
import { localeBuildFor, PSEUDO_BUILD_NAME } from '../../scripts/i18n/locale-build-for';
import { axeViolations } from './axe';
import { root, serveBuiltCourse, shots } from './built-course';
import { watchPage } from './page-watch';
import { builtScenarios, pathTo } from './scenario-data';
import { uiTextIn } from './ui-text';

/** The width of a small phone, the narrowest a longer language must fit, and a laptop. */
const SIZES = [
  { name: 'narrow', width: 320, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/**
 * Words that give away English left in a page that should be in another language: plain letters in
 * the pseudo-locale (where every letter is accented), and English's commonest little words in Spanish.
 */
const UNTRANSLATED: Readonly<Record<string, RegExp | null>> = {
  [PSEUDO_BUILD_NAME]: /[A-Za-z]{2,}/,
  es: /\b(the|and|you|your|with|what|this|that|of|is|are|to|for|not|it)\b/,
  'en-ZA': null,
};

/** Every visible text on the page and every name a screen reader reads, one string each. */
async function shownWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || parent.closest('svg')) continue;
      const style = getComputedStyle(parent);
      const hiddenVisually = parent.closest('.visually-hidden') !== null;
      if (!hiddenVisually && (style.display === 'none' || style.visibility === 'hidden')) continue;
      found.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [alt], [title]'))
      for (const name of ['aria-label', 'alt', 'title']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    found.push(document.title);
    return found;
  });
}

/** What is cut off or sticks out: the page scrolling sideways, or a box hiding words that do not fit. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > window.innerWidth + 1)
      problems.push(`the page is ${page.scrollWidth}px wide in a ${window.innerWidth}px window`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(element);
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (!clips || element.closest('.visually-hidden') || element.closest('svg')) continue;
      if (element.scrollWidth > element.clientWidth + 1 && (element.textContent ?? '').trim() !== '')
        problems.push(
          `${element.tagName.toLowerCase()}.${element.className} clips its words (${element.scrollWidth}px in ${element.clientWidth}px)`,
        );
    }
    return problems;
  });
}

async function checkScreen(page: Page, locale: string, screen: string, size: string): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const pattern = UNTRANSLATED[locale];
  if (pattern) expect((await shownWords(page)).filter((text) => pattern.test(text))).toEqual([]);
  expect(await layoutProblems(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/${locale}-${size}-${screen}.png`, fullPage: true });
}

describe.each(Object.keys(UNTRANSLATED))('the course in %s', (locale) => {
  const build = localeBuildFor(root, locale);
  const course = serveBuiltCourse('/course/', buildDirFor(build.locale));
  const ui = uiTextIn(locale);
  const scenario = builtScenarios(build).find((s) => s.id === 'late-delivery');
  if (!scenario) throw new Error('late-delivery is not built');

  describe.each(SIZES)('at $width px', (size) => {
    it('sets its language and direction, and shows a lesson with a knowledge check', async () => {
      const page = await course.browser.newPage({ viewport: size });
      const watch = watchPage(page, course.origin);
      await page.goto(course.url);
      await page.getByRole('link', { name: ui('start.begin') }).waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        build.locale,
        build.dir,
      ]);
      await checkScreen(page, locale, 'start', size.name);

      await page.goto(`${course.url}#/lesson/misery-mediocrity-and-wow`);
      const check = page.getByRole('region', { name: ui('check.label') }).first();
      await check.getByRole('radio').first().check();
      await check.getByRole('button', { name: ui('check.submit') }).click();
      await check
        .getByText(ui('check.result.right'))
        .or(check.getByText(ui('check.result.wrong')))
        .waitFor();
      await checkScreen(page, locale, 'lesson', size.name);
      expect(watch.consoleErrors).toEqual([]);
      await page.close();
    });

    it('plays a role-play to its best ending', async () => {
      const page = await course.browser.newPage({ viewport: size });
      const watch = watchPage(page, course.origin);
      await page.goto(`${course.url}#/scenario/${scenario.id}`);
      await page.getByRole('group', { name: ui('roleplay.replies-label') }).waitFor();
      await checkScreen(page, locale, 'roleplay', size.name);
      for (const reply of pathTo(scenario, 'wow')) {
        await page.getByRole('button', { name: reply.text }).click();
        const next = page
          .getByRole('button', { name: ui('roleplay.see-ending') })
          .or(page.getByRole('button', { name: ui('roleplay.continue') }));
        await next.click();
      }
      await page
        .getByText(ui('band.moment', { band: 'wow' }))
        .first()
        .waitFor();
      await checkScreen(page, locale, 'ending', size.name);
      expect(watch.consoleErrors).toEqual([]);
      await page.close();
    });
  });
});
