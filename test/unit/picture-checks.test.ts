import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentError } from '../../scripts/content/content-error';
import { readLessons } from '../../scripts/content/lesson-index';
import { lessonBanner, modulePicture } from '../../scripts/pictures/compose-picture';
import { readIllustrations, wordsMissingFromAlt } from '../../scripts/pictures/illustrations';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A course folder with one module and one lesson, and one diagram that has two words drawn in it. */
function course(files: { module: string; lesson: string }): string {
  const root = mkdtempSync(join(tmpdir(), 'pictures-'));
  made.push(root);
  mkdirSync(join(root, 'lessons/01-first'), { recursive: true });
  mkdirSync(join(root, 'art/diagrams'), { recursive: true });
  writeFileSync(join(root, 'lessons/01-first/module.yaml'), files.module);
  writeFileSync(join(root, 'lessons/01-first/01-only.mdx'), files.lesson);
  writeFileSync(
    join(root, 'art/diagrams/two-steps.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200"><text x="10" y="20">Before</text><text x="200" y="20">After 14:00</text></svg>',
  );
  return root;
}

const messages = (root: string) => readLessons(root).errors.map(formatContentError);

describe('pictures in the content checker', () => {
  const broken = course({
    module: 'title: First\nsummary: One module.\npicture:\n  - bullseye\n  - not-an-emoji\n',
    lesson: [
      '---',
      'title: Only',
      'minutes: 3',
      'picture: [handshake, no-such-icon]',
      '---',
      '',
      'Some words.',
      '',
      '<Illustration name="three-steps" alt="Steps" />',
      '',
      '<Illustration name="two-steps" alt="Before, and then after." />',
      '',
      '<Illustration name="two-steps" />',
    ].join('\n'),
  });

  it.each([
    [
      'an unknown icon in a module picture',
      'lessons/01-first/module.yaml:5 picture "not-an-emoji" is not a Fluent Emoji Flat name',
    ],
    [
      'an unknown icon in a lesson banner',
      'lessons/01-first/01-only.mdx:4 [only] frontmatter picture "no-such-icon" is not a Fluent Emoji Flat name',
    ],
    [
      'an unknown illustration name',
      'lessons/01-first/01-only.mdx:9 Illustration name "three-steps" is not a drawing in art/diagrams; use one of two-steps',
    ],
    [
      'alt text that leaves out words drawn in the picture',
      'lessons/01-first/01-only.mdx:11 Illustration alt text must include the words in the picture; it leaves out "After 14:00"',
    ],
    ['an illustration without alt text', 'lessons/01-first/01-only.mdx:13 Illustration needs alt="…"'],
  ])('names the file and line for %s', (_kind, expected) => {
    expect(messages(broken).some((m) => m.startsWith(expected))).toBe(true);
  });

  it('accepts known icons and an illustration whose alt text says every word drawn in it', () => {
    const fine = course({
      module: 'title: First\nsummary: One module.\npicture: [bullseye, handshake]\n',
      lesson:
        '---\ntitle: Only\nminutes: 3\npicture: [red-heart]\n---\n\n<Illustration name="two-steps" alt="Two boxes: before, and after 14:00." />\n',
    });
    const index = readLessons(fine);
    expect(index.errors).toEqual([]);
    expect(index.modules[0]?.picture).toEqual(['bullseye', 'handshake']);
    expect(index.lessons[0]?.picture).toEqual(['red-heart']);
  });

  it('limits a picture to one to three objects', () => {
    const crowded = course({
      module: 'title: First\nsummary: One module.\npicture: [bullseye, handshake, red-heart, key]\n',
      lesson: '---\ntitle: Only\nminutes: 3\n---\n\nWords.\n',
    });
    expect(messages(crowded)).toContainEqual(
      expect.stringContaining('lessons/01-first/module.yaml:3 picture must be a list of one to three'),
    );
  });
});

describe('the drawn pictures', () => {
  const root = resolve(import.meta.dirname, '../..');

  it('finds the words a reader of the alt text would otherwise miss, ignoring case and punctuation', () => {
    expect(wordsMissingFromAlt('WOW: better than expected.', ['WOW', 'better than expected', 'Misery'])).toEqual([
      'Misery',
    ]);
  });

  it('every diagram in art/diagrams has a size and is hidden inside the figure that names it', () => {
    const diagrams = [...readIllustrations(root).values()];
    expect(diagrams.map((d) => d.name).sort()).toEqual(['hand-off-chain', 'output-input-loop', 'three-moments']);
    for (const d of diagrams) {
      expect(d.width).toBeGreaterThan(0);
      expect(d.svg.startsWith('<svg aria-hidden="true"')).toBe(true);
    }
  });

  it('banners and module pictures take their colours from the brand classes, not fixed colours', () => {
    for (const svg of [lessonBanner('some-lesson', ['handshake', 'key']), modulePicture('some-module', ['bullseye'])]) {
      expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
      expect(svg).toContain('class="pic-soft"');
      // The panel and pattern carry no colour of their own; only the emoji inside do.
      const outsideEmoji = svg.replace(/<svg x=[^]*?<\/svg>/g, '');
      expect(outsideEmoji).not.toMatch(/fill="#/);
    }
  });

  it('gives the same id the same picture, and two pictures on one page different gradient ids', () => {
    expect(lessonBanner('a', ['handshake'])).toBe(lessonBanner('a', ['handshake']));
    const ids = (svg: string) => [...svg.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    // The incoming envelope is one of the few Fluent Emoji Flat objects with ids inside.
    const first = ids(modulePicture('one', ['incoming-envelope']));
    const second = ids(modulePicture('two', ['incoming-envelope']));
    expect(first.length).toBeGreaterThan(0);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });
});
