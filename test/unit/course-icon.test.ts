import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconHref, INLINE_ICON_MAX_BYTES } from '../../scripts/content/vite-plugin-course';

function courseWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'icon-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, 'public', path, '..'), { recursive: true });
    writeFileSync(join(root, 'public', path), text);
  }
  return root;
}

describe("the tab icon in the course's page", () => {
  it('is the small SVG logo itself, as a data URL a browser can show without another request', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">\n  <path fill="#0f5c5a" d="M0 0h8v8z"/>\n</svg>';
    const href = iconHref(courseWith({ 'brand/logo.svg': svg }), 'brand/logo.svg');
    expect(href.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(href.slice('data:image/svg+xml,'.length))).toBe(
      svg.replace(/\s+/g, ' ').replaceAll('"', "'"),
    );
    expect(href).not.toMatch(/[#<>"]/);
  });

  it('is a link to the file when the logo is large or not an SVG', () => {
    const big = `<svg xmlns="http://www.w3.org/2000/svg"><desc>${'x'.repeat(INLINE_ICON_MAX_BYTES)}</desc></svg>`;
    const root = courseWith({ 'brand/big.svg': big, 'brand/logo.png': 'png' });
    expect(iconHref(root, 'brand/big.svg')).toBe('./brand/big.svg');
    expect(iconHref(root, 'brand/logo.png')).toBe('./brand/logo.png');
  });
});
