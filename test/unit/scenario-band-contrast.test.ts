import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { contrastRatio } from '../../scripts/content/contrast';
import { BANDS } from '../../src/course/progress-facts';

const css = readFileSync(resolve(import.meta.dirname, '../../src/scenario/scenario.css'), 'utf8');

function colour(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
  if (!match?.[1]) throw new Error(`scenario.css does not define --${name} as a #rrggbb colour`);
  return match[1];
}

const WHITE = '#ffffff';
const COURSE_BACKGROUND = '#f7f5f0';

it.each(BANDS)('the %s badge text meets WCAG AA on its tint and on white', (band) => {
  const text = colour(`scn-${band}-text`);
  expect(contrastRatio(text, colour(`scn-${band}-bg`))).toBeGreaterThanOrEqual(4.5);
  expect(contrastRatio(text, WHITE)).toBeGreaterThanOrEqual(4.5);
});

it('muted text stays readable on the cards and on the conversation background', () => {
  const muted = colour('scn-muted');
  expect(contrastRatio(muted, WHITE)).toBeGreaterThanOrEqual(4.5);
  expect(contrastRatio(muted, COURSE_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
});
