/**
 * Finds CSS that names a physical side in the inline direction (left or right). The course is
 * translated into right-to-left languages by setting `dir` on <html>, with no extra stylesheet, so
 * every such declaration must be written with logical properties that follow the text direction.
 */

export interface PhysicalCssFinding {
  /** 1-based line of the declaration in the stylesheet. */
  readonly line: number;
  readonly declaration: string;
  /** What to write instead, in a few words. */
  readonly instead: string;
}

/** Properties whose name itself says left or right, and their logical replacements. */
const PHYSICAL_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(margin|padding|scroll-margin|scroll-padding)-(left|right)$/, '$1-inline-start or $1-inline-end'],
  [/^border-(left|right)(-width|-style|-color)?$/, 'border-inline-start$2 or border-inline-end$2'],
  [/^border-(top|bottom)-(left|right)-radius$/, 'border-start-start-radius and its siblings'],
  [/^(left|right)$/, 'inset-inline-start or inset-inline-end'],
];

/** Properties whose value may name a side: left and right become start and end. */
const SIDE_VALUES: ReadonlyMap<string, string> = new Map([
  ['text-align', 'text-align: start or end'],
  ['text-align-last', 'text-align-last: start or end'],
  ['float', 'float: inline-start or inline-end'],
  ['clear', 'clear: inline-start or inline-end'],
]);

/** Shorthands written top, right, bottom, left: only a problem when right and left differ. */
const BOX_SHORTHANDS = new Set([
  'margin',
  'padding',
  'inset',
  'scroll-margin',
  'scroll-padding',
  'border-width',
  'border-style',
  'border-color',
]);

/** Comments blanked out, keeping every newline, so line numbers stay true. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Splits a value on spaces outside brackets: `calc(1rem + 2px) 0` is two values, not four. */
function topLevelValues(value: string): string[] {
  const values: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value.replace(/!important\s*$/, '').trim()) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (/\s/.test(char) && depth === 0) {
      if (current) values.push(current);
      current = '';
    } else current += char;
  }
  if (current) values.push(current);
  return values;
}

/** A box shorthand's four sides as top, right, bottom, left, the way CSS fills missing ones. */
function fourSides(values: readonly string[]): [string, string, string, string] | null {
  const [top, right = top, bottom = top, left = right] = values;
  if (values.length > 4 || top === undefined || right === undefined || bottom === undefined || left === undefined) {
    return null;
  }
  return [top, right, bottom, left];
}

/** True when mirroring the box left to right would change it. */
function isLopsided(property: string, value: string): boolean {
  if (BOX_SHORTHANDS.has(property)) {
    const sides = fourSides(topLevelValues(value));
    return sides !== null && sides[1] !== sides[3];
  }
  if (property === 'border-radius' && !value.includes('/')) {
    // Corners run top-left, top-right, bottom-right, bottom-left; a mirror swaps each pair of neighbours.
    const corners = fourSides(topLevelValues(value));
    return corners !== null && (corners[0] !== corners[1] || corners[2] !== corners[3]);
  }
  return false;
}

function insteadOf(property: string, value: string): string | null {
  for (const [pattern, replacement] of PHYSICAL_NAMES) {
    if (pattern.test(property)) return property.replace(pattern, replacement);
  }
  const sideValue = SIDE_VALUES.get(property);
  if (sideValue && /^(left|right)\b/.test(value.trim())) return sideValue;
  if (isLopsided(property, value)) {
    return property === 'border-radius'
      ? 'border-start-start-radius and its siblings for the corners that differ'
      : `${property}-block and ${property}-inline, or the logical longhands`;
  }
  return null;
}

/** Every declaration in `source` that fixes something to the left or right of the page. */
export function physicalInlineCss(source: string): PhysicalCssFinding[] {
  const css = withoutComments(source);
  const findings: PhysicalCssFinding[] = [];
  // A declaration follows an opening brace or a semicolon; selectors such as `a:hover {` never end in ; or }.
  const declaration = /(?<=[{;]\s*)([-a-zA-Z]+)\s*:\s*([^;{}]*?)\s*(?=[;}])/g;
  for (const match of css.matchAll(declaration)) {
    const property = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? '';
    const instead = insteadOf(property, value);
    if (instead === null) continue;
    const line = css.slice(0, match.index).split('\n').length;
    findings.push({ line, declaration: `${property}: ${value}`, instead });
  }
  return findings;
}

/**
 * Lines that select on `:dir()`. The build lowers it for older browsers to `:lang(ar, he, …)`, a
 * fixed list of languages, so a pseudo-locale or an unlisted right-to-left language would not
 * match; `[dir='rtl']` matches whatever the package sets on <html>.
 */
export function dirPseudoClassLines(source: string): number[] {
  return withoutComments(source)
    .split('\n')
    .flatMap((text, index) => (/:dir\(/.test(text) ? [index + 1] : []));
}
