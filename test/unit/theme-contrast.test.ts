import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../scripts/content/content-error';
import { contrastRatio } from '../../scripts/content/contrast';
import { SURFACE, themeContrastErrors } from '../../scripts/content/theme-contrast';
import { brandCss } from '../../scripts/content/vite-plugin-course';
import { DEFAULT_DARK_COLOURS } from '../../src/config/course-config.schema';

const LIGHT = { primary: '#0f5c5a', accent: '#e0913a', background: '#f7f5f0', text: '#1d2426' };

function configSource(colours: object): string {
  return JSON.stringify({ id: 'x', colours, passMark: 75 }, null, 2);
}

function check(colours: Parameters<typeof themeContrastErrors>[2]): string[] {
  return themeContrastErrors('course.config.json', configSource(colours), colours).map(formatContentError);
}

describe('brand contrast in both themes', () => {
  it('accepts the default brand, with and without its own dark colours', () => {
    expect(check(LIGHT)).toEqual([]);
    expect(check({ ...LIGHT, dark: DEFAULT_DARK_COLOURS })).toEqual([]);
  });

  it('names the line of a dark primary colour too dim on the dark background', () => {
    const errors = check({ ...LIGHT, dark: { ...DEFAULT_DARK_COLOURS, primary: '#0f5c5a' } });
    // Line 9 is "primary" inside "dark" (line 8); line 4 is the light primary.
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /^course\.config\.json:9 \[colours\.dark\.primary\] #0f5c5a on #112222 \(the page background, dark theme\)/,
    );
    expect(errors[1]).toMatch(
      /^course\.config\.json:9 \[colours\.dark\.primary\] #0f5c5a on #223333 \(cards, dark theme\)/,
    );
  });

  it('names the line of dark text that is too dim', () => {
    const errors = check({ ...LIGHT, dark: { ...DEFAULT_DARK_COLOURS, text: '#555555' } });
    expect(errors[0]).toMatch(
      /^course\.config\.json:12 \[colours\.dark\.text\] #555555 on #112222 .* contrast 2\.\d\d:1/,
    );
  });

  it('still checks the light theme, at the light key', () => {
    const errors = check({ ...LIGHT, primary: '#7fbfbf' });
    expect(
      errors.some((e) =>
        e.startsWith('course.config.json:4 [colours.primary] #7fbfbf on #ffffff (cards, light theme)'),
      ),
    ).toBe(true);
  });
});

describe('the default brand', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../src/ui/styles.css'), 'utf8');
  const dark = css.slice(css.indexOf('@media screen and (prefers-color-scheme: dark)'));

  it('uses the card colours the check assumes', () => {
    expect(css).toMatch(new RegExp(`--colour-surface: ${SURFACE.light}`));
    expect(dark).toMatch(new RegExp(`--colour-surface: ${SURFACE.dark}`));
  });

  it.each([
    ['muted', SURFACE.dark],
    ['muted', DEFAULT_DARK_COLOURS.background],
    ['danger', SURFACE.dark],
    ['success', SURFACE.dark],
    ['in-progress', SURFACE.dark],
    ['focus', DEFAULT_DARK_COLOURS.background],
  ])('dark --colour-%s stays readable on %s', (name, ground) => {
    const value = new RegExp(`--colour-${name}: (#[0-9a-f]{6})`).exec(dark)?.[1] ?? '';
    expect(contrastRatio(value, ground)).toBeGreaterThanOrEqual(4.5);
  });

  it('writes the dark set into a prefers-color-scheme block of the brand CSS', () => {
    const brand = brandCss(LIGHT);
    expect(brand).toContain('--colour-primary:#0f5c5a');
    expect(brand).toContain(
      `@media screen and (prefers-color-scheme:dark){:root{--colour-primary:${DEFAULT_DARK_COLOURS.primary}`,
    );
    expect(brand).toContain(`--colour-on-primary:${DEFAULT_DARK_COLOURS.background}`);
  });
});
