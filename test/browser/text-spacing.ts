import type { Page } from 'playwright-core';

/**
 * WCAG 1.4.12's text spacing, applied as a learner's own stylesheet or bookmarklet would. Needs a context created
 * with `bypassCSP: true`, since the course's policy (rightly) refuses inline styles.
 */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

export async function applyTextSpacing(page: Page): Promise<void> {
  await page.addStyleTag({ content: TEXT_SPACING_CSS });
}

/**
 * Elements matching `selector`, and their descendants, whose content is wider than their box, cut off with an
 * ellipsis or off the screen, plus the page itself when it scrolls sideways. Empty when nothing overflows.
 */
export async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of document.querySelectorAll<HTMLElement>(sel)) {
      for (const e of [element, ...element.querySelectorAll<HTMLElement>('*')]) {
        const style = getComputedStyle(e);
        if (style.display === 'none' || e.closest('.visually-hidden')) continue;
        const name = `${e.tagName.toLowerCase()}.${e.className} "${e.innerText.trim().slice(0, 40)}"`;
        if (e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
          found.push(`${name} clips: ${e.scrollWidth} > ${e.clientWidth}`);
        if (style.textOverflow === 'ellipsis' && style.overflowX !== 'visible')
          found.push(`${name} ends in an ellipsis`);
        const box = e.getBoundingClientRect();
        if (box.right > root.clientWidth + 1 || box.left < -1)
          found.push(`${name} runs off the screen: ${box.left}–${box.right}`);
      }
    }
    return found;
  }, selector);
}
