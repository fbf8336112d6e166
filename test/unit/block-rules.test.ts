import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatContentError } from '../../scripts/content/content-error';
import { readLessons } from '../../scripts/content/lesson-index';

const work = mkdtempSync(join(tmpdir(), 'lesson-blocks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The checker's messages for one lesson whose body starts on line 6. */
function problems(body: string): string[] {
  const dir = join(work, `course-${Math.random().toString(36).slice(2)}`, 'lessons', '01-only');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'module.yaml'), 'title: Only\nsummary: One module.\n');
  writeFileSync(join(dir, '01-blocks.mdx'), `---\ntitle: Blocks\nminutes: 1\n---\n\n${body}\n`);
  return readLessons(join(dir, '../..')).errors.map(formatContentError);
}

const at = (line: number, message: string) => `lessons/01-only/01-blocks.mdx:${line} ${message}`;

describe('the content checker on lesson blocks', () => {
  it('accepts every block written as the authoring guide shows', () => {
    expect(
      problems(`<Accordion>
  <Panel title="Why">Because.</Panel>
</Accordion>

<Steps>
  <Step title="One">First.</Step>
  <Step title="Two">Second.</Step>
</Steps>

<Compare>
  <Before>Vague.</Before>
  <After label="Clear">Clear.</After>
</Compare>

<Reveal label="Show the answer">The answer.</Reveal>

<PullQuote cite="A guest">A line.</PullQuote>

<Figure caption="The front desk">

![A tidy front desk](desk.png)

</Figure>`),
    ).toEqual([]);
  });

  it.each([
    [
      '<Steps> with no <Step>',
      '<Steps>\n\nJust words.\n\n</Steps>',
      [at(8, '<Steps> holds only <Step>, not text'), at(6, '<Steps> needs at least 2 <Step> parts; it has 0')],
    ],
    [
      '<Steps> with one step',
      '<Steps>\n  <Step title="Only">One.</Step>\n</Steps>',
      [at(6, '<Steps> needs at least 2 <Step> parts; it has 1')],
    ],
    [
      'a <Step> without a title',
      '<Steps>\n  <Step>One.</Step>\n  <Step title="Two">Two.</Step>\n</Steps>',
      [at(7, '<Step> needs a title, such as title="Listen first"')],
    ],
    ['a <Step> outside <Steps>', '<Step title="Lost">Alone.</Step>', [at(6, '<Step> belongs directly inside <Steps>')]],
    [
      '<Compare> without <After>',
      '<Compare>\n  <Before>Vague.</Before>\n</Compare>',
      [at(6, '<Compare> needs one <After>; it has none')],
    ],
    [
      '<Compare> with two <Before>',
      '<Compare>\n  <Before>A.</Before>\n  <Before>B.</Before>\n  <After>C.</After>\n</Compare>',
      [at(6, '<Compare> needs one <Before>; it has 2')],
    ],
    [
      '<Compare> in the wrong order',
      '<Compare>\n  <After>Good.</After>\n  <Before>Bad.</Before>\n</Compare>',
      [at(6, '<Compare> puts <Before> first, then <After>')],
    ],
    [
      'an empty <Before>',
      '<Compare>\n  <Before />\n  <After>Good.</After>\n</Compare>',
      [at(7, '<Before> is empty; write its words between <Before> and </Before>')],
    ],
    [
      '<Reveal> without a label',
      '<Reveal>The answer.</Reveal>',
      [at(6, '<Reveal> needs a label, such as label="Show what Sam did"')],
    ],
    ['<Accordion> with no <Panel>', '<Accordion>\n</Accordion>', [at(6, '<Accordion> needs at least one <Panel>')]],
    [
      'a <Panel> without a title',
      '<Accordion>\n  <Panel>Detail.</Panel>\n</Accordion>',
      [at(7, '<Panel> needs a title, such as title="Why this works"')],
    ],
    [
      'another tag inside <Accordion>',
      '<Accordion>\n  <KeyIdea title="x">y</KeyIdea>\n</Accordion>',
      [at(7, '<Accordion> holds only <Panel>, not <KeyIdea>'), at(6, '<Accordion> needs at least one <Panel>')],
    ],
    [
      '<PullQuote> without cite',
      '<PullQuote>A line.</PullQuote>',
      [at(6, '<PullQuote> needs a cite, such as cite="A hotel guest"')],
    ],
    [
      '<Figure> without caption',
      '<Figure>![A desk](desk.png)</Figure>',
      [at(6, '<Figure> needs a caption, such as caption="What to notice in the picture"')],
    ],
    [
      'a knowledge check hidden in a <Reveal>',
      '<Reveal label="Show">\n\n<Reflection id="r" prompt="Why?" />\n\n</Reveal>',
      [at(8, '<Reflection> must stand on its own, outside <Reveal>, so every learner sees it')],
    ],
  ])('names the file and line for %s', (_kind, body, expected) => {
    expect(problems(body)).toEqual(expected);
  });
});
