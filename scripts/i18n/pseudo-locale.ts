import { parseUnitText, segmentsToUnitText, type Segment } from './inline-markup';
import type { LocaleBuild } from './locale-build';

/**
 * The pseudo-locale: every letter accented, every vowel doubled (about 40% longer, as German or
 * Finnish can be) and the whole written right to left. Built for tests only: a page in it shows at
 * once any string that missed the catalogue (it has plain letters), any box too tight for a longer
 * language, and any layout that assumes left to right.
 */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? letter,
  ]),
);

function accent(text: string): string {
  return [...text]
    .map((c) => (/[aeiouAEIOU]/.test(c) ? `${ACCENTED[c]}${ACCENTED[c.toLowerCase()]}` : (ACCENTED[c] ?? c)))
    .join('');
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length - 1;
}

/** ICU MessageFormat with only its words accented: argument names, plural keywords, `#` and `<0>` tags stay as they are. */
export function pseudoIcu(message: string): string {
  let out = '';
  for (let i = 0; i < message.length;) {
    const c = message[i] ?? '';
    if (c === '{') {
      const end = matchingBrace(message, i);
      out += pseudoArgument(message.slice(i, end + 1));
      i = end + 1;
    } else if (c === '<') {
      const end = message.indexOf('>', i);
      const stop = end < 0 ? message.length : end + 1;
      out += message.slice(i, stop);
      i = stop;
    } else {
      out += c === '#' ? c : accent(c);
      i += 1;
    }
  }
  return out;
}

function pseudoArgument(argument: string): string {
  const inner = argument.slice(1, -1);
  const [, type] = inner.split(',').map((part) => part.trim());
  if (type !== 'plural' && type !== 'select' && type !== 'selectordinal') return argument;
  const head = inner.split(',', 2).join(',');
  let rest = inner.slice(head.length);
  let out = '';
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    if (open < 0) {
      out += rest;
      break;
    }
    const close = matchingBrace(rest, open);
    out += `${rest.slice(0, open)}{${pseudoIcu(rest.slice(open + 1, close))}}`;
    rest = rest.slice(close + 1);
  }
  return `{${head}${out}}`;
}

/** Words with money tokens such as {money:620} left whole, so the build still writes the amount. */
function pseudoWords(text: string): string {
  return text
    .split(/(\{money:[\d.]+\})/)
    .map((part, i) => (i % 2 === 1 ? part : accent(part)))
    .join('');
}

export function pseudoUnitText(unitId: string, unitText: string): string {
  const segments = parseUnitText(unitText);
  if ('problem' in segments) return unitText;
  const transform = unitId.startsWith('ui/') ? pseudoIcu : pseudoWords;
  const changed: Segment[] = segments.map((s) => (s.kind === 'text' ? { kind: 'text', text: transform(s.text) } : s));
  return segmentsToUnitText([{ kind: 'text', text: '⟦' }, ...changed, { kind: 'text', text: '⟧' }]);
}

export const PSEUDO_LOCALE_BUILD: LocaleBuild = { locale: PSEUDO_LOCALE, dir: 'rtl', translate: pseudoUnitText };
