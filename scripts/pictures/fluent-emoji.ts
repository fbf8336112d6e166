import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface IconSet {
  readonly width?: number;
  readonly height?: number;
  readonly icons: Readonly<
    Record<string, { readonly body: string; readonly width?: number; readonly height?: number }>
  >;
  readonly aliases?: Readonly<Record<string, { readonly parent: string }>>;
}

let cached: IconSet | null = null;

/** Fluent Emoji Flat (MIT, Microsoft), read at build time only: nothing of the 9 MB set reaches the course. */
function iconSet(): IconSet {
  if (!cached) {
    const file = createRequire(import.meta.url).resolve('@iconify-json/fluent-emoji-flat/icons.json');
    cached = JSON.parse(readFileSync(file, 'utf8')) as IconSet;
  }
  return cached;
}

function resolveName(name: string): string | undefined {
  const set = iconSet();
  if (set.icons[name]) return name;
  const parent = set.aliases?.[name]?.parent;
  return parent && set.icons[parent] ? parent : undefined;
}

export function isFluentEmoji(name: string): boolean {
  return resolveName(name) !== undefined;
}

/**
 * One emoji as a nested SVG placed at (x, y), `size` wide. Ids inside get `prefix` so two pictures on
 * one page never share a gradient by accident.
 */
export function emojiSvg(name: string, x: number, y: number, size: number, prefix: string): string {
  const set = iconSet();
  const resolved = resolveName(name);
  const icon = resolved ? set.icons[resolved] : undefined;
  if (!icon) throw new Error(`"${name}" is not a Fluent Emoji Flat name`);
  const width = icon.width ?? set.width ?? 32;
  const height = icon.height ?? set.height ?? 32;
  const body = icon.body
    .replace(/id="([^"]+)"/g, `id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
  return `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}
