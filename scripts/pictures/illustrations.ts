import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One hand-drawn diagram from art/diagrams, ready to inline in a lesson. */
export interface IllustrationFile {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** Every piece of text drawn in the picture, which its alt text must repeat. */
  readonly words: readonly string[];
  /** The SVG markup without comments or line breaks, hidden from assistive technology (the figure carries the alt text). */
  readonly svg: string;
}

const DIAGRAMS = join('art', 'diagrams');

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Reads every `art/diagrams/NAME.svg`; the file name (without .svg) is the name lessons use. */
export function readIllustrations(root: string): ReadonlyMap<string, IllustrationFile> {
  const dir = join(root, DIAGRAMS);
  const found = new Map<string, IllustrationFile>();
  if (!existsSync(dir)) return found;
  for (const fileName of readdirSync(dir).sort()) {
    if (!fileName.endsWith('.svg')) continue;
    const name = fileName.slice(0, -'.svg'.length);
    const source = readFileSync(join(dir, fileName), 'utf8');
    const viewBox = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(source);
    const words = [...source.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1] ?? '').trim());
    const svg = source
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\s*\n\s*/g, '')
      .replace('<svg ', '<svg aria-hidden="true" focusable="false" ')
      .trim();
    found.set(name, {
      name,
      width: Number(viewBox?.[1] ?? 720),
      height: Number(viewBox?.[2] ?? 380),
      words: words.filter((w) => /[\p{L}\p{N}]/u.test(w)),
      svg,
    });
  }
  return found;
}

/** Lowercase words and numbers only, so punctuation and spacing never decide a match. */
function comparable(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}:]+/gu, ' ')
    .replace(/:(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/** The words drawn in a picture that its alt text leaves out: a screen-reader user would miss them. */
export function wordsMissingFromAlt(alt: string, words: readonly string[]): string[] {
  const said = comparable(alt);
  return words.filter((w) => !said.includes(comparable(w)));
}
