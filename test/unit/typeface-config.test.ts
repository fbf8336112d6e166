import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentError } from '../../scripts/content/content-error';
import { readCourseConfig } from '../../scripts/content/course-config-file';
import { fontLicence, SYSTEM_STACK, typefaceCss, typefaceModule } from '../../scripts/content/typeface-css';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'typeface-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The real course.config.json with a typeface setting added, checked as the build checks it. */
function configWithTypeface(typeface: string) {
  const source = readFileSync(join(root, 'course.config.json'), 'utf8').replace(
    /\n}\s*$/,
    `,\n  "typeface": ${typeface}\n}\n`,
  );
  const dir = mkdtempSync(join(work, 'course-'));
  mkdirSync(join(dir, 'public', 'brand'), { recursive: true });
  writeFileSync(join(dir, 'public', 'brand', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'course.config.json'), source);
  return { source, result: readCourseConfig(dir) };
}

const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('the typeface setting in course.config.json', () => {
  it('accepts "bundled", "system" and a font stack', () => {
    const { result } = configWithTypeface('{ "body": "system", "headings": "\\"Brand Serif\\", Georgia, serif" }');
    expect(result.errors).toEqual([]);
    expect(result.config?.typeface).toEqual({ body: 'system', headings: '"Brand Serif", Georgia, serif' });
  });

  it('names the file, line and field of a stack that could break out of the stylesheet', () => {
    const { source, result } = configWithTypeface('{\n    "body": "Arial; } body { display: none"\n  }');
    expect(result.errors.map(formatContentError)).toEqual([
      `course.config.json:${lineOf(source, '"body"')} [typeface.body] use "bundled", "system" or a CSS font stack such as "Brand Sans", Arial, sans-serif (letters, digits, spaces, commas, quotes and hyphens only)`,
    ]);
  });

  it('names the line of a setting the course does not know', () => {
    const { source, result } = configWithTypeface('{\n    "captions": "bundled"\n  }');
    expect(result.errors.map(formatContentError)).toEqual([
      `course.config.json:${lineOf(source, '"typeface"')} [typeface] Unrecognized key: "captions"`,
    ]);
  });
});

describe('the typeface CSS the build writes', () => {
  it('sets body and headings in the bundled face, with metric-close fallbacks, when the config says nothing', () => {
    expect(typefaceCss(undefined)).toBe(
      ":root{--font:'Atkinson Hyperlegible Next Variable', Arial, 'Liberation Sans', Helvetica, sans-serif;--font-display:var(--font);}",
    );
    expect(typefaceModule(undefined)).toContain('@fontsource-variable/atkinson-hyperlegible-next/index.css');
  });

  it('ships no font at all when both settings are "system"', () => {
    const typeface = { body: 'system', headings: 'system' } as const;
    expect(typefaceCss(typeface)).toBe(`:root{--font:${SYSTEM_STACK};--font-display:var(--font);}`);
    expect(typefaceModule(typeface)).not.toContain('import');
  });

  it('gives headings their own stack, and still loads the bundled face for the body', () => {
    const typeface = { body: 'bundled', headings: '"Brand Serif", Georgia, serif' } as const;
    expect(typefaceCss(typeface)).toContain('--font-display:"Brand Serif", Georgia, serif;');
    expect(typefaceModule(typeface)).toContain('atkinson-hyperlegible-next');
  });

  it('loads no font file when a company names its own fonts for both', () => {
    expect(typefaceModule({ body: 'Corporate Sans, Arial, sans-serif', headings: 'system' })).not.toContain('import');
  });

  it('puts the font licence in the package with the font, and leaves both out otherwise', () => {
    const licence = fontLicence(undefined);
    expect(licence?.fileName).toBe('assets/OFL-atkinson-hyperlegible-next.txt');
    expect(licence?.source).toContain('The Atkinson Hyperlegible Next Project Authors');
    expect(licence?.source).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(fontLicence({ body: 'system', headings: 'system' })).toBeNull();
  });
});
