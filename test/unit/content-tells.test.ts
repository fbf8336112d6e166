import { describe, expect, it } from 'vitest';
import { checkTells, type WrittenCheck } from '../../scripts/content/check-tells';
import { scenarioTells } from '../../scripts/content/scenario-tells';
import type { Band } from '../../src/course/progress-facts';
import type { Scenario } from '../../src/scenario/scenario';

const option = (id: string, text: string, correct = false, line = 10) => ({ id, text, correct, line });
const check = (id: string, options: WrittenCheck['options'], multiple = false): WrittenCheck => ({
  id,
  file: 'lessons/01-x/01-y.mdx',
  line: 5,
  multiple,
  options,
});
const balanced = (id: string, right: number) =>
  check(
    id,
    ['Ask what went wrong first', 'Offer a refund straight away', 'Explain the returns policy'].map((text, i) =>
      option(String.fromCharCode(97 + i), text, i === right),
    ),
  );

describe('tells in knowledge checks', () => {
  it('passes checks whose right answers vary in place and match the others in length', () => {
    expect(checkTells([balanced('q1', 0), balanced('q2', 1), balanced('q3', 2), balanced('q4', 0)])).toEqual([]);
  });

  it('finds a right answer that is clearly the longest, naming the file, line and check', () => {
    const long = check('q1', [
      option('a', 'Say sorry'),
      option('b', 'Say sorry, name the new date, and tell them what you will do if it slips again', true, 12),
      option('c', 'Blame the courier'),
    ]);
    const [tell] = checkTells([long]);
    expect(tell).toMatchObject({ file: 'lessons/01-x/01-y.mdx', line: 12, id: 'q1' });
    expect(tell?.message).toMatch(/right answer "b" is clearly the longest option \(17 words against at most 3\)/);
  });

  it('does not call a few words more "clearly the longest"', () => {
    const close = check('q1', [
      option('a', 'Say sorry and move on'),
      option('b', 'Say sorry and name the new date', true),
    ]);
    expect(checkTells([close])).toEqual([]);
  });

  it('finds right answers that sit in the same place in most single-answer checks', () => {
    const tells = checkTells([balanced('q1', 1), balanced('q2', 1), balanced('q3', 1), balanced('q4', 0)]);
    expect(tells.map((t) => t.id)).toEqual(['q1', 'q2', 'q3']);
    expect(tells[0]?.message).toMatch(/option 2 as written, as in 3 of 4/);
  });

  it('finds a multi-select answered by "all but one"', () => {
    const allButOne = check(
      'q1',
      [option('a', 'Ask', true), option('b', 'Listen', true), option('c', 'Note it', true), option('d', 'Argue')],
      true,
    );
    expect(checkTells([allButOne])[0]?.message).toMatch(/multi-select with 1 wrong option/);
  });

  it('finds an absolute word that only a wrong option uses', () => {
    const absolute = check('q1', [option('a', 'Ask what happened', true), option('b', 'Never admit a mistake')]);
    expect(checkTells([absolute])[0]?.message).toMatch(/wrong option "b" says "never"/);
    const shared = check('q1', [
      option('a', 'Never promise a date you cannot keep', true),
      option('b', 'Never say no to a customer'),
    ]);
    expect(checkTells([shared])).toEqual([]);
  });
});

const reply = (id: string, band: Band, text: string, next: string) => ({ id, band, text, feedback: 'Why.', next });
function scenario(scenes: Scenario['scenes']): Scenario {
  return {
    id: 'sc',
    title: 'Sc',
    channel: 'phone',
    situation: 'A call.',
    customer: { name: 'Ana', role: 'Customer', mood: 'annoyed' },
    start: scenes[0]?.id ?? '',
    scenes,
    endings: (['misery', 'mediocrity', 'wow'] as const).map((band) => ({
      id: `end-${band}`,
      band,
      title: band,
      debrief: 'What happened.',
    })),
  };
}

describe('tells in role-plays', () => {
  it('passes a role-play whose WOW replies vary in place and are no longer than the rest', () => {
    const fair = scenario([
      {
        id: 's1',
        customer: ['Where is my parcel?'],
        replies: [
          reply('a', 'misery', 'Not my problem, call the courier', 'end-misery'),
          reply('b', 'wow', 'Let me look it up for you', 's2'),
          reply('c', 'mediocrity', 'It should come this week, I think', 's2'),
        ],
      },
      {
        id: 's2',
        customer: ['And?'],
        replies: [
          reply('d', 'wow', 'Friday. I will text you', 'end-wow'),
          reply('e', 'mediocrity', 'It is somewhere in the depot now', 'end-mediocrity'),
          reply('f', 'misery', 'You will get it when you get it', 'end-misery'),
        ],
      },
    ]);
    expect(scenarioTells(fair)).toEqual([]);
  });

  it('finds a WOW reply that is the longest in most scenes, and a position that always reaches WOW', () => {
    const telling = scenario([
      {
        id: 's1',
        customer: ['Where is my parcel?'],
        replies: [
          reply('a', 'wow', 'Let me look it up for you right now while you wait on the line', 's2'),
          reply('b', 'misery', 'Call the courier', 's2'),
        ],
      },
      {
        id: 's2',
        customer: ['And?'],
        replies: [
          reply('c', 'wow', 'It is due Friday, and I will text you the moment it leaves the depot', 'end-wow'),
          reply('d', 'misery', 'No idea', 'end-misery'),
        ],
      },
    ]);
    const messages = scenarioTells(telling).map((f) => f.message);
    expect(messages.filter((m) => /WOW reply is the longest here, as in 2 of 2 scenes/.test(m))).toHaveLength(2);
    expect(messages).toContain(
      'tell: choosing the first reply as written in every scene reaches the WOW ending "end-wow"; vary where WOW replies sit',
    );
  });

  it('finds an absolute word that gives a weaker reply away', () => {
    const absolute = scenario([
      {
        id: 's1',
        customer: ['Can you help?'],
        replies: [
          reply('a', 'misery', 'We never do that here', 'end-misery'),
          reply('b', 'wow', 'Yes, here is what I can do', 'end-wow'),
        ],
      },
    ]);
    expect(scenarioTells(absolute).map((f) => f.message)).toContain(
      'tell: this misery reply says "never", which gives it away',
    );
  });
});
