import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../scripts/content/contrast';
import { SURFACE } from '../../scripts/content/theme-contrast';
import { DEFAULT_DARK_COLOURS } from '../../src/config/course-config.schema';
import { BANDS } from '../../src/course/progress-facts';

const css = readFileSync(resolve(import.meta.dirname, '../../src/scenario/scenario.css'), 'utf8');
const DARK_MARK = '@media screen and (prefers-color-scheme: dark)';
const darkAt = css.indexOf(DARK_MARK);

/** A `--name: #rrggbb` of the light theme (before the dark block) or of the dark block. */
function colour(name: string, theme: 'light' | 'dark' = 'light'): string {
  const part = theme === 'light' ? css.slice(0, darkAt) : css.slice(darkAt);
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(part);
  if (!match?.[1]) throw new Error(`scenario.css does not define --${name} as a #rrggbb colour in the ${theme} theme`);
  return match[1];
}

const THEMES = {
  light: { surface: SURFACE.light, background: '#f7f5f0' },
  dark: { surface: SURFACE.dark, background: DEFAULT_DARK_COLOURS.background },
} as const;

it('scenario.css has a dark block', () => {
  expect(darkAt).toBeGreaterThan(0);
});

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  const { surface, background } = THEMES[theme];

  it.each(BANDS)('the %s badge text meets WCAG AA on its tint and on the card', (band) => {
    const text = colour(`scn-${band}-text`, theme);
    expect(contrastRatio(text, colour(`scn-${band}-bg`, theme))).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(text, surface)).toBeGreaterThanOrEqual(4.5);
  });

  it('muted text stays readable on the cards and on the conversation background', () => {
    const muted = colour('scn-muted', theme);
    expect(contrastRatio(muted, surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(muted, background)).toBeGreaterThanOrEqual(4.5);
  });
});
