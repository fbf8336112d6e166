import { render, screen } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locale, messages as compiled } from 'virtual:ui-messages';
import { compileUiMessages } from '../../scripts/i18n/compile-ui-messages';
import { SOURCE_LOCALE_BUILD, type LocaleBuild } from '../../scripts/i18n/locale-build';
import { formatDay, formatPercent } from '../../src/i18n/format';
import { t } from '../../src/i18n/i18n';
import { Message } from '../../src/i18n/message';
import { FIRST_LOAD_GROUPS, messageGroup } from '../../src/i18n/message-groups';
import { messages, type MessageId } from '../../src/i18n/messages';
import 'virtual:ui-messages/certificate';
import 'virtual:ui-messages/lesson';
import 'virtual:ui-messages/reflection';
import 'virtual:ui-messages/results';

const root = resolve(import.meta.dirname, '../..');
const ids = Object.keys(messages) as MessageId[];
/** Messages the build writes outside the JavaScript (index.html). */
const OUTSIDE_THE_BUNDLE = new Set<string>(['page.noscript']);

/** Each source file under src/ (the catalogue itself aside), with the message ids it names. */
function sourceFiles() {
  const quotedId = /['"`]([a-z-]+(?:\.[a-z0-9-]+)+)['"`]/g;
  return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('messages.ts') && !name.endsWith('.d.ts'))
    .map((name) => {
      const text = readFileSync(join(root, 'src', name), 'utf8');
      const named = [...text.matchAll(quotedId)].map((m) => m[1] ?? '').filter((id) => id in messages);
      return { path: relative(root, join(root, 'src', name)), text, named };
    });
}

describe('the UI catalogue', () => {
  it('compiles every message, and the build serves each one under its typed id', () => {
    expect(() => compileUiMessages(SOURCE_LOCALE_BUILD)).not.toThrow();
    expect(locale).toBe('en-GB');
    expect(Object.keys(compiled).sort()).toEqual([...ids].sort());
  });

  it('asks the locale build for every message by its unit id, and compiles what it answers', () => {
    const asked: string[] = [];
    const shouting: LocaleBuild = {
      locale: 'en-x-test',
      dir: 'ltr',
      translate: (unitId, source) => (asked.push(unitId), source.replace('Start course', 'START COURSE')),
    };
    expect(compileUiMessages(shouting)['start.begin']).toEqual(['START COURSE']);
    expect(asked).toEqual(ids.map((id) => `ui/${id}`));
  });

  it('stops the build on a translation that does not compile, naming its unit', () => {
    const broken: LocaleBuild = {
      locale: 'fr',
      dir: 'ltr',
      translate: (unitId, source) => (unitId === 'ui/lesson.position' ? 'Leçon {index, number sur {count}' : source),
    };
    expect(() => compileUiMessages(broken)).toThrow(/ui\/lesson\.position \(fr\)/);
  });

  it('has no message that nothing shows', () => {
    const named = new Set(sourceFiles().flatMap((file) => file.named));
    expect(ids.filter((id) => !named.has(id) && !OUTSIDE_THE_BUNDLE.has(id))).toEqual([]);
  });

  it('brings each group of messages with the code that shows it, unless the first load has it already', () => {
    const missing = sourceFiles().flatMap(({ path, text, named }) =>
      [...new Set(named.map(messageGroup))]
        .filter((group) => !FIRST_LOAD_GROUPS.includes(group))
        .filter((group) => !text.includes(`import 'virtual:ui-messages/${group}';`))
        .map((group) => `${path} shows ${group}.* without importing virtual:ui-messages/${group}`),
    );
    expect(missing).toEqual([]);
  });

  it('fills in values, plurals and selects in the build language', () => {
    expect(t('lesson.position', { index: 2, count: 5 })).toBe('Lesson 2 of 5');
    expect(t('start.duration.hours', { hours: 1 })).toBe('about 1 hour');
    expect(t('start.duration.hours', { hours: 2 })).toBe('about 2 hours');
    expect(t('reflection.count', { length: 27, max: 280, status: 'saved' })).toBe('27/280 characters · saved');
    expect(t('reflection.count', { length: 7, max: 280, status: 'none' })).toBe('7/280 characters');
  });

  it('checks ids and values when the code is typechecked', () => {
    // @ts-expect-error: a typo in an id
    expect(() => t('start.begn')).toThrow(/start\.begn/);
    // @ts-expect-error: a message with values needs them
    t('lesson.position');
    // @ts-expect-error: and every one of them
    t('lesson.position', { index: 1 });
    expect(t('start.begin')).toBe('Start course');
  });
});

describe('<Message>', () => {
  it('puts the elements where the message’s tags are, around the translated words', () => {
    render(
      <p data-testid="said">
        <Message id="results.todo.out-of-reach" values={{ best: '72%' }} components={[<a href="#/" />]} />
      </p>,
    );
    expect(screen.getByTestId('said')).toHaveTextContent(
      'Knowledge checks count your first answer only. Even with every role-play ended in WOW, your score would be 72%. To reach the pass mark, choose Start over on the start page, or ask your training team.',
    );
    expect(screen.getByRole('link', { name: 'start page' })).toHaveAttribute('href', '#/');
  });

  it('shows a value that looks like a tag as the text it is', () => {
    render(
      <div data-testid="certificate">
        <Message
          id="certificate.statement"
          values={{ name: 'Ada <1>Lovelace</1>', course: 'Moments of Truth' }}
          components={[<p />, <p className="name" />, <p />, <p />]}
        />
      </div>,
    );
    expect(screen.getByText('Ada <1>Lovelace</1>')).toHaveClass('name');
    expect(screen.getByTestId('certificate').querySelectorAll('p')).toHaveLength(4);
  });
});

describe('formatting for the build language', () => {
  it('writes percentages and days the British way in the source build', () => {
    expect(formatPercent(80)).toBe('80%');
    expect(formatDay(new Date(2026, 11, 5))).toBe('5 December 2026');
  });
});
