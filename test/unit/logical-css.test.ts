import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dirPseudoClassLines, physicalInlineCss } from './support/physical-css';

const root = resolve(import.meta.dirname, '../..');
const src = resolve(root, 'src');

const stylesheets = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.css'))
  .map((path) => join(src, path))
  .sort();

function problemsIn(source: string, file = 'sample.css'): string[] {
  return physicalInlineCss(source).map((f) => `${file}:${f.line} ${f.declaration} (use ${f.instead})`);
}

describe('stylesheets follow the text direction', () => {
  it('finds the stylesheets to check', () => {
    expect(stylesheets.map((file) => relative(root, file))).toContain('src/ui/styles.css');
  });

  it('names no left or right side in any stylesheet under src/', () => {
    const problems = stylesheets.flatMap((file) => problemsIn(readFileSync(file, 'utf8'), relative(root, file)));
    expect(problems).toEqual([]);
  });

  it('selects right-to-left text with [dir], which the build keeps, not :dir()', () => {
    const problems = stylesheets.flatMap((file) =>
      dirPseudoClassLines(readFileSync(file, 'utf8')).map((line) => `${relative(root, file)}:${line}`),
    );
    expect(problems).toEqual([]);
    expect(dirPseudoClassLines('/* :dir(rtl) */\n.a:dir(rtl) { color: red; }\n[dir="rtl"] .b {}')).toEqual([2]);
  });
});

describe('the physical-side check', () => {
  it('names the file and line of each physical inline declaration', () => {
    const sample = [
      '.a {', // 1
      '  margin-left: 1rem;', // 2
      '  padding-right: 0;', // 3
      '  border-left: 6px solid red;', // 4
      '  border-right-color: blue;', // 5
      '  left: 0;', // 6
      '  text-align: right;', // 7
      '  float: left;', // 8
      '  clear: right;', // 9
      '  border-top-left-radius: 4px;', // 10
      '}', // 11
      '@media (max-width: 30rem) { .b { right: 1px } }', // 12
    ].join('\n');
    expect(problemsIn(sample).map((p) => p.split(' ')[0])).toEqual([
      'sample.css:2',
      'sample.css:3',
      'sample.css:4',
      'sample.css:5',
      'sample.css:6',
      'sample.css:7',
      'sample.css:8',
      'sample.css:9',
      'sample.css:10',
      'sample.css:12',
    ]);
    expect(problemsIn(sample)[0]).toBe('sample.css:2 margin-left: 1rem (use margin-inline-start or margin-inline-end)');
  });

  it('catches shorthands whose left and right sides differ, and only those', () => {
    const sample = [
      '.a { padding: 0 0 1rem 2rem; }',
      '.b { margin: 1px 2px 3px; }',
      '.c { border-radius: 18px 18px 18px 4px; }',
      '.d { padding: 0 var(--space-3) var(--space-3) calc(1rem + var(--space-3) * 2); }',
      '.e { margin: 0 auto; padding: 1rem 2rem 3rem 2rem; border-radius: 999px; }',
      '.f { border-radius: 8px 8px 0 0; inset: 0; }',
    ].join('\n');
    expect(problemsIn(sample).map((p) => p.split(' ')[0])).toEqual(['sample.css:1', 'sample.css:3', 'sample.css:4']);
  });

  it('accepts logical properties, selectors with colons, comments and block-direction sides', () => {
    const sample = [
      '/* margin-left: 1rem; text-align: left; */',
      'a:hover, .x:dir(rtl) { color: red; }',
      '.a { margin-inline-start: 1rem; border-inline-end: 3px solid; inset-inline-start: 0; }',
      '.b { text-align: start; float: inline-end; border-start-end-radius: 4px; }',
      '.c { margin-top: 1rem; border-bottom: 1px solid; top: 0; }',
      '.d { background: linear-gradient(to right, red, blue); --edge: left; }',
    ].join('\n');
    expect(problemsIn(sample)).toEqual([]);
  });
});
