import { setupI18n } from '@lingui/core';
import type { CompiledMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { locale, messages } from 'virtual:ui-messages';
import { formatCompiled } from '../../src/i18n/compiled-message';

type Arguments = Map<string, readonly string[] | 'number' | 'text'>;

/** Each argument a compiled message names, with what it takes: a number, words, or one of its select keys. */
function argumentsOf(tokens: CompiledMessage, found: Arguments = new Map()): Arguments {
  for (const token of tokens) {
    if (typeof token === 'string') continue;
    const [name, type, options] = token as [string, string?, Record<string, CompiledMessage>?];
    if (type === 'select') found.set(name, [...Object.keys(options ?? {}), 'none_of_these']);
    else if (type) found.set(name, 'number');
    else if (!found.has(name)) found.set(name, 'text');
    if (type && type !== 'number')
      for (const [key, branch] of Object.entries(options ?? {})) if (key !== 'offset') argumentsOf(branch, found);
  }
  return found;
}

const NUMBERS = [0, 1, 2, 5, 21, 1234.5];

/** Sample values that reach every select branch and the plural forms of the build's language. */
function sampleValues(tokens: CompiledMessage): Record<string, unknown>[] {
  const args = [...argumentsOf(tokens)];
  const rounds = Math.max(NUMBERS.length, ...args.map(([, kind]) => (Array.isArray(kind) ? kind.length : 0)));
  return Array.from({ length: rounds }, (_, round) =>
    Object.fromEntries(
      args.map(([name, kind]) => [
        name,
        kind === 'number'
          ? NUMBERS[round % NUMBERS.length]
          : kind === 'text'
            ? `<Ana ${round}>`
            : kind[round % kind.length],
      ]),
    ),
  );
}

describe('the runtime formatter of compiled UI messages', () => {
  const lingui = setupI18n({ locale, messages: { [locale]: messages } });

  it.each(Object.keys(messages))('writes %s as @lingui/core does', (id) => {
    const message = messages[id] ?? [];
    for (const values of sampleValues(message))
      expect(formatCompiled(message, values, locale)).toBe(lingui._(id, values));
  });

  it('handles # and offset in plurals and selectordinal as @lingui/core does', () => {
    const message: CompiledMessage = [
      [
        'n',
        'plural',
        {
          offset: 1 as unknown as CompiledMessage,
          '0': ['nobody'],
          one: ['you and # other'],
          other: ['you and #', ' others'],
        },
      ],
      ' / ',
      ['n', 'selectordinal', { one: ['#st'], two: ['#nd'], few: ['#rd'], other: ['#th'] }],
    ];
    const check = setupI18n({ locale: 'en-GB', messages: { 'en-GB': { m: message } } });
    for (const n of [0, 1, 2, 3, 4, 11, 22, 103])
      expect(formatCompiled(message, { n }, 'en-GB')).toBe(check._('m', { n }));
  });
});
