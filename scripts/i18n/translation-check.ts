import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { parseUnitText, placeholderProblems, wordsOf } from './inline-markup';
import type { SourceUnit } from './source-unit';
import { REVIEW_STATES, UNTRANSLATED_STATES } from './translation-store';
import type { ReadUnit } from './xliff-read';

/** What is wrong with a stored translation of one unit, worded for a training company; none when it can ship. */
export type TranslationVerdict =
  | { readonly ok: true; readonly target: string }
  | { readonly ok: false; readonly kind: 'missing' | 'stale' | 'malformed'; readonly message: string };

const MONEY = /\{money:[^}]*\}/g;

function argumentNames(compiled: CompiledMessage, into: Set<string> = new Set()): Set<string> {
  for (const token of compiled) {
    if (typeof token === 'string') continue;
    const [name, , format] = token;
    if (name !== '#' && name !== '') into.add(name);
    if (format && typeof format === 'object' && !Array.isArray(format))
      for (const [key, choice] of Object.entries(format))
        if (key !== 'offset' && Array.isArray(choice)) argumentNames(choice as CompiledMessage, into);
  }
  return into;
}

const sorted = (values: Iterable<string>) => [...values].sort().join(', ');

/** An ICU message of the UI catalogue: it must compile, and keep every argument and every <0> tag of the English. */
function icuProblems(source: string, target: string): string[] {
  let compiled: CompiledMessage;
  try {
    compiled = compileMessageOrThrow(target);
  } catch (e) {
    return [`is not valid ICU MessageFormat: ${(e as Error).message.split('\n')[0] ?? ''}`];
  }
  const problems: string[] = [];
  const wanted = argumentNames(compileMessageOrThrow(source));
  const found = argumentNames(compiled);
  if (sorted(wanted) !== sorted(found))
    problems.push(`must use the placeholders {${sorted(wanted)}} of the English, not {${sorted(found)}}`);
  const tags = (text: string) => sorted(new Set(text.match(/<\/?\d+\/?>/g) ?? []));
  if (tags(source) !== tags(target)) problems.push(`must keep the tags ${tags(source) || '(none)'} of the English`);
  return problems;
}

/** Whether the translation of `unit` can ship: present, made from today's English, well formed, every placeholder kept. */
export function judgeTranslation(unit: SourceUnit, stored: ReadUnit | undefined): TranslationVerdict {
  if (!stored || stored.target === null || UNTRANSLATED_STATES.includes(stored.state))
    return { ok: false, kind: 'missing', message: 'has no translation' };
  if (stored.source !== unit.source)
    return { ok: false, kind: 'stale', message: 'is stale: the English has changed since it was translated' };
  if (REVIEW_STATES.includes(stored.state))
    return { ok: false, kind: 'stale', message: `is marked ${stored.state}: a translator must look at it again` };
  const source = parseUnitText(unit.source);
  const target = parseUnitText(stored.target);
  if ('problem' in target) return { ok: false, kind: 'malformed', message: `is malformed: ${target.problem}` };
  if ('problem' in source) return { ok: true, target: stored.target };
  const problems = placeholderProblems(source, target);
  const wantMoney = wordsOf(source).match(MONEY)?.length ?? 0;
  const moneyFound = wordsOf(target).match(MONEY) ?? [];
  if (moneyFound.length !== wantMoney)
    problems.push(
      `must keep ${wantMoney} money amount${wantMoney === 1 ? '' : 's'} written as {money:AMOUNT}, as the English has`,
    );
  const badMoney = moneyFound.filter((token) => !/^\{money:\d+(?:\.\d{1,2})?\}$/.test(token));
  if (badMoney.length > 0)
    problems.push(`writes ${badMoney.join(', ')}; write amounts as {money:620} or {money:62.50}`);
  if (unit.id.startsWith('ui/')) problems.push(...icuProblems(wordsOf(source), wordsOf(target)));
  if (wordsOf(target).trim() === '') problems.push('is empty');
  return problems.length > 0
    ? { ok: false, kind: 'malformed', message: problems.join('; ') }
    : { ok: true, target: stored.target };
}
