import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FaceSetting, Typeface } from '../../src/config/typeface-schema';

/** The family name @fontsource-variable/atkinson-hyperlegible-next declares in its @font-face rules. */
export const BUNDLED_FAMILY = 'Atkinson Hyperlegible Next Variable';

/**
 * What the bundled face falls back to before it arrives (the start screen never waits for it).
 * Arial and its metric twin Liberation Sans set the same text within 0.5% of the width of
 * Atkinson Hyperlegible Next (measured in Chromium over a paragraph of the course), so the swap
 * barely moves a line; every line-height in the course is fixed, so nothing moves vertically.
 */
const BUNDLED_FALLBACK = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/** Fonts every common device already has, chosen on purpose: the "system" setting. */
export const SYSTEM_STACK = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const DEFAULT: Required<Typeface> = { body: 'bundled', headings: 'bundled' };

/** The settings with the defaults filled in: the bundled face for both when the config says nothing. */
export function resolvedTypeface(typeface: Partial<Typeface> | undefined): Required<Typeface> {
  return { ...DEFAULT, ...typeface };
}

function stackFor(setting: FaceSetting): string {
  if (setting === 'bundled') return `'${BUNDLED_FAMILY}', ${BUNDLED_FALLBACK}`;
  if (setting === 'system') return SYSTEM_STACK;
  return setting.trim();
}

/** True when either setting needs the bundled font files in the package. */
export function usesBundledFace(typeface: Partial<Typeface> | undefined): boolean {
  const { body, headings } = resolvedTypeface(typeface);
  return body === 'bundled' || headings === 'bundled';
}

/**
 * The custom properties the stylesheets read: `--font` for body text, `--font-display` for headings.
 * Part of virtual:brand.css, so it is in the first load; the @font-face rules are not (see
 * `typefaceModule`), so naming the bundled family here fetches nothing until they arrive.
 */
export function typefaceCss(typeface: Partial<Typeface> | undefined): string {
  const { body, headings } = resolvedTypeface(typeface);
  // The same stack twice would cost first-load bytes for nothing.
  const display = headings === body ? 'var(--font)' : stackFor(headings);
  return `:root{--font:${stackFor(body)};--font-display:${display};}`;
}

/**
 * The code of virtual:typeface, which the screens after the start screen import: the bundled
 * face's @font-face rules (latin, and latin-ext fetched only for characters outside latin), or
 * nothing at all when no setting asks for it, so no font file ships in the package.
 */
export function typefaceModule(typeface: Partial<Typeface> | undefined): string {
  return usesBundledFace(typeface)
    ? "import '@fontsource-variable/atkinson-hyperlegible-next/index.css';\n"
    : 'export {};\n';
}

/** Where the font's licence lands in the package, beside the font files. */
export const FONT_LICENCE_FILE = 'assets/OFL-atkinson-hyperlegible-next.txt';

/**
 * The OFL lets the font travel only with its copyright notice and licence, so the package that
 * ships the font files ships the licence text beside them; a package without them ships neither.
 */
export function fontLicence(typeface: Partial<Typeface> | undefined): { fileName: string; source: string } | null {
  if (!usesBundledFace(typeface)) return null;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@fontsource-variable/atkinson-hyperlegible-next/LICENSE');
  return { fileName: FONT_LICENCE_FILE, source: readFileSync(file, 'utf8') };
}
