import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUntranslatedText } from './support/untranslated-text';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .map((name) => join(folder, name));
}

describe('UI text', () => {
  it('is never written into a component: every .tsx under src/ takes its words from the UI catalogue', () => {
    const untranslated = filesUnder(src, '.tsx').flatMap((path) =>
      findUntranslatedText(path, readFileSync(path, 'utf8')).map(
        ({ line, text }) => `${relative(root, path)}:${line}: "${text}"`,
      ),
    );
    expect(untranslated).toEqual([]);
  });

  it('is caught in JSX text, worded attributes and rendered strings, but not in calls or class names', () => {
    const component = `
      export const A = ({ done }: { done: boolean }) => (
        <nav aria-label="Course" className="site-nav">
          Welcome back
          <img alt="A happy customer" src="a.png" />
          {done ? 'Done' : t('status.not-started')}
          <a href={hrefFor({ name: 'outline' })} title={\`Open \${x}\`}>{x ?? 'Lesson'}</a>
          <span aria-hidden="true"> · </span>{'✓'}
        </nav>
      );`;
    expect(findUntranslatedText('a.tsx', component).map((found) => found.text)).toEqual([
      'Course',
      'Welcome back',
      'A happy customer',
      'Done',
      'Open',
      'Lesson',
    ]);
  });
});
