import { formatMoney, type MoneySetting } from '../../src/course/format-money';

/** An amount as authors write it: digits, and at most two after a decimal point. No separators, no sign. */
export const MONEY_AMOUNT = /^\d+(?:\.\d{1,2})?$/;

const TOKEN = /\{money:(\d+(?:\.\d{1,2})?)\}/g;
const EXACT_TOKEN = new RegExp(`^${TOKEN.source}$`);
// Anything that starts like a token, so a near miss is reported instead of reaching learners as written.
const TOKEN_LIKE = /\{\s*money\b[^{}\n]*\}?/gi;

/** The money tokens in `text` that are not exactly `{money:AMOUNT}`, as written. */
export function malformedMoneyTokens(text: string): string[] {
  return [...text.matchAll(TOKEN_LIKE)].map(([written]) => written).filter((written) => !EXACT_TOKEN.test(written));
}

/** `text` with every `{money:AMOUNT}` written out in the course's currency. */
export function formatMoneyTokens(text: string, money: MoneySetting): string {
  return text.replace(TOKEN, (_token, amount: string) => formatMoney(Number(amount), money));
}
