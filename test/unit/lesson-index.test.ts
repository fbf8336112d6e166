import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentError } from '../../scripts/content/content-error';
import { readLessons } from '../../scripts/content/lesson-index';
import { mdxComponents } from '../../src/content/mdx-components';

const root = resolve(import.meta.dirname, '../..');

describe('lesson checks', () => {
  const broken = readLessons(resolve(root, 'test/fixtures/lessons-broken'));
  const messages = broken.errors.map(formatContentError);

  it.each([
    ['a missing title', 'lessons/01-first-module/01-no-title.mdx:1 [no-title] frontmatter needs a title'],
    [
      'minutes that are not a number',
      'lessons/03-third-module/01-bad-frontmatter.mdx:3 [bad-frontmatter] frontmatter needs minutes: a whole number above 0',
    ],
    [
      'an unknown frontmatter field',
      'lessons/03-third-module/01-bad-frontmatter.mdx:4 [bad-frontmatter] frontmatter has an unknown field "level"',
    ],
    [
      'frontmatter that is not YAML',
      'lessons/03-third-module/02-broken-yaml.mdx:4 frontmatter YAML syntax: Missing closing "quote',
    ],
    [
      'a module.yaml graded flag that is not true or false',
      'lessons/03-third-module/module.yaml:3 graded must be true or false',
    ],
    ['a misspelt module.yaml field', 'lessons/03-third-module/module.yaml:4 has an unknown field "sumary"'],
    [
      'module tools that are not a list',
      'lessons/03-third-module/module.yaml:5 tools must be a list of sentences, one per line starting with "- "',
    ],
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
    [
      'formatting in an option, which the check would not show',
      'lessons/03-third-module/01-bad-frontmatter.mdx:8 [styled] option "a" is shown as plain words',
    ],
  ])('names the file and line for %s', (_kind, expected) => {
    expect(
      messages.some((m) => m.startsWith(expected)),
      messages.join('\n'),
    ).toBe(true);
  });

  it('finds no problem in the real course', () => {
    expect(readLessons(root).errors.map(formatContentError)).toEqual([]);
  });
});

describe('lesson tags', () => {
  const work = mkdtempSync(join(tmpdir(), 'lesson-tags-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function unknownTagLines(body: string): string[] {
    const dir = join(work, `course-${Math.random().toString(36).slice(2)}`, 'lessons', '01-only');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'module.yaml'), 'title: Only\nsummary: One module.\n');
    writeFileSync(join(dir, '01-tags.mdx'), `---\ntitle: Tags\nminutes: 1\n---\n\n${body}\n`);
    return readLessons(join(dir, '../..'))
      .errors.filter((e) => e.message.startsWith('unknown tag'))
      .map(formatContentError);
  }

  it('accepts every tag the lesson components render', () => {
    const tags = Object.keys(mdxComponents);
    expect(tags).toContain('KnowledgeCheck');
    expect(unknownTagLines(tags.map((tag) => `<${tag} />`).join('\n\n'))).toEqual([]);
  });

  it('rejects a tag that no lesson component renders, and lists the ones that exist', () => {
    expect(unknownTagLines('<KeyIdea>Fine.</KeyIdea>\n\n<Callout>Not a component.</Callout>')).toEqual([
      'lessons/01-only/01-tags.mdx:8 unknown tag <Callout>; lessons may use <Illustration>, <KeyIdea>, <KnowledgeCheck>, <Money>, <Option>, <Reflection>, <Scenario>, <Accordion>, <Panel>, <Steps>, <Step>, <Compare>, <Before>, <After>, <Reveal>, <PullQuote>, <Figure>',
    ]);
  });
});
