import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../scripts/content/content-error';
import { readLessons } from '../../scripts/content/lesson-index';

const root = resolve(import.meta.dirname, '../..');

describe('lesson checks', () => {
  const broken = readLessons(resolve(root, 'test/fixtures/lessons-broken'));
  const messages = broken.errors.map(formatContentError);

  it.each([
    ['a missing title', 'lessons/01-first-module/01-no-title.mdx:1 [no-title] frontmatter needs a title'],
    [
      'a broken internal link',
      'lessons/01-first-module/01-no-title.mdx:5 [does-not-exist] links to lesson "does-not-exist", which does not exist',
    ],
    [
      'a duplicate id',
      'lessons/02-second-module/01-shared-name.mdx:1 [shared-name] lesson id "shared-name" is already used by lessons/01-first-module/02-shared-name.mdx',
    ],
    ['an unknown tag', 'lessons/01-first-module/02-shared-name.mdx:6 unknown tag <Callout>'],
    [
      'an option without feedback',
      'lessons/01-first-module/02-shared-name.mdx:11 [two-right] option "c" needs feedback',
    ],
    [
      'two correct options on a single-answer check',
      'lessons/01-first-module/02-shared-name.mdx:8 [two-right] has several correct options',
    ],
  ])('names the file and line for %s', (_kind, expected) => {
    expect(messages.some((m) => m.startsWith(expected))).toBe(true);
  });

  it('finds no problem in the real course', () => {
    expect(readLessons(root).errors.map(formatContentError)).toEqual([]);
  });
});
