import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeXml, parseUnitText, plainUnitText, wordsOf } from '../i18n/inline-markup';
import { textHash } from '../i18n/lesson-units';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from '../i18n/locale-build';
import type { FileUnits } from '../i18n/source-unit';

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

const TEXT_ELEMENT = /(<text[^>]*>)([^<]*)(<\/text>)/g;

function labelUnitId(name: string, label: string): string {
  return `picture/${name}/label#${textHash(plainUnitText(label))}`;
}

/** The words drawn in each diagram, one unit per label, for translators. */
export function diagramUnits(root: string): FileUnits[] {
  const dir = join(root, DIAGRAMS);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.svg'))
    .sort()
    .map((fileName) => {
      const name = fileName.slice(0, -'.svg'.length);
      const source = readFileSync(join(dir, fileName), 'utf8');
      const units = [...source.matchAll(TEXT_ELEMENT)].flatMap((m) => {
        const label = decode(m[2] ?? '').trim();
        if (!/[\p{L}\p{N}]/u.test(label)) return [];
        const line = source.slice(0, m.index).split('\n').length;
        return [
          {
            id: labelUnitId(name, label),
            source: plainUnitText(label),
            line,
            note: 'A label drawn in a picture: keep it short, as the space for it is fixed.',
          },
        ];
      });
      const seen = new Set<string>();
      return { file: `art/diagrams/${fileName}`, units: units.filter((u) => !seen.has(u.id) && seen.add(u.id)) };
    });
}

/**
 * Reads every `art/diagrams/NAME.svg`; the file name (without .svg) is the name lessons use. The
 * labels drawn in each are in the build's language.
 */
export function readIllustrations(
  root: string,
  build: LocaleBuild = SOURCE_LOCALE_BUILD,
): ReadonlyMap<string, IllustrationFile> {
  const dir = join(root, DIAGRAMS);
  const found = new Map<string, IllustrationFile>();
  if (!existsSync(dir)) return found;
  for (const fileName of readdirSync(dir).sort()) {
    if (!fileName.endsWith('.svg')) continue;
    const name = fileName.slice(0, -'.svg'.length);
    const written = readFileSync(join(dir, fileName), 'utf8');
    const source =
      build === SOURCE_LOCALE_BUILD
        ? written
        : written.replace(TEXT_ELEMENT, (whole, open: string, label: string, close: string) => {
            const words = decode(label).trim();
            if (!/[\p{L}\p{N}]/u.test(words)) return whole;
            const target = parseUnitText(build.translate(labelUnitId(name, words), plainUnitText(words)));
            return 'problem' in target ? whole : `${open}${escapeXml(wordsOf(target))}${close}`;
          });
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
