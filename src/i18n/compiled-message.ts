import type { CompiledMessage } from '@lingui/message-utils/compileMessage';

/**
 * Fills in a message in Lingui's compiled format (what @lingui/message-utils' compileMessage makes
 * at build time), the way @lingui/core's i18n._ does for the ICU the catalogue uses: plain values,
 * `number`, `plural`, `selectordinal` (with `#` and `offset`) and `select`. These few lines replace
 * @lingui/core at runtime because the first load has a fixed byte budget (scripts/bench/budgets.ts);
 * parsing and checking the ICU stay Lingui's, at build time. A unit test compares the two on every
 * message of the catalogue.
 */
export function formatCompiled(
  message: CompiledMessage,
  values: Readonly<Record<string, unknown>>,
  locale: string,
): string {
  const numberText = (value: unknown, style?: string) =>
    new Intl.NumberFormat(locale, style ? ({ style } as Intl.NumberFormatOptions) : undefined).format(value as number);
  const walk = (tokens: CompiledMessage, count?: string): string => {
    let text = '';
    for (const token of tokens) {
      if (typeof token === 'string') {
        text += token === '#' && count !== undefined ? count : token;
        continue;
      }
      const [name, type, options] = token as [string, string?, Record<string, CompiledMessage>?];
      const value = values[name];
      let part: unknown = value;
      if (type === 'number') part = numberText(value, options as unknown as string | undefined);
      else if (type === 'select') part = walk(options?.[String(value)] ?? options?.other ?? []);
      else if (type === 'plural' || type === 'selectordinal') {
        const { offset = 0, ...cases } = options as Record<string, CompiledMessage> & { offset?: number };
        const number = (value as number) - Number(offset);
        const rule = new Intl.PluralRules(locale, { type: type === 'plural' ? 'cardinal' : 'ordinal' });
        part = walk(cases[String(value)] ?? cases[rule.select(number)] ?? cases.other ?? [], numberText(number));
      }
      // Values are words or numbers (src/i18n/message-values.ts); joined as @lingui/core joins them.
      if (part != null) text += part as string;
    }
    return text;
  };
  return walk(message);
}
