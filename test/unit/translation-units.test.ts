import { describe, expect, it } from 'vitest';
import {
  parseUnitText,
  placeholderProblems,
  segmentsToUnitText,
  wordsOf,
  type Segment,
} from '../../scripts/i18n/inline-markup';
import { lessonUnits, localiseLessonText } from '../../scripts/i18n/lesson-units';
import type { LocaleBuild } from '../../scripts/i18n/locale-build';
import { pseudoIcu, pseudoUnitText } from '../../scripts/i18n/pseudo-locale';
import { readXliff } from '../../scripts/i18n/xliff-read';
import { writeXliff } from '../../scripts/i18n/xliff-write';
import { scenarioUnitsOf } from '../../scripts/i18n/yaml-units';

const LESSON = `---
title: Say it back
minutes: 3
---

When a customer says **what they need**, say it back [in your own words](#/lesson/other) before you act.

Another paragraph, with <Money amount="25" /> in it.

<KnowledgeCheck id="say-back" question="What do you do first?">
  <Option id="a" correct feedback="Yes: it shows you heard.">Say back what you heard</Option>
  <Option id="b" feedback="Not yet.">Start the form</Option>
</KnowledgeCheck>
`;

/** A translation that is known by id, as a translator's file would give it. */
function buildFrom(targets: Record<string, string>): LocaleBuild {
  return {
    locale: 'xx',
    dir: 'ltr',
    translate: (id, source) => {
      const target = targets[id];
      if (target === undefined) throw new Error(`no translation for ${id} (${source})`);
      return target;
    },
  };
}

