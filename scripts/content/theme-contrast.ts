import { DEFAULT_DARK_COLOURS, type CourseConfig } from '../../src/config/course-config.schema';
import type { ContentError } from './content-error';
import { contrastRatio } from './contrast';

/**
 * The cards' colour in each theme (--colour-surface in src/ui/styles.css; test/unit/theme-contrast.test.ts keeps the
 * two in step). Brand colours are checked on it as well as on the page background.
 */
export const SURFACE = { light: '#ffffff', dark: '#223333' } as const;

/** Text on a primary-coloured button or header: white in the light theme, the dark page colour in the dark one. */
export const ON_PRIMARY_LIGHT = '#ffffff';

type Theme = 'light' | 'dark';
type ThemeColours = CourseConfig['colours']['dark'] & object;

const AA_TEXT = 4.5;

/** The dark set a course uses: its own, or the defaults that suit the default brand. */
export function darkColours(colours: CourseConfig['colours']): ThemeColours {
  return colours.dark ?? DEFAULT_DARK_COLOURS;
}

/** Text on the theme's primary colour, as virtual:brand.css sets --colour-on-primary. */
export function onPrimary(theme: Theme, colours: ThemeColours): string {
  return theme === 'light' ? ON_PRIMARY_LIGHT : colours.background;
}

/** The line of `key` in the JSON source, looked for after `within` when given (the "dark" object). */
function lineOf(source: string, key: string, within?: string): number {
  const from = within ? Math.max(0, source.indexOf(`"${within}"`)) : 0;
  const at = source.indexOf(`"${key}"`, from);
  return at < 0 ? 1 : source.slice(0, at).split('\n').length;
}

/**
 * Checks that what the learner reads meets WCAG AA in both themes: body text and links on the page and on cards,
 * and the words on primary buttons and the header. Each problem names the line to fix; a course without its own
 * dark colours is checked with the defaults, reported at its "colours" line.
 */
export function themeContrastErrors(file: string, source: string, colours: CourseConfig['colours']): ContentError[] {
  const errors: ContentError[] = [];
  const themes: Array<[Theme, ThemeColours]> = [
    ['light', colours],
    ['dark', darkColours(colours)],
  ];
  const reported = new Set<string>();
  for (const [theme, c] of themes) {
    const surface = SURFACE[theme];
    const pairs: Array<[keyof ThemeColours, string, string, string]> = [
      ['text', c.text, c.background, 'the page background'],
      ['text', c.text, surface, 'cards'],
      ['primary', c.primary, c.background, 'the page background'],
      ['primary', c.primary, surface, 'cards'],
      ['primary', onPrimary(theme, c), c.primary, 'buttons and the header'],
    ];
    for (const [key, fg, bg, where] of pairs) {
      const ratio = contrastRatio(fg, bg);
      // In the dark theme, button words are the background colour: the same pair as primary on the page.
      const pair = `${theme}:${[fg, bg].sort().join(':')}`;
      if (ratio >= AA_TEXT || reported.has(pair)) continue;
      reported.add(pair);
      const path = theme === 'dark' ? `colours.dark.${key}` : `colours.${key}`;
      const advice =
        theme === 'dark'
          ? 'In the dark theme, choose a lighter primary or text colour, or a darker background.'
          : 'Choose a darker colour.';
      errors.push({
        file,
        line:
          theme === 'light'
            ? lineOf(source, key)
            : colours.dark
              ? lineOf(source, key, 'dark')
              : lineOf(source, 'colours'),
        id: path,
        message: `${fg} on ${bg} (${where}, ${theme} theme) has contrast ${ratio.toFixed(2)}:1; WCAG AA needs ${AA_TEXT}:1 for text. ${advice}`,
      });
    }
  }
  return errors;
}