describe('lesson units', () => {
  it('names each unit by the lesson, the element id and the field, and a paragraph by a hash of its words', () => {
    const ids = lessonUnits(LESSON, 'say-it-back').map((u) => u.id);
    expect(ids).toEqual([
      'lesson/say-it-back/title',
      expect.stringMatching(/^lesson\/say-it-back\/text#[0-9a-f]{8}$/),
      expect.stringMatching(/^lesson\/say-it-back\/text#[0-9a-f]{8}$/),
      'lesson/say-it-back/KnowledgeCheck#say-back/question',
      'lesson/say-it-back/KnowledgeCheck#say-back/Option#a/feedback',
      'lesson/say-it-back/KnowledgeCheck#say-back/Option#a/text',
      'lesson/say-it-back/KnowledgeCheck#say-back/Option#b/feedback',
      'lesson/say-it-back/KnowledgeCheck#say-back/Option#b/text',
    ]);
  });

  it('keeps every id when a paragraph is added before the others: ids never depend on position', () => {
    const before = lessonUnits(LESSON, 'say-it-back').map((u) => u.id);
    const moved = LESSON.replace('When a customer', 'A new first paragraph.\n\nWhen a customer');
    const after = lessonUnits(moved, 'say-it-back').map((u) => u.id);
    expect(after.filter((id) => !before.includes(id))).toHaveLength(1);
    expect(before.every((id) => after.includes(id))).toBe(true);
  });

  it('turns inline markup into placeholders and an inline amount into a money token', () => {
    const [, first, second] = lessonUnits(LESSON, 'say-it-back');
    expect(first?.source).toBe(
      'When a customer says <g id="1" ctype="bold">what they need</g>, say it back <g id="2" ctype="link">in your own words</g> before you act.',
    );
    expect(second?.source).toBe('Another paragraph, with {money:25} in it.');
  });

  it('writes a translation into the MDX with the markup where the translator moved it', () => {
    const units = lessonUnits(LESSON, 'say-it-back');
    const targets = Object.fromEntries(units.map((u) => [u.id, u.source]));
    const [title, first, second] = units;
    targets[title!.id] = 'Repítelo';
    targets[first!.id] =
      'Antes de actuar, repite <g id="2" ctype="link">con tus palabras</g> lo que <g id="1" ctype="bold">necesita</g> el cliente: 5 * 3 &lt; {x} #1';
    targets[second!.id] = 'Cuesta {money:30}.';
    const localised = localiseLessonText(LESSON, 'say-it-back', buildFrom(targets));
    expect(localised).toContain('title: "Repítelo"');
    expect(localised).toContain(
      'Antes de actuar, repite [con tus palabras](#/lesson/other) lo que **necesita** el cliente: 5 \\* 3 \\< \\{x\\} \\#1',
    );
    expect(localised).toContain('Cuesta <Money amount="30" />.');
    // Read back, the translated lesson has the translated words with the same markup (numbered afresh, in reading order).
    const again = lessonUnits(localised, 'say-it-back');
    expect(again[1]?.source).toBe(
      'Antes de actuar, repite <g id="1" ctype="link">con tus palabras</g> lo que <g id="2" ctype="bold">necesita</g> el cliente: 5 * 3 &lt; {x} #1',
    );
    expect(again[0]?.source).toBe('Repítelo');
  });

  it('writes a translated attribute that holds both kinds of quote', () => {
    const units = lessonUnits(LESSON, 'say-it-back');
    const targets = Object.fromEntries(units.map((u) => [u.id, u.source]));
    targets['lesson/say-it-back/KnowledgeCheck#say-back/question'] = 'Qué dice "ella" y \'él\'?';
    const localised = localiseLessonText(LESSON, 'say-it-back', buildFrom(targets));
    const question = lessonUnits(localised, 'say-it-back').find((u) => u.id.endsWith('/question'));
    expect(question?.source).toBe('Qué dice "ella" y \'él\'?');
  });
});

describe('inline markup', () => {
  const source: Segment[] = [
    { kind: 'text', text: 'Say ' },
    { kind: 'open', id: '1', ctype: 'bold' },
    { kind: 'text', text: 'this & that' },
    { kind: 'close', id: '1' },
    { kind: 'standalone', id: '2', ctype: 'x-code' },
  ];

  it('reads back what it writes', () => {
    const text = segmentsToUnitText(source);
    expect(text).toBe('Say <g id="1" ctype="bold">this &amp; that</g><x id="2" ctype="x-code"/>');
    expect(parseUnitText(text)).toEqual(source);
  });

  it.each([
    ['a <b>bold</b> tag', '<b> is not a placeholder this course uses'],
    ['an <g id="1">open tag', 'is never closed'],
    ['a stray < sign', 'a stray < or >'],
    ['a bare & sign', 'a stray &'],
  ])('says what is malformed in %s', (text, problem) => {
    const parsed = parseUnitText(text);
    expect('problem' in parsed && parsed.problem).toContain(problem);
  });

  it('names each placeholder lost, added or doubled', () => {
    const target = parseUnitText('Di <x id="2"/><x id="2"/> <g id="3">eso</g>') as Segment[];
    expect(placeholderProblems(source, target)).toEqual([
      'the placeholder <g id="1"> was lost',
      'the placeholder <x id="2"/> is used more than once',
      'the placeholder <g id="3"> is not in the source',
    ]);
  });
});

describe('XLIFF 1.2', () => {
  it('reads back the units, targets, states and lines it writes', () => {
    const xml = writeXliff({
      sourceLocale: 'en-GB',
      targetLocale: 'es',
      files: [
        {
          file: 'lessons/a.mdx',
          units: [
            { id: 'lesson/a/title', source: 'Title &amp; more', line: 2 },
            { id: 'lesson/a/text#1', source: 'Go <g id="1" ctype="bold">now</g>', line: 6 },
          ],
        },
      ],
      targetOf: (id) => (id === 'lesson/a/title' ? { text: 'Título &amp; más', state: 'translated' } : undefined),
    });
    const read = readXliff(xml);
    expect(read.targetLocale).toBe('es');
    expect(read.units).toEqual([
      {
        id: 'lesson/a/title',
        file: 'lessons/a.mdx',
        line: 5,
        source: 'Title &amp; more',
        target: 'Título &amp; más',
        state: 'translated',
      },
      {
        id: 'lesson/a/text#1',
        file: 'lessons/a.mdx',
        line: 13,
        source: 'Go <g id="1" ctype="bold">now</g>',
        target: null,
        state: 'new',
      },
    ]);
  });

  it('names the line of a file that is not well-formed', () => {
    expect(() => readXliff('<xliff>\n<file>\n<body></file></xliff>')).toThrow(/^line 3/);
  });
});

describe('role-play units', () => {
  it('names replies and endings by their ids, and lines of speech by their words', () => {
    const ids = scenarioUnitsOf({
      id: 'late',
      title: 'Late',
      situation: 'A parcel is late.',
      customer: { name: 'Ana', role: 'Customer', mood: 'annoyed' },
      scenes: [
        { id: 'open', customer: ['Where is it?'], replies: [{ id: 'sorry', text: 'Sorry.', feedback: 'Good.' }] },
      ],
      endings: [
        { id: 'calm', title: 'Calm', debrief: 'Well done.', ifTook: [{ replies: ['sorry'], text: 'You said sorry.' }] },
      ],
    }).map((u) => u.id);
    expect(ids).toEqual([
      'scenario/late/title',
      'scenario/late/situation',
      'scenario/late/customer/name',
      'scenario/late/customer/role',
      expect.stringMatching(/^scenario\/late\/scene\/open\/line#[0-9a-f]{8}$/),
      'scenario/late/reply/sorry/text',
      'scenario/late/reply/sorry/feedback',
      'scenario/late/ending/calm/title',
      'scenario/late/ending/calm/debrief',
      'scenario/late/ending/calm/if-took/sorry',
    ]);
  });
});

describe('the pseudo-locale', () => {
  it('accents every letter and keeps placeholders, plural keywords and tags', () => {
    expect(pseudoIcu('{count, plural, one {# lesson} other {# lessons}} in <0>{module}</0>')).toBe(
      '{count, plural, one {# ļééššööñ} other {# ļééššööñš}} îîñ <0>{module}</0>',
    );
    const text = wordsOf(
      parseUnitText(pseudoUnitText('lesson/x/text#1', 'Pay {money:25} <g id="1" ctype="bold">now</g>')) as Segment[],
    );
    expect(text).toBe('⟦Þààý {money:25} ñööŵ⟧');
    expect(text).not.toMatch(/[a-zA-Z]{2}(?![^{]*\})/);
  });

  it('makes words about 40% longer, as longer languages do', () => {
    const english = 'Thank you for waiting. I have checked the order and it leaves the warehouse today.';
    const pseudo = wordsOf(parseUnitText(pseudoUnitText('x', english)) as Segment[]);
    expect(pseudo.length / english.length).toBeGreaterThan(1.3);
  });
});
